/// Decoding: a struct's `init(decoding:)`.
extension DeclarationBuilder {
    func decoder(_ type: GeneratedStruct) -> SwiftDeclaration {
        let elementFields = type.fields.filter { $0.placement == .element }
        let locals = Self.localNames(for: elementFields)
        var body: [CodeLine] = []
        for field in elementFields {
            let local = locals[field.swiftName]!
            switch field.occurrence {
            case .required, .optional:
                // A nillable field's local tells absent (nil) from xsi:nil (.some(nil)).
                body.append(.line("var \(local): \(field.kind.swiftType)\(field.isNillable ? "??" : "?") = nil"))
            case .repeated:
                body.append(.line("var \(local): \(field.propertyType) = []"))
            }
        }
        var cases: [CodeLine] = []
        for field in elementFields {
            let local = locals[field.swiftName]!
            if case .any = field.kind { continue }
            if case .choice(_, let alternatives) = field.kind {
                // Each element of the choice sets the one value; a second one is refused.
                for alternative in alternatives {
                    let payload: String
                    switch alternative.kind {
                    case .scalar(let swiftType, let schemaType):
                        payload =
                            """
                            try SOAPRuntime.SOAPDecoding.scalarItem(\(swiftType).self, from: child, in: element, \
                            xsdType: \(SwiftLiteral.string(schemaType)))
                            """
                    default:
                        payload =
                            """
                            try SOAPRuntime.SOAPDecoding.elementItem(\(alternative.kind.swiftType).self, from: \
                            child, in: element, index: nil)
                            """
                    }
                    cases.append(.line("case \(SwiftLiteral.string(alternative.wireName)):"))
                    cases.append(
                        .line(
                            """
                                \(local) = try SOAPRuntime.SOAPDecoding.alternative(\
                            .\(SwiftNaming.escaped(alternative.caseName))(\(payload)), current: \(local), \
                            from: child, in: element)
                            """
                        )
                    )
                }
                continue
            }
            let decode: String
            switch (field.kind, field.occurrence) {
            case (.scalar(let swiftType, let schemaType), .repeated) where field.isNillable:
                decode =
                    """
                    \(local).append(try SOAPRuntime.SOAPDecoding.nillableScalarItem(\(swiftType).self, from: \
                    child, in: element, xsdType: \(SwiftLiteral.string(schemaType))))
                    """
            case (.structure(let swiftType, _), .repeated) where field.isNillable:
                decode =
                    """
                    \(local).append(try SOAPRuntime.SOAPDecoding.nillableElementItem(\(swiftType).self, from: \
                    child, in: element, index: \(local).count))
                    """
            case (.scalar(let swiftType, let schemaType), _) where field.isNillable:
                decode =
                    """
                    \(local) = .some(try SOAPRuntime.SOAPDecoding.nillableScalar(\(swiftType).self, current: \
                    \(local), from: child, in: element, xsdType: \(SwiftLiteral.string(schemaType))))
                    """
            case (.structure(let swiftType, _), _) where field.isNillable:
                decode =
                    """
                    \(local) = .some(try SOAPRuntime.SOAPDecoding.nillableElement(\(swiftType).self, current: \
                    \(local), from: child, in: element))
                    """
            case (.scalar(let swiftType, let schemaType), .repeated):
                decode =
                    """
                    \(local).append(try SOAPRuntime.SOAPDecoding.scalarItem(\(swiftType).self, from: child, in: \
                    element, xsdType: \(SwiftLiteral.string(schemaType))\(Self.constraintArguments(field))))
                    """
            case (.scalar(let swiftType, let schemaType), _):
                decode =
                    """
                    \(local) = try SOAPRuntime.SOAPDecoding.scalar(\(swiftType).self, current: \(local), from: \
                    child, in: element, xsdType: \
                    \(SwiftLiteral.string(schemaType))\(Self.constraintArguments(field)))
                    """
            case (.structure(let swiftType, _), .repeated):
                decode =
                    """
                    \(local).append(try SOAPRuntime.SOAPDecoding.elementItem(\(swiftType).self, from: child, in: \
                    element, index: \(local).count))
                    """
            case (.structure, _), (.choice, _), (.any, _):
                // A structure; choices and any were handled above.
                decode =
                    """
                    \(local) = try SOAPRuntime.SOAPDecoding.element(\(field.kind.swiftType).self, current: \
                    \(local), from: child, in: element)
                    """
            }
            cases.append(.line("case \(SwiftLiteral.string(field.wireName)):"))
            cases.append(.line("    " + decode))
        }
        cases.append(.line("default:"))
        if let any = elementFields.first(where: { $0.kind == .any }) {
            cases.append(.line("    // The schema's xsd:any: elements no other field takes are kept as they came."))
            cases.append(.line("    \(locals[any.swiftName]!).append(child)"))
        } else {
            cases.append(.line("    // Elements the schema does not list are skipped: services add fields over time."))
            cases.append(.line("    continue"))
        }
        if type.fields.isEmpty {
            body.append(.line("_ = element"))
        } else if !elementFields.isEmpty {
            body.append(
                .block(
                    header: "for child in element.children",
                    body: [.block(header: "switch child.localName", body: cases, indentsBody: false)]
                )
            )
        }
        for field in type.fields {
            switch field.placement {
            case .element: break
            case .text:
                guard case .scalar(let swiftType, let schemaType) = field.kind else { continue }
                body.append(
                    .line(
                        """
                        self.\(storage: field) = try SOAPRuntime.SOAPDecoding.text(\(swiftType).self, of: element, \
                        xsdType: \(SwiftLiteral.string(schemaType)))
                        """
                    )
                )
                continue
            case .attribute(let isQualified):
                guard case .scalar(let swiftType, let schemaType) = field.kind else { continue }
                let name = SwiftLiteral.string(field.wireName)
                let qualified = isQualified ? ", isQualified: true" : ""
                var read =
                    """
                    SOAPRuntime.SOAPDecoding.attribute(\(swiftType).self, \(name)\(qualified), of: element, \
                    xsdType: \(SwiftLiteral.string(schemaType))\(Self.constraintArguments(field)))
                    """
                if field.occurrence == .required, field.valueConstraint == nil {
                    read = "SOAPRuntime.SOAPDecoding.requiredAttribute(\(read), \(name), of: element)"
                }
                body.append(.line("self.\(storage: field) = try \(read)"))
                continue
            }
            let local = locals[field.swiftName]!
            let name = SwiftLiteral.string(field.wireName)
            switch field.occurrence {
            case .required:
                let required = "try SOAPRuntime.SOAPDecoding.required(\(local), \(name), in: element)"
                body.append(.line("self.\(storage: field) = \(Self.boxed(required, field))"))
            case .optional where field.isNillable:
                body.append(.line("self.\(storage: field) = \(Self.boxed("\(local) ?? nil", field))"))
            case .optional:
                body.append(.line("self.\(storage: field) = \(Self.boxed(local, field))"))
            case .repeated(let minimum, _) where minimum > 0:
                body.append(
                    .line(
                        """
                        self.\(field: field) = try SOAPRuntime.SOAPDecoding.checkCount(\(local), \(name), minimum: \
                        \(minimum), in: element)
                        """
                    )
                )
            case .repeated:
                body.append(.line("self.\(field: field) = \(local)"))
            }
        }
        return .documented(
            [
                "Reads the element's children by local name, in any order; unknown children are skipped.",
                "",
                """
                - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value \
                does not parse.
                """,
            ],
            .function(
                signature:
                    "\(prefix)init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError)",
                body: body
            )
        )
    }

    /// `, constraint: .defaultValue("…")` or `, constraint: .fixed("…")` for a field with a value constraint.
    private static func constraintArguments(_ field: GeneratedField) -> String {
        switch field.valueConstraint {
        case .defaultValue(let value)?: ", constraint: .defaultValue(\(SwiftLiteral.string(value)))"
        case .fixed(let value)?: ", constraint: .fixed(\(SwiftLiteral.string(value)))"
        case nil: ""
        }
    }

    /// The local variables a decoder uses for the fields, by property name: a field's own name unless it would hide
    /// the decoder's own names, and never one another's.
    private static func localNames(for fields: [GeneratedField]) -> [String: String] {
        let reserved: Set<String> = ["element", "child", "writer", "value", "item"]
        var used = reserved.union(fields.map(\.swiftName))
        var locals: [String: String] = [:]
        for field in fields {
            guard reserved.contains(field.swiftName) else {
                locals[field.swiftName] = SwiftNaming.escaped(field.swiftName)
                continue
            }
            var local = field.swiftName + "Value"
            var counter = 2
            while used.contains(local) {
                local = field.swiftName + "Value\(counter)"
                counter += 1
            }
            used.insert(local)
            locals[field.swiftName] = local
        }
        return locals
    }
}
