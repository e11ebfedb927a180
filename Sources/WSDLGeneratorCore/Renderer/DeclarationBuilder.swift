/// Turns a ``GeneratedService`` into Swift declarations: a namespace enum holding the first port's service
/// description and one ``SOAPRuntime/SOAPOperation`` enum per operation, an enum of the same for every other port, and
/// one struct per element or complex type.
struct DeclarationBuilder {
    let service: GeneratedService
    let accessModifier: AccessModifier
    let rebasesOnEndpoint: Bool

    private var access: String { accessModifier.rawValue }

    func file() -> SwiftFile {
        let namespace = service.namespaceName
        let usesFoundation = service.types.contains { $0.usesFoundation }
        var imports = [
            "\(accessModifier.importPrefix)import SOAPRuntime",
            "\(accessModifier.importPrefix)import SOAPXML",
        ]
        if usesFoundation {
            imports.insert("\(accessModifier.importPrefix)import Foundation", at: 0)
        }
        let primary = service.port
        var members = portMembers(primary, qualifiedName: namespace)
        members += service.additionalPorts.map(additionalPort)
        members += service.types.map(structure)
        members += service.enumerations.map(enumeration)
        let binding = "\(primary.soapVersion.displayName), \(primary.bindingStyle)"
        let header = [
            "smsc-wsdl-gen wrote this file from \(service.sourceFileName); edit the WSDL instead, changes here are overwritten.",
            "Service `\(primary.serviceName)`, port `\(primary.portName)`, binding `\(primary.bindingName)` (\(binding)).",
        ]
        var summary = [
            "The SOAP operations and types of `\(service.sourceFileName)`.",
            "",
            "Port type `\(primary.portTypeName)` through binding `\(primary.bindingName)` (\(binding))",
        ]
        if !primary.portName.isEmpty {
            summary[2] += " at port `\(primary.portName)` of service `\(primary.serviceName)`."
        } else {
            summary[2] += "."
        }
        return SwiftFile(
            headerComments: header,
            imports: imports,
            declarations: [
                .documented(
                    summary,
                    .enumeration(access: access, name: namespace, conformances: [], members: members)
                )
            ]
        )
    }

    /// A port's service description, operation names and operations, in the enum `qualifiedName`.
    private func portMembers(_ port: GeneratedPort, qualifiedName: String) -> [SwiftDeclaration] {
        var members: [SwiftDeclaration] = [serviceDescription(of: port)]
        members.append(
            .documented(
                ["The WSDL names of the port's operations, in WSDL order."],
                .variable(
                    access: access,
                    isStatic: true,
                    isLet: true,
                    name: "operationNames",
                    type: "[Swift.String]",
                    value: "[" + port.operations.map { SwiftLiteral.string($0.wireName) }.joined(separator: ", ") + "]"
                )
            )
        )
        members += port.operations.map { operation($0, portTypeName: port.portTypeName, serviceReference: "\(qualifiedName).service") }
        return members
    }

    /// A port after the first: an enum with its own service description and operations, using the namespace's types.
    private func additionalPort(_ port: GeneratedPort) -> SwiftDeclaration {
        let swiftName = port.swiftName ?? ""
        let binding = "\(port.soapVersion.displayName), \(port.bindingStyle)"
        let place = port.portName.isEmpty ? "no port uses it, so clients pass an endpoint" : "port `\(port.portName)` of service `\(port.serviceName)`"
        return .documented(
            [
                "Port type `\(port.portTypeName)` through binding `\(port.bindingName)` (\(binding)): \(place).",
                "",
                "Its operations use the types of `\(service.namespaceName)`.",
            ],
            .enumeration(
                access: access,
                name: SwiftNaming.escaped(swiftName),
                conformances: [],
                members: portMembers(port, qualifiedName: "\(service.namespaceName).\(swiftName)")
            )
        )
    }

    private func serviceDescription(of port: GeneratedPort) -> SwiftDeclaration {
        let version = port.soapVersion == .soap11 ? ".soap11" : ".soap12"
        let namespaces = "[" + service.namespaces.map(SwiftLiteral.string).joined(separator: ", ") + "]"
        let rebasing = rebasesOnEndpoint ? ", rebasesOnEndpoint: true" : ""
        return .documented(
            [
                "The WSDL's `targetNamespace`, `soap:address` and namespace table.",
                "",
                rebasesOnEndpoint
                    ? "Requests rebase every URL on the address's origin onto the endpoint they are sent to; see"
                    : "Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see",
                "`SOAPRuntime.SOAPAddressing`.",
            ],
            .variable(
                access: access,
                isStatic: true,
                isLet: true,
                name: "service",
                type: nil,
                value: """
                    SOAPRuntime.SOAPServiceDescription(targetNamespace: \(SwiftLiteral.string(service.targetNamespace)), \
                    address: \(SwiftLiteral.string(port.address)), namespaces: \(namespaces), soapVersion: \(version)\(rebasing))
                    """
            )
        )
    }

    private func operation(_ operation: GeneratedOperation, portTypeName: String, serviceReference: String) -> SwiftDeclaration {
        .documented(
            [
                "WSDL operation `\(operation.wireName)` of port type `\(portTypeName)`.",
                "",
                operation.outputElement.map {
                    "Input element `\(operation.inputElement)`, output element `\($0)`, soapAction `\(operation.soapAction)`."
                } ?? "Input element `\(operation.inputElement)`, one-way (no output: a 2xx reply with no body element), soapAction `\(operation.soapAction)`.",
            ],
            .enumeration(
                access: access,
                name: SwiftNaming.escaped(operation.swiftName),
                conformances: ["SOAPRuntime.SOAPOperation"],
                members: [
                    .documented(["The input body element `\(operation.inputElement)`."], .typeAlias(access: access, name: "Input", type: operation.inputType)),
                    .documented(
                        [operation.outputElement.map { "The output body element `\($0)`." } ?? "One-way: no output body element."],
                        .typeAlias(access: access, name: "Output", type: operation.outputType)
                    ),
                ] + headerAliases(operation) + [
                    .documented(
                        ["The WSDL operation name."],
                        .variable(access: access, isStatic: true, isLet: true, name: "operationName", type: nil, value: SwiftLiteral.string(operation.wireName))
                    ),
                    .documented(
                        ["The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint."],
                        .variable(access: access, isStatic: true, isLet: true, name: "wsdlSOAPAction", type: nil, value: SwiftLiteral.string(operation.soapAction))
                    ),
                    .documented(
                        ["The port this operation belongs to."],
                        .variable(
                            access: access,
                            isStatic: true,
                            isLet: false,
                            name: "service",
                            type: "SOAPRuntime.SOAPServiceDescription",
                            value: nil
                        )
                        .withGetter(serviceReference)
                    ),
                ]
            )
        )
    }

    /// `InputHeader` and `OutputHeader`, for an operation whose binding declares `soap:header`s.
    private func headerAliases(_ operation: GeneratedOperation) -> [SwiftDeclaration] {
        var aliases: [SwiftDeclaration] = []
        if let input = operation.inputHeaderType {
            aliases.append(.documented(["The input's `soap:header` blocks."], .typeAlias(access: access, name: "InputHeader", type: input)))
        }
        if let output = operation.outputHeaderType {
            aliases.append(.documented(["The output's `soap:header` blocks."], .typeAlias(access: access, name: "OutputHeader", type: output)))
        }
        return aliases
    }

    private func structure(_ type: GeneratedStruct) -> SwiftDeclaration {
        var conformances = ["SOAPRuntime.SOAPElementCodable", "Swift.Hashable"]
        var members: [SwiftDeclaration] = []
        if let body = type.bodyElement {
            conformances[0] = "SOAPRuntime.SOAPBodyElement"
            members.append(
                .documented(
                    ["The body element's name."],
                    .variable(access: access, isStatic: true, isLet: true, name: "elementName", type: nil, value: SwiftLiteral.string(body.name))
                )
            )
            members.append(
                .documented(
                    ["The body element's namespace in the namespace table (`ns\(body.namespaceIndex)`)."],
                    .variable(access: access, isStatic: true, isLet: true, name: "namespaceIndex", type: nil, value: String(body.namespaceIndex))
                )
            )
            if body.acceptsAnyName {
                members.append(
                    .documented(
                        ["An rpc output wrapper: its name is not significant (SOAP 1.1, 7.1), so a reply's is read whatever it is."],
                        .variable(access: access, isStatic: true, isLet: true, name: "acceptsAnyElementName", type: nil, value: "true")
                    )
                )
            }
        }
        for field in type.fields {
            var doc: [String]
            switch field.placement {
            case .element: doc = ["WSDL element `\(field.wireName)`: \(field.kind.schemaType), \(field.occurrenceDescription)."]
            case .attribute: doc = ["WSDL attribute `\(field.wireName)`: \(field.kind.schemaType), \(field.occurrenceDescription)."]
            case .text: doc = ["The element's text (simpleContent): \(field.kind.schemaType)."]
            }
            if !field.notes.isEmpty {
                doc.append("")
                doc.append("Restricted by the schema: \(field.notes.joined(separator: ", ")).")
            }
            switch field.valueConstraint {
            case .defaultValue(let value)?:
                doc += ["", "Default `\(value)`: \(field.placement == .element ? "an empty element" : "an absent attribute") reads as it."]
            case .fixed(let value)?:
                doc += [
                    "",
                    "Fixed `\(value)`: no other value is written or read; \(field.placement == .element ? "an empty element" : "an absent attribute") reads as it.",
                ]
            case nil:
                break
            }
            guard field.isIndirect else {
                members.append(
                    .documented(
                        doc,
                        .variable(access: access, isStatic: false, isLet: false, name: SwiftNaming.escaped(field.swiftName), type: field.propertyType, value: nil)
                    )
                )
                continue
            }
            // The type contains itself through this field: the value lives in a box, behind a plain property.
            let wrap = field.isOptionalInSwift ? "newValue.map(SOAPRuntime.SOAPIndirect.init)" : "SOAPRuntime.SOAPIndirect(newValue)"
            let unwrap = field.isOptionalInSwift ? "\(field.storageName)?.value" : "\(field.storageName).value"
            members.append(
                .variable(access: "private", isStatic: false, isLet: false, name: field.storageName, type: field.storageType, value: nil)
            )
            members.append(
                .documented(
                    doc + ["", "Kept in a box: the type contains itself through this element."],
                    .function(
                        signature: "\(prefix)var \(SwiftNaming.escaped(field.swiftName)): \(field.propertyType)",
                        body: [.block(header: "get", body: [.line(unwrap)]), .block(header: "set", body: [.line("\(field.storageName) = \(wrap)")])]
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
            .structure(access: access, name: SwiftNaming.escaped(type.swiftName), conformances: conformances, members: members)
        )
    }

    /// A string enumeration: a case per listed value and one for any other value, so a value the service adds later
    /// still decodes.
    private func enumeration(_ type: GeneratedEnumeration) -> SwiftDeclaration {
        var members: [SwiftDeclaration] = type.cases.map { item in
            .documented(["`\(item.wireValue)`"], .enumerationCase(SwiftNaming.escaped(item.swiftName)))
        }
        members.append(
            .documented(
                ["A value the schema does not list: services add values over time."],
                .enumerationCase("\(type.unknownCaseName)(Swift.String)")
            )
        )
        var parse: [CodeLine] = type.cases.map { .line("case \(SwiftLiteral.string($0.wireValue)): self = .\(SwiftNaming.escaped($0.swiftName))") }
        parse.append(.line("default: self = .\(type.unknownCaseName)(text)"))
        members.append(
            .documented(
                ["Reads a listed value, or keeps any other as `\(type.unknownCaseName)`; never fails."],
                .function(
                    signature: "\(prefix)init?(soapLexicalForm text: Swift.String)",
                    body: [.block(header: "switch text", body: parse, indentsBody: false)]
                )
            )
        )
        var form: [CodeLine] = type.cases.map { .line("case .\(SwiftNaming.escaped($0.swiftName)): \(SwiftLiteral.string($0.wireValue))") }
        form.append(.line("case .\(type.unknownCaseName)(let text): text"))
        members.append(
            .documented(
                ["The value as written on the wire."],
                .function(signature: "\(prefix)var soapLexicalForm: Swift.String", body: [.block(header: "switch self", body: form, indentsBody: false)])
            )
        )
        return .documented(
            ["WSDL \(type.origin): one of the values the schema lists, or another the service sent."],
            .enumeration(access: access, name: SwiftNaming.escaped(type.swiftName), conformances: ["SOAPRuntime.SOAPScalar"], members: members)
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
            // Sized for every field up front: growing a dictionary of 14 fields rehashed it three times per reply.
            body.append(.line("var values = [Swift.String: Swift.String](minimumCapacity: \(scalars.count))"))
            for field in scalars {
                let name = SwiftLiteral.string(field.wireName)
                if field.occurrence == .required && !field.isNillable {
                    body.append(.line("values[\(name)] = self.\(field: field).soapLexicalForm"))
                } else {
                    body.append(.block(header: "if let value = self.\(field: field)", body: [.line("values[\(name)] = value.soapLexicalForm")]))
                }
            }
            body.append(.line("return values"))
        }
        return .documented(
            type.fields.allSatisfy({ $0.placement == .element })
                ? ["The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex", "fields are not included)."]
                : [
                    "The simple child elements that are present, by wire name, in their XML Schema lexical form (repeated and",
                    "complex fields, attributes and the text are not included).",
                ],
            .function(signature: "\(prefix)var lexicalValues: [Swift.String: Swift.String]", body: body)
        )
    }

    /// `encodeAttributes(to:)`: the attributes that are set, in schema order.
    private func attributeEncoder(_ type: GeneratedStruct) -> SwiftDeclaration {
        var body: [CodeLine] = []
        for field in type.fields {
            guard case .attribute = field.placement else { continue }
            let namespaceArgument = field.namespaceIndex > 0 ? ", namespaceIndex: \(field.namespaceIndex)" : ""
            let name = SwiftLiteral.string(field.wireName)
            if case .fixed(let value)? = field.valueConstraint {
                body.append(.line("try writer.checkFixed(self.\(field: field), \(SwiftLiteral.string(value)), of: \(SwiftLiteral.string("@" + field.wireName)))"))
            }
            if field.occurrence == .required {
                body.append(.line("try writer.writeAttribute(\(name)\(namespaceArgument), value: self.\(field: field))"))
            } else {
                body.append(
                    .block(header: "if let value = self.\(field: field)", body: [.line("try writer.writeAttribute(\(name)\(namespaceArgument), value: value)")])
                )
            }
        }
        return .documented(
            ["Writes the attributes that are set into the element's start tag."],
            .function(
                signature: "\(prefix)func encodeAttributes(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError)",
                body: body
            )
        )
    }

    private func encoder(_ type: GeneratedStruct) -> SwiftDeclaration {
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
                body.append(.line("try writer.checkFixed(self.\(field: field), \(SwiftLiteral.string(value)), of: \(name))"))
            }
            if case .any = field.kind {
                if case .repeated(let minimum, let maximum) = field.occurrence, minimum > 0 || maximum != nil {
                    body.append(.line("try writer.checkCount(self.\(field: field).count, of: \(name), minimum: \(minimum), maximum: \(maximum.map(String.init) ?? "nil"))"))
                }
                body.append(.block(header: "for item in self.\(field: field)", body: [.line("try writer.writeRawElement(item)")]))
                continue
            }
            if case .choice(_, let alternatives) = field.kind {
                let writes: [CodeLine] = alternatives.map { alternative in
                    let namespace = alternative.namespaceIndex > 0 ? ", namespaceIndex: \(alternative.namespaceIndex)" : ""
                    return .line(
                        "case .\(SwiftNaming.escaped(alternative.caseName))(let value): try writer.writeElement(\(SwiftLiteral.string(alternative.wireName))\(namespace), value: value)"
                    )
                }
                let choice = CodeLine.block(header: "switch \(field.occurrence == .optional ? "choice" : "self.\(field.swiftName)")", body: writes, indentsBody: false)
                body.append(field.occurrence == .optional ? .block(header: "if let choice = self.\(field: field)", body: [choice]) : choice)
                continue
            }
            switch field.occurrence {
            case .required where field.isNillable:
                body.append(.line("try writer.writeNillableElement(\(name)\(namespaceArgument), value: self.\(field: field))"))
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
                    body.append(.line("try writer.checkCount(self.\(field: field).count, of: \(name), minimum: \(minimum), maximum: \(maximumText))"))
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
            [type.fields.contains { $0.placement == .text } ? "Writes the element's text." : "Writes the children of this element in schema order."],
            .function(
                signature: "\(prefix)func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError)",
                body: body
            )
        )
    }

    private func decoder(_ type: GeneratedStruct) -> SwiftDeclaration {
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
                        payload = "try SOAPRuntime.SOAPDecoding.scalarItem(\(swiftType).self, from: child, in: element, xsdType: \(SwiftLiteral.string(schemaType)))"
                    default:
                        payload = "try SOAPRuntime.SOAPDecoding.elementItem(\(alternative.kind.swiftType).self, from: child, in: element, index: nil)"
                    }
                    cases.append(.line("case \(SwiftLiteral.string(alternative.wireName)):"))
                    cases.append(
                        .line("    \(local) = try SOAPRuntime.SOAPDecoding.alternative(.\(SwiftNaming.escaped(alternative.caseName))(\(payload)), current: \(local), from: child, in: element)")
                    )
                }
                continue
            }
            let decode: String
            switch (field.kind, field.occurrence) {
            case (.scalar(let swiftType, let schemaType), .repeated) where field.isNillable:
                decode = "\(local).append(try SOAPRuntime.SOAPDecoding.nillableScalarItem(\(swiftType).self, from: child, in: element, xsdType: \(SwiftLiteral.string(schemaType))))"
            case (.structure(let swiftType, _), .repeated) where field.isNillable:
                decode = "\(local).append(try SOAPRuntime.SOAPDecoding.nillableElementItem(\(swiftType).self, from: child, in: element, index: \(local).count))"
            case (.scalar(let swiftType, let schemaType), _) where field.isNillable:
                decode = "\(local) = .some(try SOAPRuntime.SOAPDecoding.nillableScalar(\(swiftType).self, current: \(local), from: child, in: element, xsdType: \(SwiftLiteral.string(schemaType))))"
            case (.structure(let swiftType, _), _) where field.isNillable:
                decode = "\(local) = .some(try SOAPRuntime.SOAPDecoding.nillableElement(\(swiftType).self, current: \(local), from: child, in: element))"
            case (.scalar(let swiftType, let schemaType), .repeated):
                decode = "\(local).append(try SOAPRuntime.SOAPDecoding.scalarItem(\(swiftType).self, from: child, in: element, xsdType: \(SwiftLiteral.string(schemaType))\(Self.constraintArguments(field))))"
            case (.scalar(let swiftType, let schemaType), _):
                decode = "\(local) = try SOAPRuntime.SOAPDecoding.scalar(\(swiftType).self, current: \(local), from: child, in: element, xsdType: \(SwiftLiteral.string(schemaType))\(Self.constraintArguments(field)))"
            case (.structure(let swiftType, _), .repeated):
                decode = "\(local).append(try SOAPRuntime.SOAPDecoding.elementItem(\(swiftType).self, from: child, in: element, index: \(local).count))"
            case (.structure, _), (.choice, _), (.any, _):
                // A structure; choices and any were handled above.
                decode = "\(local) = try SOAPRuntime.SOAPDecoding.element(\(field.kind.swiftType).self, current: \(local), from: child, in: element)"
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
                .block(header: "for child in element.children", body: [.block(header: "switch child.localName", body: cases, indentsBody: false)])
            )
        }
        for field in type.fields {
            switch field.placement {
            case .element: break
            case .text:
                guard case .scalar(let swiftType, let schemaType) = field.kind else { continue }
                body.append(
                    .line("self.\(storage: field) = try SOAPRuntime.SOAPDecoding.text(\(swiftType).self, of: element, xsdType: \(SwiftLiteral.string(schemaType)))")
                )
                continue
            case .attribute(let isQualified):
                guard case .scalar(let swiftType, let schemaType) = field.kind else { continue }
                let name = SwiftLiteral.string(field.wireName)
                let qualified = isQualified ? ", isQualified: true" : ""
                var read = "SOAPRuntime.SOAPDecoding.attribute(\(swiftType).self, \(name)\(qualified), of: element, xsdType: \(SwiftLiteral.string(schemaType))\(Self.constraintArguments(field)))"
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
                body.append(.line("self.\(storage: field) = \(Self.boxed("try SOAPRuntime.SOAPDecoding.required(\(local), \(name), in: element)", field))"))
            case .optional where field.isNillable:
                body.append(.line("self.\(storage: field) = \(Self.boxed("\(local) ?? nil", field))"))
            case .optional:
                body.append(.line("self.\(storage: field) = \(Self.boxed(local, field))"))
            case .repeated(let minimum, _) where minimum > 0:
                body.append(.line("self.\(field: field) = try SOAPRuntime.SOAPDecoding.checkCount(\(local), \(name), minimum: \(minimum), in: element)"))
            case .repeated:
                body.append(.line("self.\(field: field) = \(local)"))
            }
        }
        return .documented(
            [
                "Reads the element's children by local name, in any order; unknown children are skipped.",
                "",
                "- Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.",
            ],
            .function(
                signature: "\(prefix)init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError)",
                body: body
            )
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
            .enumeration(access: modifiers, name: name, conformances: ["Swift.Sendable", "Swift.Hashable"], members: members)
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

    /// `expression` as stored: in a box for an indirect field.
    private static func boxed(_ expression: String, _ field: GeneratedField) -> String {
        guard field.isIndirect else { return expression }
        guard field.isOptionalInSwift else { return "SOAPRuntime.SOAPIndirect(\(expression))" }
        let operand = expression.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "`" } ? expression : "(\(expression))"
        return "\(operand).map(SOAPRuntime.SOAPIndirect.init)"
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

    private var prefix: String {
        access.isEmpty ? "" : access + " "
    }
}

/// The access level of generated declarations.
public enum AccessModifier: String, Sendable, Hashable, CaseIterable {
    case `public`
    case package
    case `internal`

    /// The modifier for the runtime imports: public API that names runtime types needs a matching import.
    var importPrefix: String {
        switch self {
        case .public: "public "
        case .package: "package "
        case .internal: ""
        }
    }
}

extension DefaultStringInterpolation {
    /// A field as written after `self.`, where keywords need no backticks.
    fileprivate mutating func appendInterpolation(field: GeneratedField) {
        appendLiteral(field.swiftName)
    }

    /// The stored property behind a field: the box of an indirect one, the field itself otherwise.
    fileprivate mutating func appendInterpolation(storage field: GeneratedField) {
        appendLiteral(field.isIndirect ? field.storageName : field.swiftName)
    }
}

extension SwiftDeclaration {
    /// A computed property: a `var` with a getter that returns `expression`.
    fileprivate func withGetter(_ expression: String) -> SwiftDeclaration {
        guard case .variable(let access, let isStatic, _, let name, let type, _) = self else { return self }
        let head = (access.isEmpty ? "" : access + " ") + (isStatic ? "static " : "") + "var \(name): \(type ?? "Swift.Void")"
        return .function(signature: head, body: [.line(expression)])
    }
}

extension GeneratedStruct {
    var usesFoundation: Bool {
        fields.contains { field in
            if case .choice(_, let alternatives) = field.kind {
                return alternatives.contains { BuiltinSimpleType.needsFoundation($0.kind.swiftType) }
            }
            return BuiltinSimpleType.needsFoundation(field.kind.swiftType)
        } || nested.contains { $0.usesFoundation }
    }
}

/// Swift source literals.
enum SwiftLiteral {
    /// A string literal that reads back as exactly `value`.
    static func string(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
