/// The generator's stages: parse the WSDL (and the schemas it loads), translate it into what to generate,
/// render Swift. Each stage reports problems as diagnostics; errors stop the run after the stage that found
/// them, so one run reports as many as it can.
public struct GeneratorPipeline {
    public var configuration: GeneratorConfiguration
    public var documentLoader: any DocumentLoader

    public init(
        configuration: GeneratorConfiguration = .init(),
        documentLoader: any DocumentLoader = InMemoryDocumentLoader()
    ) {
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
    public func generate(
        _ wsdl: InMemoryInputFile,
        diagnostics: any DiagnosticCollector
    ) throws(GeneratorFailure) -> InMemoryOutputFile {
        let service = try translate(wsdl, diagnostics: diagnostics)
        let file = DeclarationBuilder(
            service: service,
            accessModifier: configuration.accessModifier,
            rebasesOnEndpoint: configuration.rebasesOnEndpoint
        ).file()
        return InMemoryOutputFile(
            name: GeneratorConfiguration.outputFileName(forWSDLFile: wsdl.path),
            contents: Array(TextRenderer.render(file).utf8)
        )
    }

    /// Generates a file that embeds the WSDL's text, for a server that publishes the contract it implements (the
    /// SMSC sandbox): an enum named after the namespace plus `Document` (`SMSCSOAPDocument`) with the text as
    /// `text`. Clients do not need it, so it is a separate output: only the targets that serve the WSDL carry its
    /// text in their binary.
    ///
    /// - Parameters:
    ///   - wsdl: The WSDL's path (for names) and bytes.
    ///   - diagnostics: Receives an error for an unusable namespace name.
    /// - Returns: One file, named by ``GeneratorConfiguration/documentFileName(forWSDLFile:)``.
    /// - Throws: ``GeneratorFailure`` when the namespace is not a valid Swift type name.
    public func generateDocument(
        _ wsdl: InMemoryInputFile,
        diagnostics collector: any DiagnosticCollector
    ) throws(GeneratorFailure) -> InMemoryOutputFile {
        let diagnostics = DiagnosticEmitter(collector: collector)
        let namespace = try namespaceName(for: wsdl, diagnostics: diagnostics)
        let fileName = wsdl.path.split(separator: "/").last.map(String.init) ?? wsdl.path
        let access = configuration.accessModifier.rawValue
        let text = String(decoding: wsdl.contents, as: UTF8.self)
        let source = """
            // smsc-wsdl-gen wrote this file from \(fileName); edit the WSDL instead, changes here are overwritten.

            /// The text of `\(fileName)`, for servers that publish it at `?wsdl` after rebasing its URLs onto their own
            /// address; schemas it imports are not included.
            \(access) enum \(namespace)Document {
                /// The WSDL's text, exactly as read.
                \(access) static let text: Swift.String = \(SwiftLiteral.string(text))
            }

            """
        return InMemoryOutputFile(
            name: GeneratorConfiguration.documentFileName(forWSDLFile: wsdl.path),
            contents: Array(source.utf8)
        )
    }

    /// Describes each operation with its input and output fields, like `python -m zeep WSDL`.
    ///
    /// - Throws: ``GeneratorFailure`` with the errors, after emitting them to `diagnostics`.
    public func inspect(
        _ wsdl: InMemoryInputFile,
        diagnostics: any DiagnosticCollector
    ) throws(GeneratorFailure) -> String {
        ServiceInspector.describe(try translate(wsdl, diagnostics: diagnostics))
    }

    private func translate(
        _ wsdl: InMemoryInputFile,
        diagnostics collector: any DiagnosticCollector
    ) throws(GeneratorFailure) -> GeneratedService {
        let diagnostics = DiagnosticEmitter(collector: collector)
        var parser = WSDLParser(loader: documentLoader, diagnostics: diagnostics)
        let definitions = try parser.parse(wsdl)
        let namespace = try namespaceName(for: wsdl, diagnostics: diagnostics)
        let fileName = wsdl.path.split(separator: "/").last.map(String.init) ?? wsdl.path
        var translator = ServiceTranslator(
            definitions: definitions,
            sourceFileName: fileName,
            namespaceName: namespace,
            diagnostics: diagnostics
        )
        return try translator.translate()
    }

    private func namespaceName(
        for wsdl: InMemoryInputFile,
        diagnostics: DiagnosticEmitter
    ) throws(GeneratorFailure) -> String {
        let namespace = configuration.namespace ?? GeneratorConfiguration.defaultNamespace(forWSDLFile: wsdl.path)
        guard SwiftNaming.typeName(namespace) == namespace, !SwiftNaming.keywords.contains(namespace) else {
            diagnostics.error(
                "namespace '\(namespace)' is not a valid Swift type name",
                at: SourceLocation(file: wsdl.path, line: 0)
            )
            throw diagnostics.failure()
        }
        return namespace
    }
}
