import SOAPXML

/// Complex types: their content, derivation and attributes.
extension WSDLParser {
    func parseComplexType(_ type: XMLTree.Element, name: QName?, context: SchemaContext) -> ComplexTypeDeclaration {
        let location = SourceLocation(file: context.file, line: type.line)
        let display = name.map { "complexType `\($0.localName)`" } ?? "anonymous complexType"
        var content = ContentModel()
        if type.attribute("mixed") == "true" {
            content.unsupported.append(
                .init(message: "mixed content in \(display) is not supported", location: location)
            )
        }
        if type.attribute("abstract") == "true" {
            content.unsupported.append(.init(message: "abstract \(display) is not supported", location: location))
        }
        var derivation: Derivation?
        for (child, childLocation) in Self.schemaChildren(type.children, in: context.file) {
            switch child.localName {
            case "simpleContent", "complexContent":
                let isSimple = child.localName == "simpleContent"
                if child.attribute("mixed") == "true" {
                    content.unsupported.append(
                        .init(message: "mixed content in \(display) is not supported", location: childLocation)
                    )
                }
                guard
                    let method = child.children.first(where: {
                        $0.namespaceURI == XMLNamespaces.xmlSchema
                            && ($0.localName == "extension" || $0.localName == "restriction")
                    })
                else {
                    content.unsupported.append(
                        .init(
                            message: "`xsd:\(child.localName)` in \(display) has no extension or restriction",
                            location: childLocation
                        )
                    )
                    continue
                }
                let methodLocation = SourceLocation(file: context.file, line: method.line)
                guard let baseText = method.attribute("base"), let base = method.resolveQualifiedName(baseText) else {
                    content.unsupported.append(
                        .init(
                            message:
                                "an `xsd:\(method.localName)` without a resolvable base in \(display) is not supported",
                            location: methodLocation
                        )
                    )
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
                parseContent(
                    method.children.filter { !facets.contains($0.localName) },
                    in: display,
                    context: context,
                    into: &content
                )
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
    struct ContentModel {
        var elements: [LocalElement] = []
        var attributes: [AttributeUse] = []
        var attributeGroups: [AttributeGroupReference] = []
        var unsupported: [UnsupportedConstruct] = []
    }

    func parseContent(
        _ children: [XMLTree.Element],
        in display: String,
        context: SchemaContext,
        into content: inout ContentModel
    ) {
        for (child, childLocation) in Self.schemaChildren(children, in: context.file) {
            switch child.localName {
            case "sequence":
                parseSequence(
                    child,
                    in: display,
                    context: context,
                    elements: &content.elements,
                    unsupported: &content.unsupported
                )
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
                    content.unsupported.append(
                        .init(
                            message: "an `xsd:attributeGroup` without a resolvable ref in \(display) is not supported",
                            location: childLocation
                        )
                    )
                    continue
                }
                content.attributeGroups.append(AttributeGroupReference(name: name, location: childLocation))
            case "anyAttribute":
                // Decoders skip attributes they do not know, and nothing is written for it.
                continue
            default:
                content.unsupported.append(
                    .init(message: "`xsd:\(child.localName)` in \(display) is not supported", location: childLocation)
                )
            }
        }
    }
}
