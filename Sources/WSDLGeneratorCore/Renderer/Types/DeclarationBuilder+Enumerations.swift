/// Enumerations: a string enum per simple type restricted to listed values.
extension DeclarationBuilder {
    /// A string enumeration: a case per listed value and one for any other value, so a value the service adds later
    /// still decodes.
    func enumeration(_ type: GeneratedEnumeration) -> SwiftDeclaration {
        var members: [SwiftDeclaration] = type.cases.map { item in
            .documented(["`\(item.wireValue)`"], .enumerationCase(SwiftNaming.escaped(item.swiftName)))
        }
        members.append(
            .documented(
                ["A value the schema does not list: services add values over time."],
                .enumerationCase("\(type.unknownCaseName)(Swift.String)")
            )
        )
        var parse: [CodeLine] = type.cases.map {
            .line("case \(SwiftLiteral.string($0.wireValue)): self = .\(SwiftNaming.escaped($0.swiftName))")
        }
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
        var form: [CodeLine] = type.cases.map {
            .line("case .\(SwiftNaming.escaped($0.swiftName)): \(SwiftLiteral.string($0.wireValue))")
        }
        form.append(.line("case .\(type.unknownCaseName)(let text): text"))
        members.append(
            .documented(
                ["The value as written on the wire."],
                .function(
                    signature: "\(prefix)var soapLexicalForm: Swift.String",
                    body: [.block(header: "switch self", body: form, indentsBody: false)]
                )
            )
        )
        return .documented(
            ["WSDL \(type.origin): one of the values the schema lists, or another the service sent."],
            .enumeration(
                access: access,
                name: SwiftNaming.escaped(type.swiftName),
                conformances: ["SOAPRuntime.SOAPScalar"],
                members: members
            )
        )
    }
}
