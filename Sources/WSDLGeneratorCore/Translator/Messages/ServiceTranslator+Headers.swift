/// The `soap:header` blocks of an operation's input or output.
extension ServiceTranslator {
    /// The struct of an input's or output's `soap:header` blocks, with an optional property per header element (WSDL
    /// 1.1 does not say that a header must be sent); `nil` when there are none.
    mutating func headerStruct(
        _ headers: [SOAPHeader],
        operation: String,
        preferredName: String,
        role: String
    ) -> String? {
        var elements: [LocalElement] = []
        for header in headers {
            if let use = header.use, use != "literal" {
                diagnostics.error(
                    """
                    soap:header of operation `\(operation)` uses use=\"\(use)\"; only use=\"literal\" is supported \
                    (encoded is not)
                    """,
                    at: header.location
                )
                continue
            }
            guard let message = definitions.messages[header.message] else {
                diagnostics.error(
                    "message `\(header.message.localName)` of a soap:header in operation `\(operation)` is not defined",
                    at: header.location
                )
                continue
            }
            guard let part = message.parts.first(where: { $0.name == header.part }) else {
                let available = message.parts.map { "`\($0.name)`" }.joined(separator: ", ")
                diagnostics.error(
                    """
                    soap:header in operation `\(operation)` names part `\(header.part)`, which message \
                    `\(message.name.localName)` does not have (its parts: \(available))
                    """,
                    at: header.location
                )
                continue
            }
            guard let element = part.element else {
                diagnostics.error(
                    """
                    part `\(part.name)` of message `\(message.name.localName)`, a soap:header of operation \
                    `\(operation)`, uses type=; header parts must be element= parts (document/literal)
                    """,
                    at: part.location
                )
                continue
            }
            elements.append(
                LocalElement(declaration: .reference(element), minOccurs: 0, maxOccurs: 1, location: header.location)
            )
        }
        guard let first = headers.first, !elements.isEmpty else { return nil }
        let swiftName = uniqueTopLevelName(
            preferredName,
            for: "the soap:header blocks of operation `\(operation)`",
            at: first.location
        )
        let qualifiedName = "\(namespaceName).\(swiftName)"
        appendTopLevelStruct(
            swiftName,
            qualifiedName: qualifiedName,
            origin: "soap:header blocks of the \(role) of operation `\(operation)`",
            bodyElement: nil,
            of: ComplexTypeDeclaration(name: nil, elements: elements, location: first.location, unsupported: [])
        )
        return qualifiedName
    }
}
