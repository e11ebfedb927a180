/// Messages and parts: the body element of a document/literal message, or the wrapper of an rpc/literal one.
extension ServiceTranslator {
    /// The body element's name and struct for a message: its element part's (document style), or a wrapper named after
    /// the operation holding an element per part (rpc style).
    mutating func body(
        of message: QName,
        isRPC: Bool,
        wrapperName: String,
        operation: String,
        body: SOAPBody?,
        preferredName: String,
        role: String,
        at location: SourceLocation
    ) -> (element: String, type: String)? {
        if isRPC {
            guard
                let type = rpcWrapper(
                    of: message,
                    named: wrapperName,
                    operation: operation,
                    body: body,
                    preferredName: preferredName,
                    role: role,
                    at: location
                )
            else {
                return nil
            }
            return (wrapperName, type)
        }
        guard let element = bodyElement(of: message, operation: operation, body: body, at: location),
            let type = bodyStruct(element, preferredName: preferredName, role: "\(role) of operation `\(operation)`")
        else { return nil }
        return (element.name.localName, type)
    }

    /// rpc/literal (WSDL 1.1, 3.5; WS-I Basic Profile 1.1, 4.7.10): the body holds one element named after the
    /// operation (with `Response` appended for the output) in the namespace `soap:body` names, with an unqualified
    /// child per part, named after the part and of its `type`.
    private mutating func rpcWrapper(
        of messageName: QName,
        named wrapperName: String,
        operation: String,
        body: SOAPBody?,
        preferredName: String,
        role: String,
        at location: SourceLocation
    ) -> String? {
        guard let message = definitions.messages[messageName] else {
            diagnostics.error(
                "message `\(messageName.localName)` of operation `\(operation)` is not defined",
                at: location
            )
            return nil
        }
        var parts = message.parts
        if let names = body?.parts?.split(separator: " ").map(String.init) {
            parts = message.parts.filter { names.contains($0.name) }
            for name in names where !message.parts.contains(where: { $0.name == name }) {
                diagnostics.error(
                    """
                    soap:body parts= of operation `\(operation)` names part `\(name)`, which message \
                    `\(message.name.localName)` does not have
                    """,
                    at: body!.location
                )
            }
        }
        var elements: [LocalElement] = []
        for part in parts {
            if let type = part.type {
                elements.append(
                    LocalElement(
                        declaration: .local(name: part.name, namespaceURI: nil, type: .named(type)),
                        minOccurs: 1,
                        maxOccurs: 1,
                        location: part.location
                    )
                )
            } else if let element = part.element {
                elements.append(
                    LocalElement(declaration: .reference(element), minOccurs: 1, maxOccurs: 1, location: part.location)
                )
            } else {
                diagnostics.error(
                    "part `\(part.name)` of message `\(message.name.localName)` has neither type= nor element=",
                    at: part.location
                )
            }
        }
        let swiftName = uniqueTopLevelName(preferredName, for: "the rpc wrapper `\(wrapperName)`", at: location)
        let qualifiedName = "\(namespaceName).\(swiftName)"
        let namespaceIndex = body?.namespace.map { self.namespaceIndex(of: $0) } ?? 0
        appendTopLevelStruct(
            swiftName,
            qualifiedName: qualifiedName,
            origin:
                """
                rpc/literal wrapper `\(wrapperName)` (\(role) of operation `\(operation)`, a child per part of \
                message `\(message.name.localName)`)
                """,
            bodyElement: .init(name: wrapperName, namespaceIndex: namespaceIndex, acceptsAnyName: role == "output"),
            of: ComplexTypeDeclaration(name: nil, elements: elements, location: message.location, unsupported: [])
        )
        return qualifiedName
    }

    private func bodyElement(
        of messageName: QName,
        operation: String,
        body: SOAPBody?,
        at location: SourceLocation
    ) -> ElementDeclaration? {
        guard let message = definitions.messages[messageName] else {
            diagnostics.error(
                "message `\(messageName.localName)` of operation `\(operation)` is not defined",
                at: location
            )
            return nil
        }
        let part: Part
        if let body, let parts = body.parts {
            // soap:body parts= picks the body's part; the others travel in headers (reported where they are bound) or
            // not at all.
            let names = parts.split(separator: " ").map(String.init)
            guard names.count == 1, let named = message.parts.first(where: { $0.name == names[0] }) else {
                let available = message.parts.map { "`\($0.name)`" }.joined(separator: ", ")
                diagnostics.error(
                    """
                    soap:body parts=\"\(parts)\" of operation `\(operation)` must name exactly one part of message \
                    `\(message.name.localName)` (its parts: \(available))
                    """,
                    at: body.location
                )
                return nil
            }
            part = named
        } else {
            guard message.parts.count == 1, let only = message.parts.first else {
                let hint = message.parts.isEmpty ? "" : " (name it with soap:body parts=)"
                diagnostics.error(
                    """
                    message `\(message.name.localName)` has \(message.parts.count) parts; document/literal needs \
                    exactly one element part in the body\(hint)
                    """,
                    at: message.location
                )
                return nil
            }
            part = only
        }
        guard let elementName = part.element else {
            diagnostics.error(
                """
                part `\(part.name)` of message `\(message.name.localName)` uses type=, which is rpc style; only \
                element= parts (document/literal) are supported
                """,
                at: part.location
            )
            return nil
        }
        guard let element = definitions.schemas.elements[elementName] else {
            diagnostics.error(
                """
                element \(display(elementName)) of message `\(message.name.localName)` is not defined in the \
                WSDL's schemas
                """,
                at: part.location
            )
            return nil
        }
        return element
    }

    private mutating func bodyStruct(_ element: ElementDeclaration, preferredName: String, role: String) -> String? {
        if let existing = state.bodyStructs[element.name] { return existing }
        report(element.unsupported)
        let swiftName = uniqueTopLevelName(
            preferredName,
            for: "element `\(element.name.localName)`",
            at: element.location
        )
        let qualifiedName = "\(namespaceName).\(swiftName)"
        let complexType: ComplexTypeDeclaration
        var origin = "element `\(element.name.localName)` (\(role))"
        switch element.type {
        case .anonymousComplex(let type):
            complexType = type
        case .named(let typeName):
            guard let type = definitions.schemas.complexTypes[typeName] else {
                if typeName.namespaceURI != XMLNamespaces.xmlSchema && definitions.schemas.simpleTypes[typeName] == nil
                {
                    diagnostics.error(
                        "type \(display(typeName)) of element `\(element.name.localName)` is not defined",
                        at: element.location
                    )
                    return nil
                }
                diagnostics.error(
                    """
                    body element `\(element.name.localName)` must have a complex type; \(display(typeName)) is not \
                    one
                    """,
                    at: element.location
                )
                return nil
            }
            complexType = type
            origin = "element `\(element.name.localName)` of complexType `\(typeName.localName)` (\(role))"
        case .anonymousSimple, .unspecified:
            diagnostics.error("body element `\(element.name.localName)` must have a complex type", at: element.location)
            return nil
        }
        let bodyNamespaceIndex = element.name.namespaceURI.map { self.namespaceIndex(of: $0) } ?? 0
        state.bodyStructs[element.name] = qualifiedName
        appendTopLevelStruct(
            swiftName,
            qualifiedName: qualifiedName,
            origin: origin,
            bodyElement: .init(name: element.name.localName, namespaceIndex: bodyNamespaceIndex),
            of: complexType
        )
        return qualifiedName
    }
}
