import SOAPXML

/// Imports: WSDL documents (`wsdl:import`) and schemas (`xsd:import`, `xsd:include`) read from local files, each once.
extension WSDLParser {
    /// A local `wsdl:import`: the document at `location` (relative to the importing one, never remote) is read once
    /// and its definitions join the root's. A schema imported this way, as some toolkits write, is read as a schema.
    mutating func importDefinitions(
        _ element: XMLTree.Element,
        from baseKey: String,
        at location: SourceLocation,
        into definitions: inout WSDLDefinitions
    ) {
        guard let reference = element.attribute("location") else {
            diagnostics.error("`wsdl:import` needs a location", at: location)
            return
        }
        let key: String
        let file: InMemoryInputFile
        do {
            key = try LocalReference.resolve(reference, relativeTo: baseKey)
            if loadedWSDLs.contains(key) || loadedSchemas.contains(key) { return }
            loadedWSDLs.insert(key)
            file = try loader.load(key)
        } catch {
            diagnostics.error("cannot load the `wsdl:import` location '\(reference)': \(error.message)", at: location)
            return
        }
        let root: XMLTree.Element
        do {
            root = try parseXML(file).root
        } catch {
            return
        }
        let declared = root.attribute("targetNamespace") ?? ""
        if let expected = element.attribute("namespace"), declared != expected {
            diagnostics.error(
                "'\(reference)' declares targetNamespace '\(declared)' but is imported as '\(expected)'",
                at: location
            )
            return
        }
        if root.is("schema", in: XMLNamespaces.xmlSchema) {
            loadedSchemas.insert(key)
            parseSchema(root, file: file.path, key: key, chameleonNamespace: nil, into: &definitions.schemas)
        } else if root.is("definitions", in: XMLNamespaces.wsdl) {
            parseDefinitions(root, file: file.path, key: key, targetNamespace: declared, into: &definitions)
        } else {
            diagnostics.error(
                """
                '\(reference)' is neither a WSDL 1.1 document nor an XML Schema: its document element is \
                `\(root.localName)`
                """,
                at: location
            )
        }
    }

    mutating func loadSchema(
        _ schemaLocation: String,
        from baseKey: String,
        at location: SourceLocation,
        expectedNamespace: String?,
        chameleon: String?,
        into set: inout SchemaSet
    ) {
        let key: String
        let file: InMemoryInputFile
        do {
            key = try LocalReference.resolve(schemaLocation, relativeTo: baseKey)
            if loadedSchemas.contains(key) { return }
            loadedSchemas.insert(key)
            file = try loader.load(key)
        } catch {
            diagnostics.error("cannot load schemaLocation '\(schemaLocation)': \(error.message)", at: location)
            return
        }
        let tree: XMLTree
        do {
            tree = try parseXML(file)
        } catch {
            return
        }
        if tree.root.localName == "schema", tree.root.namespaceURI != XMLNamespaces.xmlSchema {
            reportObsoleteSchema(tree.root, file: file.path)
            return
        }
        guard tree.root.is("schema", in: XMLNamespaces.xmlSchema) else {
            diagnostics.error(
                "'\(schemaLocation)' is not an XML Schema: its document element is `\(tree.root.localName)`",
                at: location
            )
            return
        }
        let declared = tree.root.attribute("targetNamespace")
        if let declared, let expectedNamespace, declared != expectedNamespace {
            diagnostics.error(
                """
                '\(schemaLocation)' declares targetNamespace '\(declared)' but is imported or included as \
                '\(expectedNamespace)'
                """,
                at: location
            )
            return
        }
        parseSchema(tree.root, file: file.path, key: key, chameleonNamespace: chameleon, into: &set)
    }

    /// A `schema` element in a namespace other than XML Schema 1.0's: the drafts' namespaces are named as obsolete,
    /// anything else as not XML Schema. Either way its declarations are not read.
    func reportObsoleteSchema(_ schema: XMLTree.Element, file: String) {
        let namespace = schema.namespaceURI ?? "no namespace"
        let location = SourceLocation(file: file, line: schema.line)
        if XMLNamespaces.obsoleteXMLSchemas.contains(namespace) {
            diagnostics.error(
                """
                the schema is in the obsolete XML Schema draft namespace '\(namespace)'; only XML Schema 1.0 \
                ('\(XMLNamespaces.xmlSchema)') is supported, so its types are not read: change the namespace, or \
                regenerate the WSDL with a current toolkit
                """,
                at: location
            )
        } else {
            diagnostics.error(
                """
                `schema` in namespace '\(namespace)' is not XML Schema ('\(XMLNamespaces.xmlSchema)'), so its \
                types are not read
                """,
                at: location
            )
        }
    }
}
