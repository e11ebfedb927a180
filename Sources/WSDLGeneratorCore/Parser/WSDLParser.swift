import SOAPXML

/// Reads a WSDL 1.1 document, and the schemas it imports or includes, into ``WSDLDefinitions``.
///
/// Constructs the generator cannot turn into correct code are recorded where they occur; the translator
/// reports them only for the parts of the WSDL it actually generates.
struct WSDLParser {
    let loader: any DocumentLoader
    let diagnostics: DiagnosticEmitter
    /// Schema documents already read, by path relative to the root WSDL's folder.
    var loadedSchemas: Set<String> = []
    /// WSDL documents already read (the root's and those `wsdl:import` named), by the same paths.
    var loadedWSDLs: Set<String> = []
    /// Namespaces imported without a schemaLocation, with where they were imported.
    var importedNamespaces: [(namespace: String, location: SourceLocation)] = []

    init(loader: any DocumentLoader, diagnostics: DiagnosticEmitter) {
        self.loader = loader
        self.diagnostics = diagnostics
    }

    /// Parses the root WSDL.
    ///
    /// - Throws: ``GeneratorFailure`` when the document is not a WSDL 1.1 document at all.
    mutating func parse(_ file: InMemoryInputFile) throws(GeneratorFailure) -> WSDLDefinitions {
        let root = try parseXML(file).root
        let rootLocation = SourceLocation(file: file.path, line: root.line)
        guard root.is("definitions", in: XMLNamespaces.wsdl) else {
            if root.namespaceURI == XMLNamespaces.wsdl20 {
                diagnostics.error(
                    "WSDL 2.0 (`description`) is not supported; only WSDL 1.1 `definitions` is",
                    at: rootLocation
                )
            } else {
                diagnostics.error(
                    """
                    the document element is \(QName(namespaceURI: root.namespaceURI, localName: root.localName)), \
                    not WSDL 1.1 `definitions` in namespace \(XMLNamespaces.wsdl)
                    """,
                    at: rootLocation
                )
            }
            throw diagnostics.failure()
        }

        var definitions = WSDLDefinitions(
            targetNamespace: root.attribute("targetNamespace") ?? "",
            location: rootLocation
        )
        let key = file.path.split(separator: "/").last.map(String.init) ?? file.path
        loadedWSDLs.insert(key)
        parseDefinitions(
            root,
            file: file.path,
            key: key,
            targetNamespace: definitions.targetNamespace,
            into: &definitions
        )
        // Toolkits import the SOAP encoding and XML namespaces by habit, with no location; a type used from them is
        // still reported where it is used.
        for (namespace, location) in importedNamespaces
        where !definitions.schemas.namespaces.contains(namespace) && !XMLNamespaces.importedByHabit.contains(namespace)
        {
            diagnostics.error(
                "`xsd:import` of namespace '\(namespace)' has no schemaLocation and no schema in this WSDL declares it",
                at: location
            )
        }
        if diagnostics.hasErrors {
            throw diagnostics.failure()
        }
        return definitions
    }

    /// One document as an element tree, within the generator's size and depth limits; a document that is not
    /// well-formed XML, or has a DOCTYPE, is an error.
    func parseXML(_ file: InMemoryInputFile) throws(GeneratorFailure) -> XMLTree {
        do {
            return try XMLTree(
                parsing: file.contents,
                options: XMLParsingOptions(maximumSize: 64 << 20, maximumDepth: 128, documentName: file.path)
            )
        } catch {
            let reason: String
            switch error.kind {
            case .doctypeForbidden:
                reason = "a DOCTYPE is not allowed in a WSDL or schema (no DTD or external entity is ever loaded)"
            default:
                reason = "not well-formed XML: \(error.message)"
            }
            diagnostics.error(reason, at: SourceLocation(file: file.path, line: error.line))
            throw diagnostics.failure()
        }
    }
}
