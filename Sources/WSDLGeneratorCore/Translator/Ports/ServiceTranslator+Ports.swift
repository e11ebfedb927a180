/// The ports: which are generated, in which order, and the operations of each; an additional port that cannot be
/// generated is rolled back.
extension ServiceTranslator {
    /// Every SOAP port, the first SOAP 1.1 one first (the first SOAP 1.2 one when there is none); bindings no port uses
    /// come after the ports, without an address.
    func selectPorts() throws(GeneratorFailure) -> (
        primary: (Service?, Port?, Binding), others: [(Service?, Port?, Binding)]
    ) {
        var candidates: [(Service?, Port?, Binding)] = []
        var nonSOAP: [(Port, Binding)] = []
        for service in definitions.services {
            for port in service.ports {
                guard let binding = definitions.bindings.first(where: { $0.name == port.binding }) else {
                    diagnostics.error(
                        "port `\(port.name)` refers to binding `\(port.binding.localName)`, which is not defined",
                        at: port.location
                    )
                    continue
                }
                if binding.soapVersion != nil {
                    candidates.append((service, port, binding))
                } else {
                    nonSOAP.append((port, binding))
                }
            }
        }
        if diagnostics.hasErrors {
            throw diagnostics.failure()
        }
        let bound = Set(candidates.map(\.2.name))
        let unbound = definitions.bindings.filter { $0.soapVersion != nil && !bound.contains($0.name) }
        for binding in unbound {
            diagnostics.warning(
                """
                no service port uses binding `\(binding.name.localName)`, so the WSDL gives no address for it; \
                clients must pass an endpoint
                """,
                at: binding.location
            )
        }
        candidates += unbound.map { (nil, nil, $0) }
        guard
            let primaryIndex = candidates.firstIndex(where: { $0.2.soapVersion == .soap11 }) ?? candidates.indices.first
        else {
            diagnostics.error("the WSDL has no SOAP 1.1 or SOAP 1.2 binding", at: definitions.location)
            throw diagnostics.failure()
        }
        if let (port, binding) = nonSOAP.first {
            let others = nonSOAP.count > 1 ? " and \(nonSOAP.count - 1) more" : ""
            diagnostics.note(
                """
                port `\(port.name)` (binding `\(binding.name.localName)`, not SOAP)\(others) is not generated: \
                only SOAP bindings are
                """,
                at: port.location
            )
        }
        var others = candidates
        let primary = others.remove(at: primaryIndex)
        return (primary, others)
    }

    /// A port after the first: an enum of its own in the namespace, sharing the types. A port that cannot be generated
    /// (an rpc/encoded binding next to a document/literal one, say) is left out with a warning naming the first cause,
    /// and nothing it would have added is kept.
    mutating func translateAdditionalPort(service: Service?, port: Port?, binding: Binding) -> GeneratedPort? {
        let saved = state
        let realDiagnostics = diagnostics
        let scratch = AccumulatingDiagnosticCollector()
        diagnostics = DiagnosticEmitter(collector: scratch)
        let subject = port.map { "port `\($0.name)`" } ?? "binding `\(binding.name.localName)`"
        let swiftName = uniqueTopLevelName(
            SwiftNaming.typeName(port?.name ?? binding.name.localName),
            for: subject,
            at: port?.location ?? binding.location
        )
        let translated = translateOperations(
            of: binding,
            portScope: Self.reservedTypeNames(namespaceName: namespaceName).union([swiftName])
        )
        guard let (portType, operations) = translated, !diagnostics.hasErrors else {
            let cause =
                scratch.diagnostics.first { $0.severity == .error }.map { ": \($0.message) (\($0.file):\($0.line))" }
                ?? ""
            state = saved
            diagnostics = realDiagnostics
            diagnostics.warning("\(subject) is not generated\(cause)", at: port?.location ?? binding.location)
            return nil
        }
        diagnostics = realDiagnostics
        for diagnostic in scratch.diagnostics {
            let location = SourceLocation(file: diagnostic.file, line: diagnostic.line)
            switch diagnostic.severity {
            case .warning: diagnostics.warning(diagnostic.message, at: location)
            case .note: diagnostics.note(diagnostic.message, at: location)
            case .error: diagnostics.error(diagnostic.message, at: location)
            }
        }
        return Self.port(
            swiftName: swiftName,
            service: service,
            port: port,
            binding: binding,
            portType: portType,
            operations: operations
        )
    }

    /// The operations of `binding`'s port type, named uniquely among the namespace's names (the first port's), or
    /// among `portScope`, the names in the port's own enum; `nil` when the binding cannot be generated at all.
    mutating func translateOperations(of binding: Binding, portScope: Set<String>?) -> (PortType, [GeneratedOperation])?
    {
        guard let portType = definitions.portTypes.first(where: { $0.name == binding.portType }) else {
            diagnostics.error(
                """
                binding `\(binding.name.localName)` refers to port type `\(binding.portType.localName)`, which is \
                not defined
                """,
                at: binding.location
            )
            return nil
        }
        if let transport = binding.transport,
            ![XMLNamespaces.soap11HTTPTransport, XMLNamespaces.soap12HTTPTransport].contains(transport)
        {
            diagnostics.error(
                "binding `\(binding.name.localName)` uses transport '\(transport)'; only SOAP over HTTP is supported",
                at: binding.location
            )
        }
        if portType.operations.isEmpty {
            diagnostics.error("port type `\(portType.name.localName)` has no operations", at: portType.location)
        }

        var operationNames: [String: String] = [:]
        var distinctOperations: [PortTypeOperation] = []
        var scope = portScope ?? state.topLevelNames
        for operation in portType.operations {
            guard operationNames[operation.name] == nil else {
                diagnostics.error(
                    """
                    port type `\(portType.name.localName)` declares operation `\(operation.name)` twice; \
                    overloaded operations are not supported
                    """,
                    at: operation.location
                )
                continue
            }
            let name = Self.uniqueName(SwiftNaming.typeName(operation.name), in: &scope) { preferred, name in
                diagnostics.warning(
                    """
                    Swift name `\(preferred)` is already taken; operation `\(operation.name)` is generated as \
                    `\(name)`
                    """,
                    at: operation.location
                )
            }
            operationNames[operation.name] = name
            distinctOperations.append(operation)
        }
        if portScope == nil {
            // The structs made below must not take the operations' names.
            state.topLevelNames = scope
        }

        var operations: [GeneratedOperation] = []
        for operation in distinctOperations {
            if let generated = translate(operation, swiftName: operationNames[operation.name]!, binding: binding) {
                operations.append(generated)
            }
        }
        return (portType, operations)
    }

    /// What the renderer needs of a port: its names, address, SOAP version, style and operations.
    static func port(
        swiftName: String?,
        service: Service?,
        port: Port?,
        binding: Binding,
        portType: PortType,
        operations: [GeneratedOperation]
    ) -> GeneratedPort {
        GeneratedPort(
            swiftName: swiftName,
            serviceName: service?.name ?? "",
            portName: port?.name ?? "",
            bindingName: binding.name.localName,
            portTypeName: portType.name.localName,
            address: port?.address ?? "",
            soapVersion: binding.soapVersion ?? .soap11,
            bindingStyle: "\(binding.style ?? "document")/literal",
            operations: operations
        )
    }
}
