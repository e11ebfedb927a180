import SOAPXML

/// Simple types: a restriction with its facets, or a list.
extension WSDLParser {
    func parseSimpleType(_ type: XMLTree.Element, name: QName?, context: SchemaContext) -> SimpleTypeDeclaration {
        let location = SourceLocation(file: context.file, line: type.line)
        let display = name.map { "simpleType `\($0.localName)`" } ?? "anonymous simpleType"
        var unsupported: [UnsupportedConstruct] = []
        var base: QName?
        var facets: [String] = []
        var listItemType: QName?
        for (child, childLocation) in Self.schemaChildren(type.children, in: context.file) {
            switch child.localName {
            case "restriction":
                guard let baseName = child.attribute("base"), let resolved = child.resolveQualifiedName(baseName) else {
                    unsupported.append(
                        .init(
                            message: "a restriction without a resolvable base in \(display) is not supported",
                            location: childLocation
                        )
                    )
                    continue
                }
                base = resolved
                for facet in child.children
                where facet.namespaceURI == XMLNamespaces.xmlSchema && facet.localName != "annotation" {
                    if facet.localName == "simpleType" {
                        unsupported.append(
                            .init(
                                message: "an inline base type in \(display) is not supported",
                                location: childLocation
                            )
                        )
                    } else {
                        facets.append("\(facet.localName)=\(facet.attribute("value") ?? "")")
                    }
                }
            case "list":
                guard let itemName = child.attribute("itemType"), let resolved = child.resolveQualifiedName(itemName)
                else {
                    unsupported.append(
                        .init(
                            message:
                                """
                                an `xsd:list` without an itemType (an inline item type) in \(display) is not \
                                supported
                                """,
                            location: childLocation
                        )
                    )
                    continue
                }
                listItemType = resolved
            default:
                unsupported.append(
                    .init(message: "`xsd:\(child.localName)` in \(display) is not supported", location: childLocation)
                )
            }
        }
        if base == nil && listItemType == nil && unsupported.isEmpty {
            unsupported.append(.init(message: "\(display) has no restriction base", location: location))
        }
        return SimpleTypeDeclaration(
            name: name,
            base: base,
            facets: facets,
            location: location,
            unsupported: unsupported,
            listItemType: listItemType
        )
    }
}
