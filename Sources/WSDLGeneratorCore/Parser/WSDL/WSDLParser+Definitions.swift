import SOAPXML

/// WSDL 1.1 definitions: a document's messages, port types, services and the rest, in order.
extension WSDLParser {
    /// The messages, port types, bindings, services and schemas of one WSDL document, the root's or an imported
    /// one's, added to `definitions`; names are in that document's `targetNamespace`.
    mutating func parseDefinitions(
        _ root: XMLTree.Element,
        file path: String,
        key: String,
        targetNamespace: String,
        into definitions: inout WSDLDefinitions
    ) {
        for child in root.children {
            let location = SourceLocation(file: path, line: child.line)
            guard child.namespaceURI == XMLNamespaces.wsdl else { continue }
            switch child.localName {
            case "types":
                for schema in child.children where schema.localName == "schema" {
                    guard schema.namespaceURI == XMLNamespaces.xmlSchema else {
                        reportObsoleteSchema(schema, file: path)
                        continue
                    }
                    parseSchema(schema, file: path, key: key, chameleonNamespace: nil, into: &definitions.schemas)
                }
            case "message":
                if let message = parseMessage(child, file: path, targetNamespace: targetNamespace) {
                    definitions.messages[message.name] = message
                }
            case "portType":
                if let portType = parsePortType(child, file: path, targetNamespace: targetNamespace) {
                    definitions.portTypes.append(portType)
                }
            case "binding":
                if let binding = parseBinding(child, file: path, targetNamespace: targetNamespace) {
                    definitions.bindings.append(binding)
                }
            case "service":
                definitions.services.append(parseService(child, file: path))
            case "import":
                importDefinitions(child, from: key, at: location, into: &definitions)
            case "documentation":
                continue
            default:
                diagnostics.warning("unknown WSDL element `\(child.localName)` is ignored", at: location)
            }
        }
    }

    private func parseMessage(_ message: XMLTree.Element, file: String, targetNamespace: String) -> Message? {
        let location = SourceLocation(file: file, line: message.line)
        guard let name = message.attribute("name") else {
            diagnostics.error("a `wsdl:message` needs a name", at: location)
            return nil
        }
        var parts: [Part] = []
        for part in message.children where part.is("part", in: XMLNamespaces.wsdl) {
            let partLocation = SourceLocation(file: file, line: part.line)
            let element = part.attribute("element").map { (text: $0, name: part.resolveQualifiedName($0)) }
            let type = part.attribute("type").map { (text: $0, name: part.resolveQualifiedName($0)) }
            if let element, element.name == nil {
                diagnostics.error(
                    "element '\(element.text)' of part `\(part.attribute("name") ?? "")` uses an undeclared prefix",
                    at: partLocation
                )
            }
            if let type, type.name == nil {
                diagnostics.error(
                    "type '\(type.text)' of part `\(part.attribute("name") ?? "")` uses an undeclared prefix",
                    at: partLocation
                )
            }
            parts.append(
                Part(
                    name: part.attribute("name") ?? "",
                    element: element?.name,
                    type: type?.name,
                    location: partLocation
                )
            )
        }
        return Message(name: QName(namespaceURI: targetNamespace, localName: name), parts: parts, location: location)
    }

    private func parsePortType(_ portType: XMLTree.Element, file: String, targetNamespace: String) -> PortType? {
        let location = SourceLocation(file: file, line: portType.line)
        guard let name = portType.attribute("name") else {
            diagnostics.error("a `wsdl:portType` needs a name", at: location)
            return nil
        }
        var operations: [PortTypeOperation] = []
        for operation in portType.children where operation.is("operation", in: XMLNamespaces.wsdl) {
            let operationLocation = SourceLocation(file: file, line: operation.line)
            var input: QName?
            var output: QName?
            var inputLocation: SourceLocation?
            var outputLocation: SourceLocation?
            var outputFirst = false
            var faults: [String] = []
            for child in operation.children where child.namespaceURI == XMLNamespaces.wsdl {
                let childLocation = SourceLocation(file: file, line: child.line)
                let messageText = child.attribute("message")
                let message = messageText.flatMap { child.resolveQualifiedName($0) }
                if let messageText, message == nil {
                    diagnostics.error(
                        """
                        message '\(messageText)' of operation `\(operation.attribute("name") ?? "")` uses an \
                        undeclared prefix
                        """,
                        at: childLocation
                    )
                }
                switch child.localName {
                case "input":
                    input = message
                    inputLocation = childLocation
                case "output":
                    if inputLocation == nil { outputFirst = true }
                    output = message
                    outputLocation = childLocation
                case "fault":
                    faults.append(child.attribute("name") ?? "")
                default:
                    continue
                }
            }
            operations.append(
                PortTypeOperation(
                    name: operation.attribute("name") ?? "",
                    input: input,
                    output: output,
                    outputFirst: outputFirst,
                    faults: faults,
                    location: operationLocation,
                    inputLocation: inputLocation,
                    outputLocation: outputLocation
                )
            )
        }
        return PortType(
            name: QName(namespaceURI: targetNamespace, localName: name),
            operations: operations,
            location: location
        )
    }

    private func parseService(_ service: XMLTree.Element, file: String) -> Service {
        var ports: [Port] = []
        for port in service.children where port.is("port", in: XMLNamespaces.wsdl) {
            let location = SourceLocation(file: file, line: port.line)
            guard let bindingText = port.attribute("binding"), let binding = port.resolveQualifiedName(bindingText)
            else {
                diagnostics.warning(
                    "port `\(port.attribute("name") ?? "")` has no resolvable binding and is ignored",
                    at: location
                )
                continue
            }
            let address = port.children.first { $0.localName == "address" && Self.soapVersion(of: $0) != nil }
            ports.append(
                Port(
                    name: port.attribute("name") ?? "",
                    binding: binding,
                    address: address?.attribute("location"),
                    location: location
                )
            )
        }
        return Service(
            name: service.attribute("name") ?? "",
            ports: ports,
            location: SourceLocation(file: file, line: service.line)
        )
    }
}
