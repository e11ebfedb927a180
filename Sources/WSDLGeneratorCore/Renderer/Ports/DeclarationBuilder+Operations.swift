/// Operations: an enum per operation with its input, output and header types, names and soapAction.
extension DeclarationBuilder {
    func operation(_ operation: GeneratedOperation, portTypeName: String, serviceReference: String) -> SwiftDeclaration
    {
        .documented(
            [
                "WSDL operation `\(operation.wireName)` of port type `\(portTypeName)`.",
                "",
                operation.outputElement.map {
                    """
                    Input element `\(operation.inputElement)`, output element `\($0)`, soapAction \
                    `\(operation.soapAction)`.
                    """
                }
                    ?? """
                    Input element `\(operation.inputElement)`, one-way (no output: a 2xx reply with no body \
                    element), soapAction `\(operation.soapAction)`.
                    """,
            ],
            .enumeration(
                access: access,
                name: SwiftNaming.escaped(operation.swiftName),
                conformances: ["SOAPRuntime.SOAPOperation"],
                members: [
                    .documented(
                        ["The input body element `\(operation.inputElement)`."],
                        .typeAlias(access: access, name: "Input", type: operation.inputType)
                    ),
                    .documented(
                        [
                            operation.outputElement.map { "The output body element `\($0)`." }
                                ?? "One-way: no output body element."
                        ],
                        .typeAlias(access: access, name: "Output", type: operation.outputType)
                    ),
                ] + headerAliases(operation) + [
                    .documented(
                        ["The WSDL operation name."],
                        .variable(
                            access: access,
                            isStatic: true,
                            isLet: true,
                            name: "operationName",
                            type: nil,
                            value: SwiftLiteral.string(operation.wireName)
                        )
                    ),
                    .documented(
                        ["The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint."],
                        .variable(
                            access: access,
                            isStatic: true,
                            isLet: true,
                            name: "wsdlSOAPAction",
                            type: nil,
                            value: SwiftLiteral.string(operation.soapAction)
                        )
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
            aliases.append(
                .documented(
                    ["The input's `soap:header` blocks."],
                    .typeAlias(access: access, name: "InputHeader", type: input)
                )
            )
        }
        if let output = operation.outputHeaderType {
            aliases.append(
                .documented(
                    ["The output's `soap:header` blocks."],
                    .typeAlias(access: access, name: "OutputHeader", type: output)
                )
            )
        }
        return aliases
    }
}

extension SwiftDeclaration {
    /// A computed property: a `var` with a getter that returns `expression`.
    fileprivate func withGetter(_ expression: String) -> SwiftDeclaration {
        guard case .variable(let access, let isStatic, _, let name, let type, _) = self else { return self }
        let head =
            (access.isEmpty ? "" : access + " ") + (isStatic ? "static " : "") + "var \(name): \(type ?? "Swift.Void")"
        return .function(signature: head, body: [.line(expression)])
    }
}
