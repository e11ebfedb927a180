import SOAPXML

/// Reads a WSDL 1.1 document, and the schemas it imports or includes, into ``WSDLDefinitions``.
///
/// Constructs the generator cannot turn into correct code are recorded where they occur; the translator
/// reports them only for the parts of the WSDL it actually generates.
struct WSDLParser {
    private let loader: any DocumentLoader
    private let diagnostics: DiagnosticEmitter
    /// Schema documents already read, by path relative to the root WSDL's folder.
    private var loadedSchemas: Set<String> = []
    /// WSDL documents already read (the root's and those `wsdl:import` named), by the same paths.
    private var loadedWSDLs: Set<String> = []
    /// Namespaces imported without a schemaLocation, with where they were imported.
    private var importedNamespaces: [(namespace: String, location: SourceLocation)] = []

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
                diagnostics.error("WSDL 2.0 (`description`) is not supported; only WSDL 1.1 `definitions` is", at: rootLocation)
            } else {
                diagnostics.error(
                    "the document element is \(QName(namespaceURI: root.namespaceURI, localName: root.localName)), not WSDL 1.1 `definitions` in namespace \(XMLNamespaces.wsdl)",
                    at: rootLocation
                )
            }
            throw diagnostics.failure()
        }

        var definitions = WSDLDefinitions(targetNamespace: root.attribute("targetNamespace") ?? "", location: rootLocation)
        let key = file.path.split(separator: "/").last.map(String.init) ?? file.path
        loadedWSDLs.insert(key)
        parseDefinitions(root, file: file.path, key: key, targetNamespace: definitions.targetNamespace, into: &definitions)
        // Toolkits import the SOAP encoding and XML namespaces by habit, with no location; a type used from them is
        // still reported where it is used.
        for (namespace, location) in importedNamespaces
        where !definitions.schemas.namespaces.contains(namespace) && !XMLNamespaces.importedByHabit.contains(namespace) {
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

    /// The messages, port types, bindings, services and schemas of one WSDL document, the root's or an imported
    /// one's, added to `definitions`; names are in that document's `targetNamespace`.
    private mutating func parseDefinitions(
        _ root: XMLTree.Element,
        file path: String,
        key: String,
        targetNamespace: String,
        into definitions: inout WSDLDefinitions
    ) {
        for child in root.children {
            let location = SourceLocation(file: path, line: child.line)
            guard child.namespaceURI == XMLNamespaces.wsdl else { continue }
            switch child.localName {
            case "types":
                for schema in child.children where schema.localName == "schema" {
                    guard schema.namespaceURI == XMLNamespaces.xmlSchema else {
                        reportObsoleteSchema(schema, file: path)
                        continue
                    }
                    parseSchema(schema, file: path, key: key, chameleonNamespace: nil, into: &definitions.schemas)
                }
            case "message":
                if let message = parseMessage(child, file: path, targetNamespace: targetNamespace) {
                    definitions.messages[message.name] = message
                }
            case "portType":
                if let portType = parsePortType(child, file: path, targetNamespace: targetNamespace) {
                    definitions.portTypes.append(portType)
                }
            case "binding":
                if let binding = parseBinding(child, file: path, targetNamespace: targetNamespace) {
                    definitions.bindings.append(binding)
                }
            case "service":
                definitions.services.append(parseService(child, file: path))
            case "import":
                importDefinitions(child, from: key, at: location, into: &definitions)
            case "documentation":
                continue
            default:
                diagnostics.warning("unknown WSDL element `\(child.localName)` is ignored", at: location)
            }
        }
    }

    /// A local `wsdl:import`: the document at `location` (relative to the importing one, never remote) is read once
    /// and its definitions join the root's. A schema imported this way, as some toolkits write, is read as a schema.
    private mutating func importDefinitions(_ element: XMLTree.Element, from baseKey: String, at location: SourceLocation, into definitions: inout WSDLDefinitions) {
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
            diagnostics.error("'\(reference)' declares targetNamespace '\(declared)' but is imported as '\(expected)'", at: location)
            return
        }
        if root.is("schema", in: XMLNamespaces.xmlSchema) {
            loadedSchemas.insert(key)
            parseSchema(root, file: file.path, key: key, chameleonNamespace: nil, into: &definitions.schemas)
        } else if root.is("definitions", in: XMLNamespaces.wsdl) {
            parseDefinitions(root, file: file.path, key: key, targetNamespace: declared, into: &definitions)
        } else {
            diagnostics.error("'\(reference)' is neither a WSDL 1.1 document nor an XML Schema: its document element is `\(root.localName)`", at: location)
        }
    }

    private func parseXML(_ file: InMemoryInputFile) throws(GeneratorFailure) -> XMLTree {
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

    // MARK: Schemas

    private mutating func parseSchema(
        _ schema: XMLTree.Element,
        file: String,
        key: String,
        chameleonNamespace: String?,
        into set: inout SchemaSet
    ) {
        let declared = schema.attribute("targetNamespace")
        let targetNamespace = declared ?? chameleonNamespace
        if let targetNamespace { set.namespaces.insert(targetNamespace) }
        let context = SchemaContext(
            file: file,
            targetNamespace: targetNamespace,
            qualifiedElements: schema.attribute("elementFormDefault") == "qualified",
            qualifiedAttributes: schema.attribute("attributeFormDefault") == "qualified"
        )
        for child in schema.children where child.namespaceURI == XMLNamespaces.xmlSchema {
            let location = SourceLocation(file: file, line: child.line)
            switch child.localName {
            case "element":
                guard let name = child.attribute("name") else {
                    diagnostics.error("a global `xsd:element` needs a name", at: location)
                    continue
                }
                let qname = QName(namespaceURI: targetNamespace, localName: name)
                var unsupported: [UnsupportedConstruct] = []
                for attribute in ["abstract", "substitutionGroup"] where child.attribute(attribute) != nil {
                    unsupported.append(.init(message: "`\(attribute)` on element `\(name)` is not supported", location: location))
                }
                let type = parseElementType(child, name: name, context: context, unsupported: &unsupported)
                set.elements[qname] = ElementDeclaration(
                    name: qname,
                    type: type,
                    location: location,
                    unsupported: unsupported,
                    isNillable: child.attribute("nillable") == "true",
                    valueConstraint: valueConstraint(of: child, name: name, location: location)
                )
            case "complexType":
                guard let name = child.attribute("name") else {
                    diagnostics.error("a global `xsd:complexType` needs a name", at: location)
                    continue
                }
                let qname = QName(namespaceURI: targetNamespace, localName: name)
                set.complexTypes[qname] = parseComplexType(child, name: qname, context: context)
            case "simpleType":
                guard let name = child.attribute("name") else {
                    diagnostics.error("a global `xsd:simpleType` needs a name", at: location)
                    continue
                }
                let qname = QName(namespaceURI: targetNamespace, localName: name)
                set.simpleTypes[qname] = parseSimpleType(child, name: qname, context: context)
            case "import":
                let namespace = child.attribute("namespace")
                if let schemaLocation = child.attribute("schemaLocation") {
                    loadSchema(schemaLocation, from: key, at: location, expectedNamespace: namespace, chameleon: nil, into: &set)
                } else if let namespace {
                    importedNamespaces.append((namespace, location))
                }
            case "include":
                guard let schemaLocation = child.attribute("schemaLocation") else {
                    diagnostics.error("`xsd:include` needs a schemaLocation", at: location)
                    continue
                }
                loadSchema(
                    schemaLocation,
                    from: key,
                    at: location,
                    expectedNamespace: targetNamespace,
                    chameleon: targetNamespace,
                    into: &set
                )
            case "redefine", "override":
                diagnostics.error("`xsd:\(child.localName)` is not supported", at: location)
            case "attribute":
                guard let name = child.attribute("name") else {
                    diagnostics.error("a global `xsd:attribute` needs a name", at: location)
                    continue
                }
                let qname = QName(namespaceURI: targetNamespace, localName: name)
                set.attributes[qname] = AttributeDeclaration(
                    name: qname,
                    type: attributeType(child, name: name, context: context),
                    valueConstraint: valueConstraint(of: child, name: name, location: location),
                    location: location
                )
            case "attributeGroup":
                guard let name = child.attribute("name") else {
                    diagnostics.error("a global `xsd:attributeGroup` needs a name", at: location)
                    continue
                }
                let qname = QName(namespaceURI: targetNamespace, localName: name)
                var content = ContentModel()
                parseContent(child.children, in: "attributeGroup `\(name)`", context: context, into: &content)
                // Particles cannot occur in an attribute group: any are reported with the rest where the group is used.
                for particle in content.elements {
                    content.unsupported.append(.init(message: "a particle in attributeGroup `\(name)` is not allowed", location: particle.location))
                }
                set.attributeGroups[qname] = AttributeGroupDeclaration(
                    name: qname,
                    attributes: content.attributes,
                    attributeGroups: content.attributeGroups,
                    location: location,
                    unsupported: content.unsupported
                )
            case "annotation", "group", "notation":
                // Global declarations no element refers to change nothing; uses are reported where they occur.
                continue
            default:
                diagnostics.warning("unknown schema element `xsd:\(child.localName)` is ignored", at: location)
            }
        }
    }

    private mutating func loadSchema(
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
                "'\(schemaLocation)' declares targetNamespace '\(declared)' but is imported or included as '\(expectedNamespace)'",
                at: location
            )
            return
        }
        parseSchema(tree.root, file: file.path, key: key, chameleonNamespace: chameleon, into: &set)
    }

    private struct SchemaContext {
        var file: String
        var targetNamespace: String?
        var qualifiedElements: Bool
        var qualifiedAttributes: Bool
    }

    private func parseElementType(
        _ element: XMLTree.Element,
        name: String,
        context: SchemaContext,
        unsupported: inout [UnsupportedConstruct]
    ) -> TypeReference {
        let location = SourceLocation(file: context.file, line: element.line)
        let inline = element.children.filter {
            $0.namespaceURI == XMLNamespaces.xmlSchema && ($0.localName == "complexType" || $0.localName == "simpleType")
        }
        if let typeName = element.attribute("type") {
            if !inline.isEmpty {
                unsupported.append(.init(message: "element `\(name)` has both a type attribute and an inline type", location: location))
            }
            guard let qname = element.resolveQualifiedName(typeName) else {
                diagnostics.error("type '\(typeName)' of element `\(name)` uses an undeclared prefix", at: location)
                return .unspecified
            }
            return .named(qname)
        }
        guard let definition = inline.first else { return .unspecified }
        if definition.localName == "complexType" {
            let type = parseComplexType(definition, name: nil, context: context)
            return .anonymousComplex(type)
        }
        return .anonymousSimple(parseSimpleType(definition, name: nil, context: context))
    }

    private func parseComplexType(_ type: XMLTree.Element, name: QName?, context: SchemaContext) -> ComplexTypeDeclaration {
        let location = SourceLocation(file: context.file, line: type.line)
        let display = name.map { "complexType `\($0.localName)`" } ?? "anonymous complexType"
        var content = ContentModel()
        if type.attribute("mixed") == "true" {
            content.unsupported.append(.init(message: "mixed content in \(display) is not supported", location: location))
        }
        if type.attribute("abstract") == "true" {
            content.unsupported.append(.init(message: "abstract \(display) is not supported", location: location))
        }
        var derivation: Derivation?
        for child in type.children where child.namespaceURI == XMLNamespaces.xmlSchema {
            let childLocation = SourceLocation(file: context.file, line: child.line)
            switch child.localName {
            case "simpleContent", "complexContent":
                let isSimple = child.localName == "simpleContent"
                if child.attribute("mixed") == "true" {
                    content.unsupported.append(.init(message: "mixed content in \(display) is not supported", location: childLocation))
                }
                guard
                    let method = child.children.first(where: {
                        $0.namespaceURI == XMLNamespaces.xmlSchema && ($0.localName == "extension" || $0.localName == "restriction")
                    })
                else {
                    content.unsupported.append(.init(message: "`xsd:\(child.localName)` in \(display) has no extension or restriction", location: childLocation))
                    continue
                }
                let methodLocation = SourceLocation(file: context.file, line: method.line)
                guard let baseText = method.attribute("base"), let base = method.resolveQualifiedName(baseText) else {
                    content.unsupported.append(.init(message: "an `xsd:\(method.localName)` without a resolvable base in \(display) is not supported", location: methodLocation))
                    continue
                }
                derivation = Derivation(
                    method: method.localName == "extension" ? .extension : .restriction,
                    base: base,
                    isSimpleContent: isSimple,
                    location: methodLocation
                )
                // A simpleContent restriction's facets narrow the text; they are not particles.
                let facets: Set<String> = isSimple ? Self.facetNames : []
                parseContent(method.children.filter { !facets.contains($0.localName) }, in: display, context: context, into: &content)
            default:
                parseContent([child], in: display, context: context, into: &content)
            }
        }
        return ComplexTypeDeclaration(
            name: name,
            elements: content.elements,
            location: location,
            unsupported: content.unsupported,
            attributes: content.attributes,
            attributeGroups: content.attributeGroups,
            derivation: derivation
        )
    }

    /// The facets a `simpleContent` restriction may hold besides attributes.
    private static let facetNames: Set<String> = [
        "simpleType", "enumeration", "pattern", "length", "minLength", "maxLength", "minInclusive", "maxInclusive",
        "minExclusive", "maxExclusive", "totalDigits", "fractionDigits", "whiteSpace", "assertion",
    ]

    /// What a complex type (or its extension or restriction) holds: particles and attributes.
    private struct ContentModel {
        var elements: [LocalElement] = []
        var attributes: [AttributeUse] = []
        var attributeGroups: [AttributeGroupReference] = []
        var unsupported: [UnsupportedConstruct] = []
    }

    private func parseContent(_ children: [XMLTree.Element], in display: String, context: SchemaContext, into content: inout ContentModel) {
        for child in children where child.namespaceURI == XMLNamespaces.xmlSchema {
            let childLocation = SourceLocation(file: context.file, line: child.line)
            switch child.localName {
            case "annotation":
                continue
            case "sequence":
                parseSequence(child, in: display, context: context, elements: &content.elements, unsupported: &content.unsupported)
            case "choice":
                if let choice = parseChoice(child, in: display, context: context, unsupported: &content.unsupported) {
                    content.elements.append(choice)
                }
            case "attribute":
                if let attribute = parseAttributeUse(child, in: display, context: context) {
                    content.attributes.append(attribute)
                }
            case "attributeGroup":
                guard let reference = child.attribute("ref"), let name = child.resolveQualifiedName(reference) else {
                    content.unsupported.append(.init(message: "an `xsd:attributeGroup` without a resolvable ref in \(display) is not supported", location: childLocation))
                    continue
                }
                content.attributeGroups.append(AttributeGroupReference(name: name, location: childLocation))
            case "anyAttribute":
                // Decoders skip attributes they do not know, and nothing is written for it.
                continue
            default:
                content.unsupported.append(.init(message: "`xsd:\(child.localName)` in \(display) is not supported", location: childLocation))
            }
        }
    }

    /// `<attribute name=… type=…>` or `<attribute ref=…>` inside a complex type or attribute group.
    private func parseAttributeUse(_ attribute: XMLTree.Element, in display: String, context: SchemaContext) -> AttributeUse? {
        let location = SourceLocation(file: context.file, line: attribute.line)
        let label = attribute.attribute("name") ?? attribute.attribute("ref") ?? "?"
        let use: AttributeUse.Use
        switch attribute.attribute("use") ?? "optional" {
        case "optional": use = .optional
        case "required": use = .required
        case "prohibited": use = .prohibited
        case let other:
            diagnostics.error("use '\(other)' of attribute `\(label)` is not optional, required or prohibited", at: location)
            return nil
        }
        let declaration: AttributeUse.Declaration
        if let reference = attribute.attribute("ref") {
            guard let name = attribute.resolveQualifiedName(reference) else {
                diagnostics.error("ref '\(reference)' uses an undeclared prefix", at: location)
                return nil
            }
            declaration = .reference(name)
        } else if let name = attribute.attribute("name") {
            let qualified = attribute.attribute("form").map { $0 == "qualified" } ?? context.qualifiedAttributes
            declaration = .local(name: name, namespaceURI: qualified ? context.targetNamespace : nil, type: attributeType(attribute, name: name, context: context))
        } else {
            diagnostics.error("an `xsd:attribute` in \(display) needs a name or a ref", at: location)
            return nil
        }
        return AttributeUse(
            declaration: declaration,
            use: use,
            valueConstraint: valueConstraint(of: attribute, name: label, location: location),
            location: location
        )
    }

    /// An attribute's simple type: `type=`, an inline `simpleType`, or neither (`xsd:anySimpleType`, read as text).
    private func attributeType(_ attribute: XMLTree.Element, name: String, context: SchemaContext) -> TypeReference {
        if let typeName = attribute.attribute("type") {
            guard let qname = attribute.resolveQualifiedName(typeName) else {
                diagnostics.error("type '\(typeName)' of attribute `\(name)` uses an undeclared prefix", at: SourceLocation(file: context.file, line: attribute.line))
                return .unspecified
            }
            return .named(qname)
        }
        if let inline = attribute.children.first(where: { $0.is("simpleType", in: XMLNamespaces.xmlSchema) }) {
            return .anonymousSimple(parseSimpleType(inline, name: nil, context: context))
        }
        return .named(QName(namespaceURI: XMLNamespaces.xmlSchema, localName: "anySimpleType"))
    }

    private func parseSequence(
        _ sequence: XMLTree.Element,
        in display: String,
        context: SchemaContext,
        elements: inout [LocalElement],
        unsupported: inout [UnsupportedConstruct]
    ) {
        let location = SourceLocation(file: context.file, line: sequence.line)
        if (sequence.attribute("minOccurs") ?? "1") != "1" || (sequence.attribute("maxOccurs") ?? "1") != "1" {
            unsupported.append(.init(message: "a `xsd:sequence` with minOccurs or maxOccurs other than 1 in \(display) is not supported", location: location))
        }
        for child in sequence.children where child.namespaceURI == XMLNamespaces.xmlSchema {
            let childLocation = SourceLocation(file: context.file, line: child.line)
            switch child.localName {
            case "annotation":
                continue
            case "element":
                if let element = parseLocalElement(child, context: context, unsupported: &unsupported) {
                    elements.append(element)
                }
            case "sequence":
                // A nested sequence that occurs exactly once is the same as its elements in place.
                parseSequence(child, in: display, context: context, elements: &elements, unsupported: &unsupported)
            case "choice":
                if let choice = parseChoice(child, in: display, context: context, unsupported: &unsupported) {
                    elements.append(choice)
                }
            case "any":
                let minOccurs = Int(child.attribute("minOccurs") ?? "1") ?? 1
                let maxText = child.attribute("maxOccurs") ?? "1"
                let maxOccurs = maxText == "unbounded" ? nil : Int(maxText) ?? 1
                elements.append(LocalElement(declaration: .any, minOccurs: max(0, minOccurs), maxOccurs: maxOccurs, location: childLocation))
            default:
                unsupported.append(.init(message: "`xsd:\(child.localName)` in \(display) is not supported", location: childLocation))
            }
        }
    }

    private func parseLocalElement(
        _ element: XMLTree.Element,
        context: SchemaContext,
        unsupported: inout [UnsupportedConstruct]
    ) -> LocalElement? {
        let location = SourceLocation(file: context.file, line: element.line)
        let label = element.attribute("name") ?? element.attribute("ref") ?? "?"
        var own: [UnsupportedConstruct] = []
        guard let minOccurs = Int(element.attribute("minOccurs") ?? "1"), minOccurs >= 0 else {
            diagnostics.error("minOccurs '\(element.attribute("minOccurs") ?? "")' of element `\(label)` is not a non-negative integer", at: location)
            return nil
        }
        let maxText = element.attribute("maxOccurs") ?? "1"
        let maxOccurs: Int?
        if maxText == "unbounded" {
            maxOccurs = nil
        } else if let value = Int(maxText), value >= 0 {
            maxOccurs = value
        } else {
            diagnostics.error("maxOccurs '\(maxText)' of element `\(label)` is neither a non-negative integer nor 'unbounded'", at: location)
            return nil
        }
        if let maxOccurs, maxOccurs < minOccurs {
            diagnostics.error("element `\(label)` has maxOccurs \(maxOccurs) below minOccurs \(minOccurs)", at: location)
            return nil
        }
        if maxOccurs == 0 {
            // Allowed by XML Schema: the element is declared but may never occur.
            return nil
        }
        let isNillable = element.attribute("nillable") == "true"
        let declaration: LocalElement.Declaration
        if let reference = element.attribute("ref") {
            guard let qname = element.resolveQualifiedName(reference) else {
                diagnostics.error("ref '\(reference)' uses an undeclared prefix", at: location)
                return nil
            }
            declaration = .reference(qname)
        } else if let name = element.attribute("name") {
            let form = element.attribute("form")
            let qualified = form.map { $0 == "qualified" } ?? context.qualifiedElements
            let type = parseElementType(element, name: name, context: context, unsupported: &own)
            declaration = .local(name: name, namespaceURI: qualified ? context.targetNamespace : nil, type: type)
        } else {
            diagnostics.error("an `xsd:element` needs a name or a ref", at: location)
            return nil
        }
        unsupported += own
        return LocalElement(
            declaration: declaration,
            minOccurs: minOccurs,
            maxOccurs: maxOccurs,
            location: location,
            isNillable: isNillable,
            valueConstraint: valueConstraint(of: element, name: label, location: location)
        )
    }

    /// A `choice` of single elements, itself occurring at most once; anything richer is named as unsupported.
    private func parseChoice(
        _ choice: XMLTree.Element,
        in display: String,
        context: SchemaContext,
        unsupported: inout [UnsupportedConstruct]
    ) -> LocalElement? {
        let location = SourceLocation(file: context.file, line: choice.line)
        let minOccurs = choice.attribute("minOccurs") ?? "1"
        guard ["0", "1"].contains(minOccurs), (choice.attribute("maxOccurs") ?? "1") == "1" else {
            unsupported.append(.init(message: "a repeated `xsd:choice` (maxOccurs other than 1, or minOccurs above 1) in \(display) is not supported", location: location))
            return nil
        }
        var alternatives: [LocalElement] = []
        for child in choice.children where child.namespaceURI == XMLNamespaces.xmlSchema {
            let childLocation = SourceLocation(file: context.file, line: child.line)
            switch child.localName {
            case "annotation":
                continue
            case "element":
                guard let alternative = parseLocalElement(child, context: context, unsupported: &unsupported) else { continue }
                guard alternative.maxOccurs == 1 else {
                    unsupported.append(.init(message: "an element of a `xsd:choice` in \(display) that occurs more than once is not supported", location: childLocation))
                    continue
                }
                alternatives.append(alternative)
            default:
                unsupported.append(.init(message: "`xsd:\(child.localName)` inside a `xsd:choice` in \(display) is not supported", location: childLocation))
            }
        }
        guard !alternatives.isEmpty else {
            unsupported.append(.init(message: "an empty `xsd:choice` in \(display) is not supported", location: location))
            return nil
        }
        return LocalElement(declaration: .choice(alternatives), minOccurs: minOccurs == "0" ? 0 : 1, maxOccurs: 1, location: location)
    }

    /// `default` or `fixed`; both at once is an error, as in XML Schema.
    private func valueConstraint(of element: XMLTree.Element, name: String, location: SourceLocation) -> ValueConstraint? {
        switch (element.attribute("default"), element.attribute("fixed")) {
        case (let value?, nil): return .defaultValue(value)
        case (nil, let value?): return .fixed(value)
        case (nil, nil): return nil
        case (_?, _?):
            diagnostics.error("element `\(name)` has both `default` and `fixed`, which XML Schema does not allow", at: location)
            return nil
        }
    }

    private func parseSimpleType(_ type: XMLTree.Element, name: QName?, context: SchemaContext) -> SimpleTypeDeclaration {
        let location = SourceLocation(file: context.file, line: type.line)
        let display = name.map { "simpleType `\($0.localName)`" } ?? "anonymous simpleType"
        var unsupported: [UnsupportedConstruct] = []
        var base: QName?
        var facets: [String] = []
        var listItemType: QName?
        for child in type.children where child.namespaceURI == XMLNamespaces.xmlSchema {
            let childLocation = SourceLocation(file: context.file, line: child.line)
            switch child.localName {
            case "annotation":
                continue
            case "restriction":
                guard let baseName = child.attribute("base"), let resolved = child.resolveQualifiedName(baseName) else {
                    unsupported.append(.init(message: "a restriction without a resolvable base in \(display) is not supported", location: childLocation))
                    continue
                }
                base = resolved
                for facet in child.children where facet.namespaceURI == XMLNamespaces.xmlSchema && facet.localName != "annotation" {
                    if facet.localName == "simpleType" {
                        unsupported.append(.init(message: "an inline base type in \(display) is not supported", location: childLocation))
                    } else {
                        facets.append("\(facet.localName)=\(facet.attribute("value") ?? "")")
                    }
                }
            case "list":
                guard let itemName = child.attribute("itemType"), let resolved = child.resolveQualifiedName(itemName) else {
                    unsupported.append(.init(message: "an `xsd:list` without an itemType (an inline item type) in \(display) is not supported", location: childLocation))
                    continue
                }
                listItemType = resolved
            default:
                unsupported.append(.init(message: "`xsd:\(child.localName)` in \(display) is not supported", location: childLocation))
            }
        }
        if base == nil && listItemType == nil && unsupported.isEmpty {
            unsupported.append(.init(message: "\(display) has no restriction base", location: location))
        }
        return SimpleTypeDeclaration(name: name, base: base, facets: facets, location: location, unsupported: unsupported, listItemType: listItemType)
    }

    // MARK: Messages, port types, bindings, services

    private func parseMessage(_ message: XMLTree.Element, file: String, targetNamespace: String) -> Message? {
        let location = SourceLocation(file: file, line: message.line)
        guard let name = message.attribute("name") else {
            diagnostics.error("a `wsdl:message` needs a name", at: location)
            return nil
        }
        var parts: [Part] = []
        for part in message.children where part.is("part", in: XMLNamespaces.wsdl) {
            let partLocation = SourceLocation(file: file, line: part.line)
            let element = part.attribute("element").map { (text: $0, name: part.resolveQualifiedName($0)) }
            let type = part.attribute("type").map { (text: $0, name: part.resolveQualifiedName($0)) }
            if let element, element.name == nil {
                diagnostics.error("element '\(element.text)' of part `\(part.attribute("name") ?? "")` uses an undeclared prefix", at: partLocation)
            }
            if let type, type.name == nil {
                diagnostics.error("type '\(type.text)' of part `\(part.attribute("name") ?? "")` uses an undeclared prefix", at: partLocation)
            }
            parts.append(Part(name: part.attribute("name") ?? "", element: element?.name, type: type?.name, location: partLocation))
        }
        return Message(name: QName(namespaceURI: targetNamespace, localName: name), parts: parts, location: location)
    }

    private func parsePortType(_ portType: XMLTree.Element, file: String, targetNamespace: String) -> PortType? {
        let location = SourceLocation(file: file, line: portType.line)
        guard let name = portType.attribute("name") else {
            diagnostics.error("a `wsdl:portType` needs a name", at: location)
            return nil
        }
        var operations: [PortTypeOperation] = []
        for operation in portType.children where operation.is("operation", in: XMLNamespaces.wsdl) {
            let operationLocation = SourceLocation(file: file, line: operation.line)
            var input: QName?
            var output: QName?
            var inputLocation: SourceLocation?
            var outputLocation: SourceLocation?
            var outputFirst = false
            var faults: [String] = []
            for child in operation.children where child.namespaceURI == XMLNamespaces.wsdl {
                let childLocation = SourceLocation(file: file, line: child.line)
                let messageText = child.attribute("message")
                let message = messageText.flatMap { child.resolveQualifiedName($0) }
                if let messageText, message == nil {
                    diagnostics.error(
                        "message '\(messageText)' of operation `\(operation.attribute("name") ?? "")` uses an undeclared prefix",
                        at: childLocation
                    )
                }
                switch child.localName {
                case "input":
                    input = message
                    inputLocation = childLocation
                case "output":
                    if inputLocation == nil { outputFirst = true }
                    output = message
                    outputLocation = childLocation
                case "fault":
                    faults.append(child.attribute("name") ?? "")
                default:
                    continue
                }
            }
            operations.append(
                PortTypeOperation(
                    name: operation.attribute("name") ?? "",
                    input: input,
                    output: output,
                    outputFirst: outputFirst,
                    faults: faults,
                    location: operationLocation,
                    inputLocation: inputLocation,
                    outputLocation: outputLocation
                )
            )
        }
        return PortType(name: QName(namespaceURI: targetNamespace, localName: name), operations: operations, location: location)
    }

    private func parseBinding(_ binding: XMLTree.Element, file: String, targetNamespace: String) -> Binding? {
        let location = SourceLocation(file: file, line: binding.line)
        guard let name = binding.attribute("name"), let typeText = binding.attribute("type") else {
            diagnostics.error("a `wsdl:binding` needs a name and a type", at: location)
            return nil
        }
        guard let portType = binding.resolveQualifiedName(typeText) else {
            diagnostics.error("binding type '\(typeText)' uses an undeclared prefix", at: location)
            return nil
        }
        var version: SOAPBindingVersion?
        var style: String?
        var transport: String?
        var operations: [BindingOperation] = []
        for child in binding.children {
            let childLocation = SourceLocation(file: file, line: child.line)
            if child.localName == "binding", let soap = Self.soapVersion(of: child) {
                version = soap
                style = child.attribute("style")
                transport = child.attribute("transport")
            } else if child.is("operation", in: XMLNamespaces.wsdl) {
                var operation = BindingOperation(name: child.attribute("name") ?? "", location: childLocation)
                for part in child.children {
                    let partLocation = SourceLocation(file: file, line: part.line)
                    if part.localName == "operation", Self.soapVersion(of: part) != nil {
                        operation.soapAction = part.attribute("soapAction")
                        operation.style = part.attribute("style")
                    } else if part.is("input", in: XMLNamespaces.wsdl) || part.is("output", in: XMLNamespaces.wsdl) {
                        var body: SOAPBody?
                        var headers: [SOAPHeader] = []
                        for item in part.children where Self.soapVersion(of: item) != nil {
                            let itemLocation = SourceLocation(file: file, line: item.line)
                            switch item.localName {
                            case "body":
                                body = SOAPBody(
                                    use: item.attribute("use"),
                                    parts: item.attribute("parts"),
                                    namespace: item.attribute("namespace"),
                                    location: itemLocation
                                )
                            case "header":
                                guard let messageText = item.attribute("message"), let message = item.resolveQualifiedName(messageText),
                                    let partName = item.attribute("part")
                                else {
                                    diagnostics.error(
                                        "soap:header in operation `\(operation.name)` needs a message (with a declared prefix) and a part",
                                        at: itemLocation
                                    )
                                    continue
                                }
                                headers.append(SOAPHeader(message: message, part: partName, use: item.attribute("use"), location: itemLocation))
                                for fault in item.children where fault.localName == "headerfault" {
                                    operation.headerFaultLocations.append(SourceLocation(file: file, line: fault.line))
                                }
                            case "headerfault":
                                operation.headerFaultLocations.append(itemLocation)
                            default:
                                continue
                            }
                        }
                        if part.localName == "input" {
                            operation.inputBody = body ?? SOAPBody(location: partLocation)
                            operation.inputHeaders = headers
                        } else {
                            operation.outputBody = body ?? SOAPBody(location: partLocation)
                            operation.outputHeaders = headers
                        }
                    }
                }
                operations.append(operation)
            }
        }
        return Binding(
            name: QName(namespaceURI: targetNamespace, localName: name),
            portType: portType,
            soapVersion: version,
            style: style,
            transport: transport,
            operations: operations,
            location: location
        )
    }

    private func parseService(_ service: XMLTree.Element, file: String) -> Service {
        var ports: [Port] = []
        for port in service.children where port.is("port", in: XMLNamespaces.wsdl) {
            let location = SourceLocation(file: file, line: port.line)
            guard let bindingText = port.attribute("binding"), let binding = port.resolveQualifiedName(bindingText) else {
                diagnostics.warning("port `\(port.attribute("name") ?? "")` has no resolvable binding and is ignored", at: location)
                continue
            }
            let address = port.children.first { $0.localName == "address" && Self.soapVersion(of: $0) != nil }
            ports.append(
                Port(name: port.attribute("name") ?? "", binding: binding, address: address?.attribute("location"), location: location)
            )
        }
        return Service(name: service.attribute("name") ?? "", ports: ports, location: SourceLocation(file: file, line: service.line))
    }

    private static func soapVersion(of element: XMLTree.Element) -> SOAPBindingVersion? {
        switch element.namespaceURI {
        case XMLNamespaces.soap11Binding: .soap11
        case XMLNamespaces.soap12Binding: .soap12
        default: nil
        }
    }

    /// A `schema` element in a namespace other than XML Schema 1.0's: the drafts' namespaces are named as obsolete,
    /// anything else as not XML Schema. Either way its declarations are not read.
    private func reportObsoleteSchema(_ schema: XMLTree.Element, file: String) {
        let namespace = schema.namespaceURI ?? "no namespace"
        let location = SourceLocation(file: file, line: schema.line)
        if XMLNamespaces.obsoleteXMLSchemas.contains(namespace) {
            diagnostics.error(
                "the schema is in the obsolete XML Schema draft namespace '\(namespace)'; only XML Schema 1.0 ('\(XMLNamespaces.xmlSchema)') is supported, so its types are not read: change the namespace, or regenerate the WSDL with a current toolkit",
                at: location
            )
        } else {
            diagnostics.error("`schema` in namespace '\(namespace)' is not XML Schema ('\(XMLNamespaces.xmlSchema)'), so its types are not read", at: location)
        }
    }
}

extension SOAPBody {
    init(location: SourceLocation) {
        self.init(use: nil, parts: nil, namespace: nil, location: location)
    }
}
