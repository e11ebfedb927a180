/// Ports: the enum of each port after the first, and every port's service description and operation names.
extension DeclarationBuilder {
    /// A port's service description, operation names and operations, in the enum `qualifiedName`.
    func portMembers(_ port: GeneratedPort, qualifiedName: String) -> [SwiftDeclaration] {
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
        members += port.operations.map {
            operation($0, portTypeName: port.portTypeName, serviceReference: "\(qualifiedName).service")
        }
        return members
    }

    /// A port after the first: an enum with its own service description and operations, using the namespace's types.
    func additionalPort(_ port: GeneratedPort) -> SwiftDeclaration {
        let swiftName = port.swiftName ?? ""
        let binding = "\(port.soapVersion.displayName), \(port.bindingStyle)"
        let place =
            port.portName.isEmpty
            ? "no port uses it, so clients pass an endpoint"
            : "port `\(port.portName)` of service `\(port.serviceName)`"
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
                    SOAPRuntime.SOAPServiceDescription(\
                    targetNamespace: \(SwiftLiteral.string(service.targetNamespace)), \
                    address: \(SwiftLiteral.string(port.address)), namespaces: \(namespaces), \
                    soapVersion: \(version)\(rebasing))
                    """
            )
        )
    }
}
