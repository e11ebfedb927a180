/// Structs: a struct per element or complex type, with its properties, initializer and the enums of its choices.
extension DeclarationBuilder {
    func structure(_ type: GeneratedStruct) -> SwiftDeclaration {
        var conformances = ["SOAPRuntime.SOAPElementCodable", "Swift.Hashable"]
        var members: [SwiftDeclaration] = []
        if let body = type.bodyElement {
            conformances[0] = "SOAPRuntime.SOAPBodyElement"
            members.append(
                .documented(
                    ["The body element's name."],
                    .variable(
                        access: access,
                        isStatic: true,
                        isLet: true,
                        name: "elementName",
                        type: nil,
                        value: SwiftLiteral.string(body.name)
                    )
                )
            )
            members.append(
                .documented(
                    ["The body element's namespace in the namespace table (`ns\(body.namespaceIndex)`)."],
                    .variable(
                        access: access,
                        isStatic: true,
                        isLet: true,
                        name: "namespaceIndex",
                        type: nil,
                        value: String(body.namespaceIndex)
                    )
                )
            )
            if body.acceptsAnyName {
                members.append(
                    .documented(
                        [
                            """
                            An rpc output wrapper: its name is not significant (SOAP 1.1, 7.1), so a reply's is \
                            read whatever it is.
                            """
                        ],
                        .variable(
                            access: access,
                            isStatic: true,
                            isLet: true,
                            name: "acceptsAnyElementName",
                            type: nil,
                            value: "true"
                        )
                    )
                )
            }
        }
        for field in type.fields {
            var doc: [String]
            switch field.placement {
            case .element:
                doc = ["WSDL element `\(field.wireName)`: \(field.kind.schemaType), \(field.occurrenceDescription)."]
            case .attribute:
                doc = ["WSDL attribute `\(field.wireName)`: \(field.kind.schemaType), \(field.occurrenceDescription)."]
            case .text: doc = ["The element's text (simpleContent): \(field.kind.schemaType)."]
            }
            if !field.notes.isEmpty {
                doc.append("")
                doc.append("Restricted by the schema: \(field.notes.joined(separator: ", ")).")
            }
            switch field.valueConstraint {
            case .defaultValue(let value)?:
                doc += [
                    "",
                    """
                    Default `\(value)`: \
                    \(field.placement == .element ? "an empty element" : "an absent attribute") reads as it.
                    """,
                ]
            case .fixed(let value)?:
                doc += [
                    "",
                    """
                    Fixed `\(value)`: no other value is written or read; \
                    \(field.placement == .element ? "an empty element" : "an absent attribute") reads as it.
                    """,
                ]
            case nil:
                break
            }
            guard field.isIndirect else {
                members.append(
                    .documented(
                        doc,
                        .variable(
                            access: access,
                            isStatic: false,
                            isLet: false,
                            name: SwiftNaming.escaped(field.swiftName),
                            type: field.propertyType,
                            value: nil
                        )
                    )
                )
                continue
            }
            // The type contains itself through this field: the value lives in a box, behind a plain property.
            let wrap =
                field.isOptionalInSwift
                ? "newValue.map(SOAPRuntime.SOAPIndirect.init)" : "SOAPRuntime.SOAPIndirect(newValue)"
            let unwrap = field.isOptionalInSwift ? "\(field.storageName)?.value" : "\(field.storageName).value"
            members.append(
                .variable(
                    access: "private",
                    isStatic: false,
                    isLet: false,
                    name: field.storageName,
                    type: field.storageType,
                    value: nil
                )
            )
            members.append(
                .documented(
                    doc + ["", "Kept in a box: the type contains itself through this element."],
                    .function(
                        signature: "\(prefix)var \(SwiftNaming.escaped(field.swiftName)): \(field.propertyType)",
                        body: [
                            .block(header: "get", body: [.line(unwrap)]),
                            .block(header: "set", body: [.line("\(field.storageName) = \(wrap)")]),
                        ]
                    )
                )
            )
        }
        members.append(memberwiseInitializer(type))
        members.append(lexicalValues(type))
        if type.fields.contains(where: { if case .attribute = $0.placement { true } else { false } }) {
            members.append(attributeEncoder(type))
        }
        members.append(encoder(type))
        members.append(decoder(type))
        members += type.nested.map(structure)
        members += type.fields.compactMap(choiceEnumeration)
        return .documented(
            ["WSDL \(type.origin)."],
            .structure(
                access: access,
                name: SwiftNaming.escaped(type.swiftName),
                conformances: conformances,
                members: members
            )
        )
    }

    private func memberwiseInitializer(_ type: GeneratedStruct) -> SwiftDeclaration {
        let parameters = type.fields.map { field -> String in
            let defaultValue: String
            switch field.occurrence {
            case .required: defaultValue = ""
            case .optional: defaultValue = " = nil"
            case .repeated(let minimum, _): defaultValue = minimum > 0 ? "" : " = []"
            }
            return "\(SwiftNaming.escaped(field.swiftName)): \(field.propertyType)\(defaultValue)"
        }
        let body = type.fields.map { field in
            CodeLine.line("self.\(storage: field) = \(Self.boxed(SwiftNaming.escaped(field.swiftName), field))")
        }
        return .documented(
            ["Creates a value from its fields."],
            .function(signature: "\(prefix)init(\(parameters.joined(separator: ", ")))", body: body)
        )
    }

    /// The present simple fields by wire name, so callers can reach the raw wire values.
    private func lexicalValues(_ type: GeneratedStruct) -> SwiftDeclaration {
        var body: [CodeLine] = []
        let scalars = type.fields.filter { field in
            guard case .scalar = field.kind, field.placement == .element else { return false }
            if case .repeated = field.occurrence { return false }
            return true
        }
        if scalars.isEmpty {
            body.append(.line("[:]"))
        } else {
            // Sized for every field up front, so filling it never grows it.
            body.append(.line("var values = [Swift.String: Swift.String](minimumCapacity: \(scalars.count))"))
            for field in scalars {
                let name = SwiftLiteral.string(field.wireName)
                if field.occurrence == .required && !field.isNillable {
                    body.append(.line("values[\(name)] = self.\(field: field).soapLexicalForm"))
                } else {
                    body.append(
                        .block(
                            header: "if let value = self.\(field: field)",
                            body: [.line("values[\(name)] = value.soapLexicalForm")]
                        )
                    )
                }
            }
            body.append(.line("return values"))
        }
        return .documented(
            type.fields.allSatisfy({ $0.placement == .element })
                ? [
                    """
                    The simple fields that are present, by wire name, in their XML Schema lexical form (repeated \
                    and complex
                    """,
                    "fields are not included).",
                ]
                : [
                    """
                    The simple child elements that are present, by wire name, in their XML Schema lexical form \
                    (repeated and
                    """,
                    "complex fields, attributes and the text are not included).",
                ],
            .function(signature: "\(prefix)var lexicalValues: [Swift.String: Swift.String]", body: body)
        )
    }

    /// The enum of a choice field: a case per element, `indirect` where the payload contains the choice's owner.
    private func choiceEnumeration(_ field: GeneratedField) -> SwiftDeclaration? {
        guard case .choice(let swiftType, let alternatives) = field.kind else { return nil }
        let members: [SwiftDeclaration] = alternatives.map { alternative in
            .documented(
                ["Element `\(alternative.wireName)`: \(alternative.kind.schemaType)."],
                .enumerationCase("\(SwiftNaming.escaped(alternative.caseName))(\(alternative.kind.swiftType))")
            )
        }
        let name = String(swiftType.split(separator: ".").last!)
        // An element that contains the choice's owner again needs the enum boxed.
        let isIndirect = alternatives.contains(where: \.isIndirect)
        let modifiers = ([access] + (isIndirect ? ["indirect"] : [])).filter { !$0.isEmpty }.joined(separator: " ")
        return .documented(
            ["WSDL `xsd:choice`: exactly one of \(alternatives.map { "`\($0.wireName)`" }.joined(separator: ", "))."],
            .enumeration(
                access: modifiers,
                name: name,
                conformances: ["Swift.Sendable", "Swift.Hashable"],
                members: members
            )
        )
    }

    /// `expression` as stored: in a box for an indirect field.
    static func boxed(_ expression: String, _ field: GeneratedField) -> String {
        guard field.isIndirect else { return expression }
        guard field.isOptionalInSwift else { return "SOAPRuntime.SOAPIndirect(\(expression))" }
        let operand =
            expression.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "`" }
            ? expression : "(\(expression))"
        return "\(operand).map(SOAPRuntime.SOAPIndirect.init)"
    }
}
