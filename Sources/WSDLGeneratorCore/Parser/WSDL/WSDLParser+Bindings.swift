import SOAPXML

/// Bindings: the SOAP version, style and transport, and each operation's soapAction, bodies and headers.
extension WSDLParser {
    func parseBinding(_ binding: XMLTree.Element, file: String, targetNamespace: String) -> Binding? {
        let location = SourceLocation(file: file, line: binding.line)
        guard let name = binding.attribute("name"), let typeText = binding.attribute("type") else {
            diagnostics.error("a `wsdl:binding` needs a name and a type", at: location)
            return nil
        }
        guard let portType = binding.resolveQualifiedName(typeText) else {
            diagnostics.error("binding type '\(typeText)' uses an undeclared prefix", at: location)
            return nil
        }
        var version: SOAPBindingVersion?
        var style: String?
        var transport: String?
        var operations: [BindingOperation] = []
        for child in binding.children {
            let childLocation = SourceLocation(file: file, line: child.line)
            if child.localName == "binding", let soap = Self.soapVersion(of: child) {
                version = soap
                style = child.attribute("style")
                transport = child.attribute("transport")
            } else if child.is("operation", in: XMLNamespaces.wsdl) {
                var operation = BindingOperation(name: child.attribute("name") ?? "", location: childLocation)
                for part in child.children {
                    let partLocation = SourceLocation(file: file, line: part.line)
                    if part.localName == "operation", Self.soapVersion(of: part) != nil {
                        operation.soapAction = part.attribute("soapAction")
                        operation.style = part.attribute("style")
                    } else if part.is("input", in: XMLNamespaces.wsdl) || part.is("output", in: XMLNamespaces.wsdl) {
                        var body: SOAPBody?
                        var headers: [SOAPHeader] = []
                        for item in part.children where Self.soapVersion(of: item) != nil {
                            let itemLocation = SourceLocation(file: file, line: item.line)
                            switch item.localName {
                            case "body":
                                body = SOAPBody(
                                    use: item.attribute("use"),
                                    parts: item.attribute("parts"),
                                    namespace: item.attribute("namespace"),
                                    location: itemLocation
                                )
                            case "header":
                                guard let messageText = item.attribute("message"),
                                    let message = item.resolveQualifiedName(messageText),
                                    let partName = item.attribute("part")
                                else {
                                    diagnostics.error(
                                        """
                                        soap:header in operation `\(operation.name)` needs a message (with a \
                                        declared prefix) and a part
                                        """,
                                        at: itemLocation
                                    )
                                    continue
                                }
                                headers.append(
                                    SOAPHeader(
                                        message: message,
                                        part: partName,
                                        use: item.attribute("use"),
                                        location: itemLocation
                                    )
                                )
                                for fault in item.children where fault.localName == "headerfault" {
                                    operation.headerFaultLocations.append(SourceLocation(file: file, line: fault.line))
                                }
                            case "headerfault":
                                operation.headerFaultLocations.append(itemLocation)
                            default:
                                continue
                            }
                        }
                        if part.localName == "input" {
                            operation.inputBody = body ?? SOAPBody(location: partLocation)
                            operation.inputHeaders = headers
                        } else {
                            operation.outputBody = body ?? SOAPBody(location: partLocation)
                            operation.outputHeaders = headers
                        }
                    }
                }
                operations.append(operation)
            }
        }
        return Binding(
            name: QName(namespaceURI: targetNamespace, localName: name),
            portType: portType,
            soapVersion: version,
            style: style,
            transport: transport,
            operations: operations,
            location: location
        )
    }

    static func soapVersion(of element: XMLTree.Element) -> SOAPBindingVersion? {
        switch element.namespaceURI {
        case XMLNamespaces.soap11Binding: .soap11
        case XMLNamespaces.soap12Binding: .soap12
        default: nil
        }
    }
}

extension SOAPBody {
    /// The body of an input or output that has no `soap:body`.
    init(location: SourceLocation) {
        self.init(use: nil, parts: nil, namespace: nil, location: location)
    }
}
