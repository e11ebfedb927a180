import SOAPXML

/// Elements and particles: an element's type, sequences, choices and wildcards.
extension WSDLParser {
    func parseElementType(
        _ element: XMLTree.Element,
        name: String,
        context: SchemaContext,
        unsupported: inout [UnsupportedConstruct]
    ) -> TypeReference {
        let location = SourceLocation(file: context.file, line: element.line)
        let inline = element.children.filter {
            $0.namespaceURI == XMLNamespaces.xmlSchema
                && ($0.localName == "complexType" || $0.localName == "simpleType")
        }
        if let typeName = element.attribute("type") {
            if !inline.isEmpty {
                unsupported.append(
                    .init(message: "element `\(name)` has both a type attribute and an inline type", location: location)
                )
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

    func parseSequence(
        _ sequence: XMLTree.Element,
        in display: String,
        context: SchemaContext,
        elements: inout [LocalElement],
        unsupported: inout [UnsupportedConstruct]
    ) {
        let location = SourceLocation(file: context.file, line: sequence.line)
        if (sequence.attribute("minOccurs") ?? "1") != "1" || (sequence.attribute("maxOccurs") ?? "1") != "1" {
            unsupported.append(
                .init(
                    message: "a `xsd:sequence` with minOccurs or maxOccurs other than 1 in \(display) is not supported",
                    location: location
                )
            )
        }
        for (child, childLocation) in Self.schemaChildren(sequence.children, in: context.file) {
            switch child.localName {
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
                elements.append(
                    LocalElement(
                        declaration: .any,
                        minOccurs: max(0, minOccurs),
                        maxOccurs: maxOccurs,
                        location: childLocation
                    )
                )
            default:
                unsupported.append(
                    .init(message: "`xsd:\(child.localName)` in \(display) is not supported", location: childLocation)
                )
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
            diagnostics.error(
                """
                minOccurs '\(element.attribute("minOccurs") ?? "")' of element `\(label)` is not a non-negative \
                integer
                """,
                at: location
            )
            return nil
        }
        let maxText = element.attribute("maxOccurs") ?? "1"
        let maxOccurs: Int?
        if maxText == "unbounded" {
            maxOccurs = nil
        } else if let value = Int(maxText), value >= 0 {
            maxOccurs = value
        } else {
            diagnostics.error(
                "maxOccurs '\(maxText)' of element `\(label)` is neither a non-negative integer nor 'unbounded'",
                at: location
            )
            return nil
        }
        if let maxOccurs, maxOccurs < minOccurs {
            diagnostics.error(
                "element `\(label)` has maxOccurs \(maxOccurs) below minOccurs \(minOccurs)",
                at: location
            )
            return nil
        }
        if maxOccurs == 0 {
            // Allowed by XML Schema: the element is declared but may never occur.
            return nil
        }
        let isNillable = element.attribute("nillable") == "true"
        let declaration: LocalElement.Declaration
        if let reference = element.attribute("ref") {
            guard let qname = referencedName(reference, of: element, at: location) else { return nil }
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
    func parseChoice(
        _ choice: XMLTree.Element,
        in display: String,
        context: SchemaContext,
        unsupported: inout [UnsupportedConstruct]
    ) -> LocalElement? {
        let location = SourceLocation(file: context.file, line: choice.line)
        let minOccurs = choice.attribute("minOccurs") ?? "1"
        guard ["0", "1"].contains(minOccurs), (choice.attribute("maxOccurs") ?? "1") == "1" else {
            unsupported.append(
                .init(
                    message:
                        """
                        a repeated `xsd:choice` (maxOccurs other than 1, or minOccurs above 1) in \(display) is \
                        not supported
                        """,
                    location: location
                )
            )
            return nil
        }
        var alternatives: [LocalElement] = []
        for (child, childLocation) in Self.schemaChildren(choice.children, in: context.file) {
            switch child.localName {
            case "element":
                guard let alternative = parseLocalElement(child, context: context, unsupported: &unsupported) else {
                    continue
                }
                guard alternative.maxOccurs == 1 else {
                    unsupported.append(
                        .init(
                            message:
                                """
                                an element of a `xsd:choice` in \(display) that occurs more than once is not \
                                supported
                                """,
                            location: childLocation
                        )
                    )
                    continue
                }
                alternatives.append(alternative)
            default:
                unsupported.append(
                    .init(
                        message: "`xsd:\(child.localName)` inside a `xsd:choice` in \(display) is not supported",
                        location: childLocation
                    )
                )
            }
        }
        guard !alternatives.isEmpty else {
            unsupported.append(
                .init(message: "an empty `xsd:choice` in \(display) is not supported", location: location)
            )
            return nil
        }
        return LocalElement(
            declaration: .choice(alternatives),
            minOccurs: minOccurs == "0" ? 0 : 1,
            maxOccurs: 1,
            location: location
        )
    }

    /// `default` or `fixed`; both at once is an error, as in XML Schema.
    func valueConstraint(of element: XMLTree.Element, name: String, location: SourceLocation) -> ValueConstraint? {
        switch (element.attribute("default"), element.attribute("fixed")) {
        case (let value?, nil): return .defaultValue(value)
        case (nil, let value?): return .fixed(value)
        case (nil, nil): return nil
        case (_?, _?):
            diagnostics.error(
                "element `\(name)` has both `default` and `fixed`, which XML Schema does not allow",
                at: location
            )
            return nil
        }
    }
}
