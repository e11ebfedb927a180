/// The generator's stages: parse the WSDL (and the schemas it loads), translate it into what to generate,
/// render Swift. Each stage reports problems as diagnostics; errors stop the run after the stage that found
/// them, so one run reports as many as it can.
public struct GeneratorPipeline {
    public var configuration: GeneratorConfiguration
    public var documentLoader: any DocumentLoader

    public init(configuration: GeneratorConfiguration = .init(), documentLoader: any DocumentLoader = InMemoryDocumentLoader()) {
        self.configuration = configuration
        self.documentLoader = documentLoader
    }

    /// Generates the Swift file for `wsdl`.
    ///
    /// - Parameters:
    ///   - wsdl: The WSDL's path (for diagnostics and names) and bytes.
    ///   - diagnostics: Receives every warning, note and error.
    /// - Returns: One file, named by ``GeneratorConfiguration/outputFileName(forWSDLFile:)``.
    /// - Throws: ``GeneratorFailure`` with the errors, after emitting them to `diagnostics`.
    public func generate(_ wsdl: InMemoryInputFile, diagnostics: any DiagnosticCollector) throws(GeneratorFailure) -> InMemoryOutputFile {
        let service = try translate(wsdl, diagnostics: diagnostics)
        let file = DeclarationBuilder(
            service: service,
            wsdlDocument: String(decoding: wsdl.contents, as: UTF8.self),
            accessModifier: configuration.accessModifier
        ).file()
        return InMemoryOutputFile(
            name: GeneratorConfiguration.outputFileName(forWSDLFile: wsdl.path),
            contents: Array(TextRenderer.render(file).utf8)
        )
    }

    /// Describes each operation with its input and output fields, like `python -m zeep WSDL`.
    ///
    /// - Throws: ``GeneratorFailure`` with the errors, after emitting them to `diagnostics`.
    public func inspect(_ wsdl: InMemoryInputFile, diagnostics: any DiagnosticCollector) throws(GeneratorFailure) -> String {
        ServiceInspector.describe(try translate(wsdl, diagnostics: diagnostics))
    }

    private func translate(_ wsdl: InMemoryInputFile, diagnostics collector: any DiagnosticCollector) throws(GeneratorFailure) -> GeneratedService {
        let diagnostics = DiagnosticEmitter(collector: collector)
        var parser = WSDLParser(loader: documentLoader, diagnostics: diagnostics)
        let definitions = try parser.parse(wsdl)
        let namespace = configuration.namespace ?? GeneratorConfiguration.defaultNamespace(forWSDLFile: wsdl.path)
        guard SwiftNaming.typeName(namespace) == namespace, !SwiftNaming.keywords.contains(namespace) else {
            diagnostics.error("namespace '\(namespace)' is not a valid Swift type name", at: SourceLocation(file: wsdl.path, line: 0))
            throw diagnostics.failure()
        }
        let fileName = wsdl.path.split(separator: "/").last.map(String.init) ?? wsdl.path
        var translator = ServiceTranslator(definitions: definitions, sourceFileName: fileName, namespaceName: namespace, diagnostics: diagnostics)
        return try translator.translate()
    }
}
