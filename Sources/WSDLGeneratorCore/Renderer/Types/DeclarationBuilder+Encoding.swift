/// Encoding: a struct's `encodeAttributes(to:)` and `encodeContent(to:)`.
extension DeclarationBuilder {
    /// `encodeAttributes(to:)`: the attributes that are set, in schema order.
    func attributeEncoder(_ type: GeneratedStruct) -> SwiftDeclaration {
        var body: [CodeLine] = []
        for field in type.fields {
            guard case .attribute = field.placement else { continue }
            let namespaceArgument = field.namespaceIndex > 0 ? ", namespaceIndex: \(field.namespaceIndex)" : ""
            let name = SwiftLiteral.string(field.wireName)
            if case .fixed(let value)? = field.valueConstraint {
                body.append(
                    .line(
                        """
                        try writer.checkFixed(self.\(field: field), \(SwiftLiteral.string(value)), of: \
                        \(SwiftLiteral.string("@" + field.wireName)))
                        """
                    )
                )
            }
            if field.occurrence == .required {
                body.append(
                    .line("try writer.writeAttribute(\(name)\(namespaceArgument), value: self.\(field: field))")
                )
            } else {
                body.append(
                    .block(
                        header: "if let value = self.\(field: field)",
                        body: [.line("try writer.writeAttribute(\(name)\(namespaceArgument), value: value)")]
                    )
                )
            }
        }
        return .documented(
            ["Writes the attributes that are set into the element's start tag."],
            .function(
                signature:
                    """
                    \(prefix)func encodeAttributes(to writer: inout SOAPRuntime.SOAPXMLWriter) \
                    throws(SOAPRuntime.SOAPEncodingError)
                    """,
                body: body
            )
        )
    }

    func encoder(_ type: GeneratedStruct) -> SwiftDeclaration {
        var body: [CodeLine] = []
        for field in type.fields {
            switch field.placement {
            case .attribute: continue
            case .text:
                body.append(.line("try writer.writeText(self.\(field: field).soapLexicalForm)"))
                continue
            case .element: break
            }
            let namespaceArgument = field.namespaceIndex > 0 ? ", namespaceIndex: \(field.namespaceIndex)" : ""
            let name = SwiftLiteral.string(field.wireName)
            if case .fixed(let value)? = field.valueConstraint {
                body.append(
                    .line("try writer.checkFixed(self.\(field: field), \(SwiftLiteral.string(value)), of: \(name))")
                )
            }
            if case .any = field.kind {
                if case .repeated(let minimum, let maximum) = field.occurrence, minimum > 0 || maximum != nil {
                    body.append(
                        .line(
                            """
                            try writer.checkCount(self.\(field: field).count, of: \(name), minimum: \(minimum), \
                            maximum: \(maximum.map(String.init) ?? "nil"))
                            """
                        )
                    )
                }
                body.append(
                    .block(
                        header: "for item in self.\(field: field)",
                        body: [.line("try writer.writeRawElement(item)")]
                    )
                )
                continue
            }
            if case .choice(_, let alternatives) = field.kind {
                let writes: [CodeLine] = alternatives.map { alternative in
                    let namespace =
                        alternative.namespaceIndex > 0 ? ", namespaceIndex: \(alternative.namespaceIndex)" : ""
                    return .line(
                        """
                        case .\(SwiftNaming.escaped(alternative.caseName))(let value): try \
                        writer.writeElement(\(SwiftLiteral.string(alternative.wireName))\(namespace), value: value)
                        """
                    )
                }
                let choice = CodeLine.block(
                    header: "switch \(field.occurrence == .optional ? "choice" : "self.\(field.swiftName)")",
                    body: writes,
                    indentsBody: false
                )
                body.append(
                    field.occurrence == .optional
                        ? .block(header: "if let choice = self.\(field: field)", body: [choice]) : choice
                )
                continue
            }
            switch field.occurrence {
            case .required where field.isNillable:
                body.append(
                    .line("try writer.writeNillableElement(\(name)\(namespaceArgument), value: self.\(field: field))")
                )
            case .required:
                body.append(.line("try writer.writeElement(\(name)\(namespaceArgument), value: self.\(field: field))"))
            case .optional:
                body.append(
                    .block(
                        header: "if let value = self.\(field: field)",
                        body: [.line("try writer.writeElement(\(name)\(namespaceArgument), value: value)")]
                    )
                )
            case .repeated(let minimum, let maximum):
                if minimum > 0 || maximum != nil {
                    let maximumText = maximum.map(String.init) ?? "nil"
                    body.append(
                        .line(
                            """
                            try writer.checkCount(self.\(field: field).count, of: \(name), minimum: \(minimum), \
                            maximum: \(maximumText))
                            """
                        )
                    )
                }
                let write = field.isNillable ? "writeNillableElement" : "writeElement"
                body.append(
                    .block(
                        header: "for item in self.\(field: field)",
                        body: [.line("try writer.\(write)(\(name)\(namespaceArgument), value: item)")]
                    )
                )
            }
        }
        return .documented(
            [
                type.fields.contains { $0.placement == .text }
                    ? "Writes the element's text." : "Writes the children of this element in schema order."
            ],
            .function(
                signature:
                    """
                    \(prefix)func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) \
                    throws(SOAPRuntime.SOAPEncodingError)
                    """,
                body: body
            )
        )
    }
}
