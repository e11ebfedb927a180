/// Decides what to generate for a parsed WSDL: every SOAP port (the first SOAP 1.1 one at the top of the namespace),
/// checks that every operation is document/literal (one element part in the body) or rpc/literal, and shapes each
/// element and type into a struct, shared by the ports.
struct ServiceTranslator {
    private let definitions: WSDLDefinitions
    private let sourceFileName: String
    private let namespaceName: String
    /// Swapped for a scratch emitter while an additional port is translated, so a port that cannot be generated is
    /// left out with a warning instead of failing the others.
    private var diagnostics: DiagnosticEmitter
    /// What is generated so far, for all ports; an additional port that cannot be generated is rolled back by
    /// restoring a copy taken before it.
    private var state: TranslationState
    /// The qualified names of the structs being made: a field of one of them closes a cycle. Every struct is
    /// finished before the next port starts, so it is empty between ports and needs no rollback.
    private var inProgress: Set<String> = []

    init(definitions: WSDLDefinitions, sourceFileName: String, namespaceName: String, diagnostics: DiagnosticEmitter) {
        self.definitions = definitions
        self.sourceFileName = sourceFileName
        self.namespaceName = namespaceName
        self.diagnostics = diagnostics
        self.state = TranslationState(topLevelNames: Self.reservedTypeNames(namespaceName: namespaceName))
    }

    /// Names generated code qualifies other names with (`Swift.String`, `SMSCSOAP.SendSMS2Request`): a generated
    /// type with one of them would capture those references.
    private static func reservedTypeNames(namespaceName: String) -> Set<String> {
        ["Swift", "Foundation", "SOAPRuntime", "SOAPXML", namespaceName]
    }

    mutating func translate() throws(GeneratorFailure) -> GeneratedService {
        let (primary, others) = try selectPorts()
        let (service, port, binding) = primary
        guard let (portType, operations) = translateOperations(of: binding, portScope: nil) else {
            throw diagnostics.failure()
        }
        var additionalPorts: [GeneratedPort] = []
        for (otherService, otherPort, otherBinding) in others {
            if let generated = translateAdditionalPort(service: otherService, port: otherPort, binding: otherBinding) {
                additionalPorts.append(generated)
            }
        }
        noteGenericFaults()
        if diagnostics.hasErrors {
            throw diagnostics.failure()
        }
        return GeneratedService(
            namespaceName: namespaceName,
            sourceFileName: sourceFileName,
            targetNamespace: definitions.targetNamespace,
            namespaces: state.namespaces,
            port: Self.port(swiftName: nil, service: service, port: port, binding: binding, portType: portType, operations: operations),
            additionalPorts: additionalPorts,
            types: state.types,
            enumerations: state.enumerations
        )
    }

    private static func port(
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

    /// A port after the first: an enum of its own in the namespace, sharing the types. A port that cannot be generated
    /// (an rpc/encoded binding next to a document/literal one, say) is left out with a warning naming the first cause,
    /// and nothing it would have added is kept.
    private mutating func translateAdditionalPort(service: Service?, port: Port?, binding: Binding) -> GeneratedPort? {
        let saved = state
        let realDiagnostics = diagnostics
        let scratch = AccumulatingDiagnosticCollector()
        diagnostics = DiagnosticEmitter(collector: scratch)
        let subject = port.map { "port `\($0.name)`" } ?? "binding `\(binding.name.localName)`"
        let swiftName = uniqueTopLevelName(SwiftNaming.typeName(port?.name ?? binding.name.localName), for: subject, at: port?.location ?? binding.location)
        let translated = translateOperations(of: binding, portScope: Self.reservedTypeNames(namespaceName: namespaceName).union([swiftName]))
        guard let (portType, operations) = translated, !diagnostics.hasErrors else {
            let cause = scratch.diagnostics.first { $0.severity == .error }.map { ": \($0.message) (\($0.file):\($0.line))" } ?? ""
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
        return Self.port(swiftName: swiftName, service: service, port: port, binding: binding, portType: portType, operations: operations)
    }

    /// The operations of `binding`'s port type, named uniquely among the namespace's names (the first port's), or
    /// among `portScope`, the names in the port's own enum; `nil` when the binding cannot be generated at all.
    private mutating func translateOperations(of binding: Binding, portScope: Set<String>?) -> (PortType, [GeneratedOperation])? {
        guard let portType = definitions.portTypes.first(where: { $0.name == binding.portType }) else {
            diagnostics.error("binding `\(binding.name.localName)` refers to port type `\(binding.portType.localName)`, which is not defined", at: binding.location)
            return nil
        }
        if let transport = binding.transport, ![XMLNamespaces.soap11HTTPTransport, XMLNamespaces.soap12HTTPTransport].contains(transport) {
            diagnostics.error("binding `\(binding.name.localName)` uses transport '\(transport)'; only SOAP over HTTP is supported", at: binding.location)
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
                    "port type `\(portType.name.localName)` declares operation `\(operation.name)` twice; overloaded operations are not supported",
                    at: operation.location
                )
                continue
            }
            let name = Self.uniqueName(SwiftNaming.typeName(operation.name), in: &scope) { preferred, name in
                diagnostics.warning("Swift name `\(preferred)` is already taken; operation `\(operation.name)` is generated as `\(name)`", at: operation.location)
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

    // MARK: Port and operations

    /// Every SOAP port, the first SOAP 1.1 one first (the first SOAP 1.2 one when there is none); bindings no port uses
    /// come after the ports, without an address.
    private func selectPorts() throws(GeneratorFailure) -> (primary: (Service?, Port?, Binding), others: [(Service?, Port?, Binding)]) {
        var candidates: [(Service?, Port?, Binding)] = []
        var nonSOAP: [(Port, Binding)] = []
        for service in definitions.services {
            for port in service.ports {
                guard let binding = definitions.bindings.first(where: { $0.name == port.binding }) else {
                    diagnostics.error("port `\(port.name)` refers to binding `\(port.binding.localName)`, which is not defined", at: port.location)
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
                "no service port uses binding `\(binding.name.localName)`, so the WSDL gives no address for it; clients must pass an endpoint",
                at: binding.location
            )
        }
        candidates += unbound.map { (nil, nil, $0) }
        guard let primaryIndex = candidates.firstIndex(where: { $0.2.soapVersion == .soap11 }) ?? candidates.indices.first else {
            diagnostics.error("the WSDL has no SOAP 1.1 or SOAP 1.2 binding", at: definitions.location)
            throw diagnostics.failure()
        }
        if let (port, binding) = nonSOAP.first {
            let others = nonSOAP.count > 1 ? " and \(nonSOAP.count - 1) more" : ""
            diagnostics.note("port `\(port.name)` (binding `\(binding.name.localName)`, not SOAP)\(others) is not generated: only SOAP bindings are", at: port.location)
        }
        var others = candidates
        let primary = others.remove(at: primaryIndex)
        return (primary, others)
    }

    private mutating func translate(_ operation: PortTypeOperation, swiftName: String, binding: Binding) -> GeneratedOperation? {
        let location = operation.location
        guard let bound = binding.operations.first(where: { $0.name == operation.name }) else {
            diagnostics.error("operation `\(operation.name)` has no operation in binding `\(binding.name.localName)`", at: location)
            return nil
        }
        let style = bound.style ?? binding.style ?? "document"
        let bodies = [bound.inputBody, bound.outputBody].compactMap { $0 }
        if style == "rpc", let encoded = bodies.first(where: { $0.use == "encoded" }) {
            // The usual pair: one cause, not one error for the style, one for the use and one per type= part.
            diagnostics.error(
                "operation `\(operation.name)` is rpc/encoded (SOAP section 5 encoding), which is not supported; only document/literal is",
                at: encoded.location
            )
            return nil
        }
        if style != "document" && style != "rpc" {
            diagnostics.error("operation `\(operation.name)` uses style \"\(style)\"; only document and rpc (with use=\"literal\") are supported", at: bound.location)
        }
        for body in [bound.inputBody, bound.outputBody].compactMap({ $0 }) where (body.use ?? "literal") != "literal" {
            diagnostics.error("operation `\(operation.name)` uses use=\"\(body.use!)\"; only use=\"literal\" is supported (encoded is not)", at: body.location)
        }
        for location in bound.headerFaultLocations {
            state.genericFaults.append((operation.name, "soap:headerfault", location))
        }
        if operation.outputFirst {
            diagnostics.error("operation `\(operation.name)` sends output before input (notification or solicit-response), which is not supported", at: location)
            return nil
        }
        guard let inputMessage = operation.input else {
            diagnostics.error("operation `\(operation.name)` has no input message", at: location)
            return nil
        }

        for fault in operation.faults {
            state.genericFaults.append((operation.name, fault, location))
        }
        let isRPC = style == "rpc"
        guard
            let (inputElement, inputType) = body(
                of: inputMessage,
                isRPC: isRPC,
                wrapperName: operation.name,
                operation: operation.name,
                body: bound.inputBody,
                preferredName: swiftName + "Request",
                role: "input",
                at: operation.inputLocation ?? location
            )
        else { return nil }
        let inputHeaderType = headerStruct(bound.inputHeaders, operation: operation.name, preferredName: swiftName + "RequestHeader", role: "input")
        guard let outputMessage = operation.output else {
            // One-way: the service answers with a 2xx status and no body element.
            for header in bound.outputHeaders {
                diagnostics.error("operation `\(operation.name)` is one-way, so its soap:header on an output has no message to travel in", at: header.location)
            }
            return GeneratedOperation(
                wireName: operation.name,
                swiftName: swiftName,
                soapAction: bound.soapAction ?? "",
                inputType: inputType,
                outputType: "SOAPRuntime.SOAPNoResponse",
                inputElement: inputElement,
                outputElement: nil,
                inputHeaderType: inputHeaderType
            )
        }
        guard
            let (outputElement, outputType) = body(
                of: outputMessage,
                isRPC: isRPC,
                wrapperName: operation.name + "Response",
                operation: operation.name,
                body: bound.outputBody,
                preferredName: swiftName + "Response",
                role: "output",
                at: operation.outputLocation ?? location
            )
        else { return nil }
        return GeneratedOperation(
            wireName: operation.name,
            swiftName: swiftName,
            soapAction: bound.soapAction ?? "",
            inputType: inputType,
            outputType: outputType,
            inputElement: inputElement,
            outputElement: outputElement,
            inputHeaderType: inputHeaderType,
            outputHeaderType: headerStruct(bound.outputHeaders, operation: operation.name, preferredName: swiftName + "ResponseHeader", role: "output")
        )
    }

    /// The body element's name and struct for a message: its element part's (document style), or a wrapper named after
    /// the operation holding an element per part (rpc style).
    private mutating func body(
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
            guard let type = rpcWrapper(of: message, named: wrapperName, operation: operation, body: body, preferredName: preferredName, role: role, at: location) else {
                return nil
            }
            return (wrapperName, type)
        }
        guard let element = bodyElement(of: message, operation: operation, body: body, at: location),
            let type = bodyStruct(element, preferredName: preferredName, role: "\(role) of operation `\(operation)`")
        else { return nil }
        return (element.name.localName, type)
    }

    /// rpc/literal (WSDL 1.1, 3.5; WS-I Basic Profile 1.1, 4.7.10): the body holds one element named after the operation
    /// (with `Response` appended for the output) in the namespace `soap:body` names, with an unqualified child per
    /// part, named after the part and of its `type`.
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
            diagnostics.error("message `\(messageName.localName)` of operation `\(operation)` is not defined", at: location)
            return nil
        }
        var parts = message.parts
        if let names = body?.parts?.split(separator: " ").map(String.init) {
            parts = message.parts.filter { names.contains($0.name) }
            for name in names where !message.parts.contains(where: { $0.name == name }) {
                diagnostics.error("soap:body parts= of operation `\(operation)` names part `\(name)`, which message `\(message.name.localName)` does not have", at: body!.location)
            }
        }
        var elements: [LocalElement] = []
        for part in parts {
            if let type = part.type {
                elements.append(LocalElement(declaration: .local(name: part.name, namespaceURI: nil, type: .named(type)), minOccurs: 1, maxOccurs: 1, location: part.location))
            } else if let element = part.element {
                elements.append(LocalElement(declaration: .reference(element), minOccurs: 1, maxOccurs: 1, location: part.location))
            } else {
                diagnostics.error("part `\(part.name)` of message `\(message.name.localName)` has neither type= nor element=", at: part.location)
            }
        }
        let swiftName = uniqueTopLevelName(preferredName, for: "the rpc wrapper `\(wrapperName)`", at: location)
        let qualifiedName = "\(namespaceName).\(swiftName)"
        let namespaceIndex = body?.namespace.map { self.namespaceIndex(of: $0) } ?? 0
        appendTopLevelStruct(
            swiftName,
            qualifiedName: qualifiedName,
            origin: "rpc/literal wrapper `\(wrapperName)` (\(role) of operation `\(operation)`, a child per part of message `\(message.name.localName)`)",
            bodyElement: .init(name: wrapperName, namespaceIndex: namespaceIndex, acceptsAnyName: role == "output"),
            of: ComplexTypeDeclaration(name: nil, elements: elements, location: message.location, unsupported: [])
        )
        return qualifiedName
    }

    /// The struct of an input's or output's `soap:header` blocks, with an optional property per header element (WSDL
    /// 1.1 does not say that a header must be sent); `nil` when there are none.
    private mutating func headerStruct(_ headers: [SOAPHeader], operation: String, preferredName: String, role: String) -> String? {
        var elements: [LocalElement] = []
        for header in headers {
            if let use = header.use, use != "literal" {
                diagnostics.error("soap:header of operation `\(operation)` uses use=\"\(use)\"; only use=\"literal\" is supported (encoded is not)", at: header.location)
                continue
            }
            guard let message = definitions.messages[header.message] else {
                diagnostics.error("message `\(header.message.localName)` of a soap:header in operation `\(operation)` is not defined", at: header.location)
                continue
            }
            guard let part = message.parts.first(where: { $0.name == header.part }) else {
                let available = message.parts.map { "`\($0.name)`" }.joined(separator: ", ")
                diagnostics.error(
                    "soap:header in operation `\(operation)` names part `\(header.part)`, which message `\(message.name.localName)` does not have (its parts: \(available))",
                    at: header.location
                )
                continue
            }
            guard let element = part.element else {
                diagnostics.error(
                    "part `\(part.name)` of message `\(message.name.localName)`, a soap:header of operation `\(operation)`, uses type=; header parts must be element= parts (document/literal)",
                    at: part.location
                )
                continue
            }
            elements.append(LocalElement(declaration: .reference(element), minOccurs: 0, maxOccurs: 1, location: header.location))
        }
        guard let first = headers.first, !elements.isEmpty else { return nil }
        let swiftName = uniqueTopLevelName(preferredName, for: "the soap:header blocks of operation `\(operation)`", at: first.location)
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

    /// One note for every `wsdl:fault`, however many operations declare them.
    private mutating func noteGenericFaults() {
        // A port type bound twice (SOAP 1.1 and 1.2) declares its faults once.
        var seen: Set<String> = []
        state.genericFaults = state.genericFaults.filter { seen.insert("\($0.operation)\u{0}\($0.fault)\u{0}\($0.location.file):\($0.location.line)").inserted }
        guard let first = state.genericFaults.first else { return }
        guard state.genericFaults.count > 1 else {
            diagnostics.note("fault `\(first.fault)` of operation `\(first.operation)` is decoded as a generic SOAP fault", at: first.location)
            return
        }
        let listed = state.genericFaults.prefix(5).map { "`\($0.fault)` of `\($0.operation)`" }.joined(separator: ", ")
        let more = state.genericFaults.count > 5 ? " and \(state.genericFaults.count - 5) more" : ""
        diagnostics.note("\(state.genericFaults.count) faults (\(listed)\(more)) are decoded as generic SOAP faults", at: first.location)
    }

    private func bodyElement(of messageName: QName, operation: String, body: SOAPBody?, at location: SourceLocation) -> ElementDeclaration? {
        guard let message = definitions.messages[messageName] else {
            diagnostics.error("message `\(messageName.localName)` of operation `\(operation)` is not defined", at: location)
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
                    "soap:body parts=\"\(parts)\" of operation `\(operation)` must name exactly one part of message `\(message.name.localName)` (its parts: \(available))",
                    at: body.location
                )
                return nil
            }
            part = named
        } else {
            guard message.parts.count == 1, let only = message.parts.first else {
                let hint = message.parts.isEmpty ? "" : " (name it with soap:body parts=)"
                diagnostics.error(
                    "message `\(message.name.localName)` has \(message.parts.count) parts; document/literal needs exactly one element part in the body\(hint)",
                    at: message.location
                )
                return nil
            }
            part = only
        }
        guard let elementName = part.element else {
            diagnostics.error(
                "part `\(part.name)` of message `\(message.name.localName)` uses type=, which is rpc style; only element= parts (document/literal) are supported",
                at: part.location
            )
            return nil
        }
        guard let element = definitions.schemas.elements[elementName] else {
            diagnostics.error("element \(display(elementName)) of message `\(message.name.localName)` is not defined in the WSDL's schemas", at: part.location)
            return nil
        }
        return element
    }

    // MARK: Structs

    private mutating func bodyStruct(_ element: ElementDeclaration, preferredName: String, role: String) -> String? {
        if let existing = state.bodyStructs[element.name] { return existing }
        report(element.unsupported)
        let swiftName = uniqueTopLevelName(preferredName, for: "element `\(element.name.localName)`", at: element.location)
        let qualifiedName = "\(namespaceName).\(swiftName)"
        let complexType: ComplexTypeDeclaration
        var origin = "element `\(element.name.localName)` (\(role))"
        switch element.type {
        case .anonymousComplex(let type):
            complexType = type
        case .named(let typeName):
            guard let type = definitions.schemas.complexTypes[typeName] else {
                if typeName.namespaceURI != XMLNamespaces.xmlSchema && definitions.schemas.simpleTypes[typeName] == nil {
                    diagnostics.error("type \(display(typeName)) of element `\(element.name.localName)` is not defined", at: element.location)
                    return nil
                }
                diagnostics.error(
                    "body element `\(element.name.localName)` must have a complex type; \(display(typeName)) is not one",
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

    /// Makes the struct for `type` (its fields may refer back to it while it is in progress) and adds it to the
    /// namespace's types.
    private mutating func appendTopLevelStruct(
        _ swiftName: String,
        qualifiedName: String,
        origin: String,
        bodyElement: GeneratedStruct.BodyElement?,
        of type: ComplexTypeDeclaration
    ) {
        inProgress.insert(qualifiedName)
        var nested: [GeneratedStruct] = []
        let fields = structFields(of: type, owner: qualifiedName, nested: &nested)
        inProgress.remove(qualifiedName)
        state.types.append(
            GeneratedStruct(swiftName: swiftName, qualifiedName: qualifiedName, origin: origin, bodyElement: bodyElement, fields: fields, nested: nested)
        )
    }

    private mutating func namedStruct(_ name: QName, _ type: ComplexTypeDeclaration) -> String {
        if let existing = state.namedTypeStructs[name] { return existing }
        let swiftName = uniqueTopLevelName(SwiftNaming.typeName(name.localName), for: "complexType `\(name.localName)`", at: type.location)
        let qualifiedName = "\(namespaceName).\(swiftName)"
        state.namedTypeStructs[name] = qualifiedName
        appendTopLevelStruct(swiftName, qualifiedName: qualifiedName, origin: "complexType `\(name.localName)`", bodyElement: nil, of: type)
        return qualifiedName
    }

    private mutating func structFields(of type: ComplexTypeDeclaration, owner: String, nested: inout [GeneratedStruct]) -> [GeneratedField] {
        var fields: [GeneratedField] = []
        var propertyNames: Set<String> = []
        var nestedNames = Self.reservedTypeNames(namespaceName: namespaceName)
        var wireNames: Set<String> = []
        let typeDisplay = type.name.map { "complexType `\($0.localName)`" } ?? "anonymous complexType"
        guard let content = effectiveContent(of: type, display: typeDisplay, derivedFrom: []) else { return [] }
        if let text = content.text, let field = textField(text, of: typeDisplay, owner: owner, nested: &nested, nestedNames: &nestedNames, at: type.location) {
            propertyNames.insert(field.swiftName)
            fields.append(field)
        }
        var hasAny = false
        for element in content.elements {
            if case .any = element.declaration {
                // The children no other field takes are kept, in one field whatever the number of `any` particles.
                guard !hasAny else { continue }
                hasAny = true
                var propertyName = "anyElements"
                if propertyNames.contains(propertyName) { propertyName += "2" }
                propertyNames.insert(propertyName)
                fields.append(
                    GeneratedField(
                        wireName: "xsd:any",
                        swiftName: propertyName,
                        namespaceIndex: 0,
                        kind: .any,
                        occurrence: .repeated(minimum: element.minOccurs, maximum: element.maxOccurs),
                        notes: []
                    )
                )
                continue
            }
            if case .choice(let alternatives) = element.declaration {
                let choice = choiceField(
                    alternatives,
                    of: element,
                    owner: owner,
                    typeDisplay: typeDisplay,
                    nested: &nested,
                    nestedNames: &nestedNames,
                    wireNames: &wireNames,
                    propertyNames: &propertyNames
                )
                if let choice { fields.append(choice) }
                continue
            }
            guard let head = elementHead(element) else { continue }
            let (wireName, namespaceIndex, isNillable, valueConstraint) = (head.wireName, head.namespaceIndex, head.isNillable, head.valueConstraint)
            // Generated decoders match children by local name: two fields with one name cannot both be decoded.
            guard wireNames.insert(wireName).inserted else {
                diagnostics.error(
                    "element `\(wireName)` occurs twice in \(typeDisplay); repeated element names in one type are not supported",
                    at: element.location
                )
                continue
            }
            guard let (kind, notes) = elementKind(head, owner: owner, nested: &nested, nestedNames: &nestedNames, at: element.location) else { continue }

            if let valueConstraint, case .structure = kind {
                let attribute = if case .fixed = valueConstraint { "fixed" } else { "default" }
                diagnostics.error("element `\(wireName)` has a `\(attribute)` value but a complex type; XML Schema allows it on simple content only", at: element.location)
                continue
            }
            let occurrence: GeneratedField.Occurrence
            switch element.maxOccurs {
            case 1: occurrence = element.minOccurs == 0 ? .optional : .required
            default: occurrence = .repeated(minimum: element.minOccurs, maximum: element.maxOccurs)
            }

            // A single field of a type still being made closes a cycle: it is boxed (arrays need no box). A required
            // child of the type's own type admits no finite value, so that one is refused.
            var isIndirect = false
            if case .structure(let swiftType, _) = kind, inProgress.contains(swiftType), element.maxOccurs == 1 {
                if swiftType == owner, occurrence == .required, !isNillable {
                    diagnostics.error(
                        "element `\(wireName)` is a required child of its own type, so no finite value exists; make it optional (minOccurs=\"0\")",
                        at: element.location
                    )
                    continue
                }
                isIndirect = true
            }
            var propertyName = SwiftNaming.propertyName(wireName)
            if Self.reservedMemberNames.contains(propertyName) {
                diagnostics.note(
                    "element `\(wireName)` would be property `\(propertyName)`, which generated types declare themselves; it is generated as `\(propertyName)Element`",
                    at: element.location
                )
                propertyName += "Element"
            }
            propertyName = Self.uniqueName(propertyName, in: &propertyNames) { preferred, name in
                diagnostics.warning("element `\(wireName)` would be property `\(preferred)` twice; it is generated as `\(name)`", at: element.location)
            }
            fields.append(
                GeneratedField(
                    wireName: wireName,
                    swiftName: propertyName,
                    namespaceIndex: namespaceIndex,
                    kind: kind,
                    occurrence: occurrence,
                    notes: notes,
                    isNillable: isNillable,
                    valueConstraint: valueConstraint,
                    isIndirect: isIndirect
                )
            )
        }
        var attributeNames: Set<String> = []
        for attribute in content.attributes {
            guard let field = attributeField(attribute, of: typeDisplay, owner: owner, nested: &nested, nestedNames: &nestedNames, propertyNames: &propertyNames) else {
                continue
            }
            guard attributeNames.insert(field.wireName).inserted else {
                diagnostics.error("attribute `\(field.wireName)` is declared twice in \(typeDisplay)", at: attribute.location)
                continue
            }
            fields.append(field)
        }
        return fields
    }

    // MARK: Derivation, attributes and simple content

    /// A complex type's content with its derivation applied.
    ///
    /// Derivation is flattened: a `complexContent` extension is its base's particles and attributes followed by its
    /// own, which is exactly the derived type's content model on the wire, and Swift structs have no inheritance to
    /// model it with. A restriction restates its particles and inherits the base's attributes it does not prohibit.
    /// A `simpleContent` type is a text value of a simple type with attributes.
    private struct EffectiveContent {
        var elements: [LocalElement]
        var attributes: [AttributeUse]
        /// The text's simple type, for `simpleContent`.
        var text: TypeReference?
    }

    private mutating func effectiveContent(of type: ComplexTypeDeclaration, display typeDisplay: String, derivedFrom chain: [QName]) -> EffectiveContent? {
        report(type.unsupported)
        let own = expandedAttributes(type.attributes, groups: type.attributeGroups, through: [])
        guard let derivation = type.derivation else {
            return EffectiveContent(elements: type.elements, attributes: own, text: nil)
        }
        let base = derivation.base
        let kind = derivation.isSimpleContent ? "simpleContent" : "complexContent"
        let method = derivation.method == .extension ? "extension" : "restriction"
        if base.namespaceURI == XMLNamespaces.soap11Encoding, base.localName == "Array" {
            diagnostics.error(
                "\(typeDisplay) restricts soapenc:Array, a SOAP-encoded array (rpc/encoded style), which is not supported; a document/literal array is an element with maxOccurs=\"unbounded\"",
                at: derivation.location
            )
            return nil
        }
        if chain.contains(base) || type.name.map({ $0 == base }) == true {
            diagnostics.error("\(typeDisplay) derives from itself through \(display(base))", at: derivation.location)
            return nil
        }
        if base.namespaceURI == XMLNamespaces.xmlSchema, base.localName == "anyType" {
            guard !derivation.isSimpleContent else {
                diagnostics.error("the \(kind) \(method) in \(typeDisplay) has base xsd:anyType, which has no simple content", at: derivation.location)
                return nil
            }
            return EffectiveContent(elements: type.elements, attributes: own, text: nil)
        }
        let isSimpleBase = base.namespaceURI == XMLNamespaces.xmlSchema || definitions.schemas.simpleTypes[base] != nil
        if derivation.isSimpleContent, isSimpleBase {
            guard derivation.method == .extension else {
                diagnostics.error("the simpleContent restriction in \(typeDisplay) has simple base \(display(base)); it must restrict a complex type with simple content", at: derivation.location)
                return nil
            }
            return EffectiveContent(elements: [], attributes: own, text: .named(base))
        }
        guard let baseType = definitions.schemas.complexTypes[base] else {
            let reason = isSimpleBase ? "is a simple type; only simpleContent derives from one" : "is not defined"
            diagnostics.error("base \(display(base)) of the \(kind) \(method) in \(typeDisplay) \(reason)", at: derivation.location)
            return nil
        }
        let next = chain + (type.name.map { [$0] } ?? [])
        guard let inherited = effectiveContent(of: baseType, display: "complexType `\(base.localName)`", derivedFrom: next) else { return nil }
        let attributes = Self.merged(inherited.attributes, own, restricting: derivation.method == .restriction)
        if derivation.isSimpleContent {
            guard let text = inherited.text else {
                diagnostics.error("base \(display(base)) of the simpleContent \(method) in \(typeDisplay) has no simple content", at: derivation.location)
                return nil
            }
            return EffectiveContent(elements: [], attributes: attributes, text: text)
        }
        if inherited.text != nil {
            diagnostics.error("base \(display(base)) of the complexContent \(method) in \(typeDisplay) has simple content; use simpleContent", at: derivation.location)
            return nil
        }
        let elements = derivation.method == .extension ? inherited.elements + type.elements : type.elements
        return EffectiveContent(elements: elements, attributes: attributes, text: nil)
    }

    /// A derived type's attributes: the base's, then its own; in a restriction its own replace the base's of the same
    /// name. Prohibited ones are removed.
    private static func merged(_ base: [AttributeUse], _ own: [AttributeUse], restricting: Bool) -> [AttributeUse] {
        let ownNames = Set(own.map(\.localName))
        let kept = restricting ? base.filter { !ownNames.contains($0.localName) } : base
        return (kept + own).filter { $0.use != .prohibited }
    }

    /// `attributes` and those of the attribute groups they name, groups expanded recursively.
    private mutating func expandedAttributes(_ attributes: [AttributeUse], groups: [AttributeGroupReference], through visited: Set<QName>) -> [AttributeUse] {
        var result = attributes
        for reference in groups {
            guard !visited.contains(reference.name) else {
                diagnostics.error("attributeGroup \(display(reference.name)) refers to itself", at: reference.location)
                continue
            }
            guard let group = definitions.schemas.attributeGroups[reference.name] else {
                diagnostics.error("attributeGroup \(display(reference.name)) is not defined", at: reference.location)
                continue
            }
            report(group.unsupported)
            result += expandedAttributes(group.attributes, groups: group.attributeGroups, through: visited.union([reference.name]))
        }
        return result
    }

    /// The text value of a type with simple content, as property `value`.
    private mutating func textField(
        _ type: TypeReference,
        of typeDisplay: String,
        owner: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        at location: SourceLocation
    ) -> GeneratedField? {
        guard let (kind, notes) = fieldKind(type, elementName: "value", owner: owner, nested: &nested, nestedNames: &nestedNames, at: location) else { return nil }
        guard case .scalar = kind else {
            diagnostics.error("the simple content of \(typeDisplay) has a complex type", at: location)
            return nil
        }
        return GeneratedField(wireName: "value", swiftName: "value", namespaceIndex: 0, kind: kind, occurrence: .required, notes: notes, placement: .text)
    }

    /// An attribute as a simple field: required or optional, with its default or fixed value.
    private mutating func attributeField(
        _ attribute: AttributeUse,
        of typeDisplay: String,
        owner: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        propertyNames: inout Set<String>
    ) -> GeneratedField? {
        let name: String
        let namespaceURI: String?
        let type: TypeReference
        var valueConstraint = attribute.valueConstraint
        switch attribute.declaration {
        case .local(let localName, let namespace, let declared):
            (name, namespaceURI, type) = (localName, namespace, declared)
        case .reference(let reference):
            if reference.namespaceURI == XMLNamespaces.xml {
                diagnostics.error("attribute `xml:\(reference.localName)` in \(typeDisplay) is not supported (the xml: prefix cannot be bound in the namespace table)", at: attribute.location)
                return nil
            }
            guard let global = definitions.schemas.attributes[reference] else {
                diagnostics.error("attribute ref \(display(reference)) in \(typeDisplay) is not defined", at: attribute.location)
                return nil
            }
            (name, namespaceURI, type) = (reference.localName, reference.namespaceURI, global.type)
            valueConstraint = valueConstraint ?? global.valueConstraint
        }
        guard let (kind, notes) = fieldKind(type, elementName: name, owner: owner, nested: &nested, nestedNames: &nestedNames, at: attribute.location) else { return nil }
        guard case .scalar = kind else {
            diagnostics.error("attribute `\(name)` in \(typeDisplay) has a complex type; attributes are simple", at: attribute.location)
            return nil
        }
        var propertyName = SwiftNaming.propertyName(name)
        if Self.reservedMemberNames.contains(propertyName) {
            propertyName += "Attribute"
        }
        if propertyNames.contains(propertyName) {
            // An element and an attribute of one name are common (`id`): the attribute takes the suffix.
            var candidate = propertyName + "Attribute"
            var counter = 2
            while propertyNames.contains(candidate) {
                candidate = propertyName + "Attribute\(counter)"
                counter += 1
            }
            propertyName = candidate
        }
        propertyNames.insert(propertyName)
        return GeneratedField(
            wireName: name,
            swiftName: propertyName,
            namespaceIndex: namespaceURI.map { self.namespaceIndex(of: $0) } ?? 0,
            kind: kind,
            occurrence: attribute.use == .required ? .required : .optional,
            notes: notes,
            valueConstraint: valueConstraint,
            placement: .attribute(isQualified: namespaceURI != nil)
        )
    }

    /// An element's name, namespace and what its declaration says, through `ref` to the global element.
    private struct ElementHead {
        var wireName: String
        var namespaceIndex: Int
        var typeReference: TypeReference
        /// The struct of a referenced global element with an anonymous complex type.
        var referenced: GeneratedField.Kind?
        var isNillable: Bool
        var valueConstraint: ValueConstraint?
    }

    private mutating func elementHead(_ element: LocalElement) -> ElementHead? {
        switch element.declaration {
        case .local(let name, let namespaceURI, let type):
            return ElementHead(
                wireName: name,
                namespaceIndex: namespaceURI.map { self.namespaceIndex(of: $0) } ?? 0,
                typeReference: type,
                referenced: nil,
                isNillable: element.isNillable,
                valueConstraint: element.valueConstraint
            )
        case .reference(let name):
            guard let global = definitions.schemas.elements[name] else {
                diagnostics.error("element ref \(display(name)) is not defined", at: element.location)
                return nil
            }
            report(global.unsupported)
            var referenced: GeneratedField.Kind?
            if case .anonymousComplex(let anonymous) = global.type {
                // One struct per global element, made once: an element that refers to itself (directly or
                // through others) ends at the struct being made instead of recursing without end.
                referenced = .structure(swiftType: referencedElementStruct(global, anonymous), schemaType: "element \(display(name))")
            }
            return ElementHead(
                wireName: name.localName,
                namespaceIndex: name.namespaceURI.map { self.namespaceIndex(of: $0) } ?? 0,
                typeReference: global.type,
                referenced: referenced,
                isNillable: global.isNillable,
                valueConstraint: global.valueConstraint
            )
        case .choice, .any:
            return nil
        }
    }

    private mutating func elementKind(
        _ head: ElementHead,
        owner: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        at location: SourceLocation
    ) -> (GeneratedField.Kind, [String])? {
        if let referenced = head.referenced { return (referenced, []) }
        return fieldKind(head.typeReference, elementName: head.wireName, owner: owner, nested: &nested, nestedNames: &nestedNames, at: location)
    }

    /// An `xsd:choice` as one field: an enum nested in the owner with a case per element, optional when the choice
    /// may be absent.
    private mutating func choiceField(
        _ alternatives: [LocalElement],
        of choice: LocalElement,
        owner: String,
        typeDisplay: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        wireNames: inout Set<String>,
        propertyNames: inout Set<String>
    ) -> GeneratedField? {
        var cases: [GeneratedField.Alternative] = []
        var caseNames: Set<String> = []
        for alternative in alternatives {
            guard let head = elementHead(alternative) else { continue }
            guard wireNames.insert(head.wireName).inserted else {
                diagnostics.error(
                    "element `\(head.wireName)` occurs twice in \(typeDisplay); repeated element names in one type are not supported",
                    at: alternative.location
                )
                continue
            }
            if head.isNillable || head.valueConstraint != nil {
                diagnostics.error("element `\(head.wireName)` of a `xsd:choice` is nillable or has a default or fixed value, which is not supported", at: alternative.location)
                continue
            }
            guard let (kind, _) = elementKind(head, owner: owner, nested: &nested, nestedNames: &nestedNames, at: alternative.location) else { continue }
            let caseName = Self.uniqueName(SwiftNaming.propertyName(head.wireName), in: &caseNames)
            var isIndirect = false
            if case .structure(let swiftType, _) = kind, inProgress.contains(swiftType) { isIndirect = true }
            cases.append(.init(wireName: head.wireName, caseName: caseName, namespaceIndex: head.namespaceIndex, kind: kind, isIndirect: isIndirect))
        }
        guard !cases.isEmpty else { return nil }
        let enumName = Self.uniqueName("Choice", in: &nestedNames)
        let propertyName = Self.uniqueName("choice", in: &propertyNames)
        return GeneratedField(
            wireName: cases.map(\.wireName).joined(separator: " | "),
            swiftName: propertyName,
            namespaceIndex: 0,
            kind: .choice(swiftType: "\(owner).\(enumName)", alternatives: cases),
            occurrence: choice.minOccurs == 0 ? .optional : .required,
            notes: []
        )
    }

    /// Names every generated struct declares itself (besides those of `Hashable`'s requirements): a field may not
    /// take one.
    private static let reservedMemberNames: Set<String> = ["hashValue", "lexicalValues", "elementName", "namespaceIndex", "acceptsAnyElementName"]

    /// The top-level struct for a global element with an anonymous complex type, named after the element.
    private mutating func referencedElementStruct(_ element: ElementDeclaration, _ type: ComplexTypeDeclaration) -> String {
        if let existing = state.referencedElementStructs[element.name] ?? state.bodyStructs[element.name] { return existing }
        let swiftName = uniqueTopLevelName(SwiftNaming.typeName(element.name.localName), for: "element `\(element.name.localName)`", at: element.location)
        let qualifiedName = "\(namespaceName).\(swiftName)"
        state.referencedElementStructs[element.name] = qualifiedName
        appendTopLevelStruct(
            swiftName,
            qualifiedName: qualifiedName,
            origin: "the anonymous complexType of global element `\(element.name.localName)`",
            bodyElement: nil,
            of: type
        )
        return qualifiedName
    }

    private mutating func fieldKind(
        _ reference: TypeReference,
        elementName: String,
        owner: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        at location: SourceLocation
    ) -> (GeneratedField.Kind, [String])? {
        switch reference {
        case .named(let name):
            if name.namespaceURI == XMLNamespaces.xmlSchema {
                guard let builtin = BuiltinSimpleType.swiftType(forXSD: name.localName) else {
                    let reason = name.localName == "anyType" ? "xsd:anyType is not supported" : "xsd:\(name.localName) is not an XML Schema built-in type"
                    diagnostics.error("element `\(elementName)`: \(reason)", at: location)
                    return nil
                }
                return (.scalar(swiftType: builtin, schemaType: "xsd:\(name.localName)"), [])
            }
            if let complexType = definitions.schemas.complexTypes[name] {
                return (.structure(swiftType: namedStruct(name, complexType), schemaType: display(name)), [])
            }
            if let simpleType = definitions.schemas.simpleTypes[name] {
                guard let (swiftType, facets) = resolveSimpleType(simpleType, depth: 0) else { return nil }
                if let enumeration = enumeration(swiftType, facets, named: name, preferredName: SwiftNaming.typeName(name.localName), at: simpleType.location) {
                    return (.scalar(swiftType: enumeration, schemaType: display(name)), [])
                }
                return (.scalar(swiftType: swiftType, schemaType: display(name)), facets)
            }
            diagnostics.error("type \(display(name)) of element `\(elementName)` is not defined", at: location)
            return nil
        case .anonymousComplex(let type):
            let swiftName = Self.uniqueName(SwiftNaming.typeName(elementName), in: &nestedNames)
            let qualifiedName = "\(owner).\(swiftName)"
            var inner: [GeneratedStruct] = []
            inProgress.insert(qualifiedName)
            let fields = structFields(of: type, owner: qualifiedName, nested: &inner)
            inProgress.remove(qualifiedName)
            nested.append(
                GeneratedStruct(
                    swiftName: swiftName,
                    qualifiedName: qualifiedName,
                    origin: "the anonymous complexType of element `\(elementName)`",
                    bodyElement: nil,
                    fields: fields,
                    nested: inner
                )
            )
            return (.structure(swiftType: qualifiedName, schemaType: "anonymous complexType"), [])
        case .anonymousSimple(let type):
            guard let (swiftType, facets) = resolveSimpleType(type, depth: 0) else { return nil }
            let schemaType = type.base.map(display) ?? "anonymous simpleType"
            if let enumeration = enumeration(swiftType, facets, named: nil, preferredName: SwiftNaming.typeName(elementName), at: type.location) {
                return (.scalar(swiftType: enumeration, schemaType: schemaType), [])
            }
            return (.scalar(swiftType: swiftType, schemaType: schemaType), facets)
        case .unspecified:
            diagnostics.error("element `\(elementName)` has no type; xsd:anyType is not supported", at: location)
            return nil
        }
    }

    /// The enum for a string type restricted to listed values, made once per named type; `nil` when the type lists
    /// none or is not a string (enumerations of numbers keep their number type, the values in its documentation).
    private mutating func enumeration(_ swiftType: String, _ facets: [String], named name: QName?, preferredName: String, at location: SourceLocation) -> String? {
        let prefix = "enumeration="
        let values = facets.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        guard swiftType == "Swift.String", !values.isEmpty else { return nil }
        if let name, let existing = state.namedEnumerations[name] { return existing }
        let swiftName = uniqueTopLevelName(preferredName, for: name.map { "simpleType `\($0.localName)`" } ?? "the enumeration of `\(preferredName)`", at: location)
        let qualifiedName = "\(namespaceName).\(swiftName)"
        var used: Set<String> = []
        var cases: [GeneratedEnumeration.Case] = []
        for value in values where !cases.contains(where: { $0.wireValue == value }) {
            var caseName = SwiftNaming.caseName(value) ?? (value.isEmpty ? "empty" : "value")
            if caseName == "unknown" { caseName = "unknownValue" }
            caseName = Self.uniqueName(caseName, in: &used)
            cases.append(.init(swiftName: caseName, wireValue: value))
        }
        if let name { state.namedEnumerations[name] = qualifiedName }
        state.enumerations.append(
            GeneratedEnumeration(
                swiftName: swiftName,
                qualifiedName: qualifiedName,
                origin: name.map { "simpleType `\($0.localName)`" } ?? "the anonymous simpleType of element `\(preferredName)`",
                cases: cases,
                unknownCaseName: "unknown"
            )
        )
        return qualifiedName
    }

    /// Follows restrictions down to a built-in type; facets are kept for documentation.
    private mutating func resolveSimpleType(_ type: SimpleTypeDeclaration, depth: Int) -> (String, [String])? {
        report(type.unsupported)
        guard type.unsupported.isEmpty else { return nil }
        if let item = type.listItemType {
            // A list is an array of its item type, written separated by spaces (SOAPScalar's Array conformance).
            if item.namespaceURI == XMLNamespaces.xmlSchema, let swiftType = BuiltinSimpleType.swiftType(forXSD: item.localName) {
                return ("[\(swiftType)]", ["list of xsd:\(item.localName)"] + type.facets)
            }
            guard depth < 32, let itemType = definitions.schemas.simpleTypes[item], itemType.listItemType == nil,
                let (swiftType, facets) = resolveSimpleType(itemType, depth: depth + 1)
            else {
                report([.init(message: "list item type \(display(item)) is not a defined simple type other than a list", location: type.location)])
                return nil
            }
            if let enumeration = enumeration(swiftType, facets, named: item, preferredName: SwiftNaming.typeName(item.localName), at: itemType.location) {
                return ("[\(enumeration)]", ["list of \(display(item))"] + type.facets)
            }
            return ("[\(swiftType)]", ["list of \(display(item))"] + facets + type.facets)
        }
        guard let base = type.base else { return nil }
        if base.namespaceURI == XMLNamespaces.xmlSchema {
            guard let swiftType = BuiltinSimpleType.swiftType(forXSD: base.localName) else {
                report([.init(message: "restriction base xsd:\(base.localName) is not an XML Schema built-in simple type", location: type.location)])
                return nil
            }
            return (swiftType, type.facets)
        }
        guard depth < 32, let next = definitions.schemas.simpleTypes[base] else {
            report([.init(message: "restriction base \(display(base)) is not a defined simple type", location: type.location)])
            return nil
        }
        if next.listItemType != nil {
            report([.init(message: "a restriction of the list type \(display(base)) is not supported", location: type.location)])
            return nil
        }
        guard let (swiftType, facets) = resolveSimpleType(next, depth: depth + 1) else { return nil }
        return (swiftType, facets + type.facets)
    }

    // MARK: Helpers

    private mutating func report(_ constructs: [UnsupportedConstruct]) {
        for construct in constructs where !state.reported.contains(construct) {
            state.reported.insert(construct)
            diagnostics.error(construct.message, at: construct.location)
        }
    }

    private mutating func namespaceIndex(of namespace: String) -> Int {
        if let index = state.namespaces.firstIndex(of: namespace) { return index + 1 }
        state.namespaces.append(namespace)
        return state.namespaces.count
    }

    private mutating func uniqueTopLevelName(_ preferred: String, for subject: String, at location: SourceLocation) -> String {
        Self.uniqueName(preferred, in: &state.topLevelNames) { preferred, name in
            diagnostics.warning("Swift name `\(preferred)` is already taken; \(subject) is generated as `\(name)`", at: location)
        }
    }

    /// `preferred`, or it with the lowest counter from 2 that `names` lacks, added to `names`; `renamed` hears of a
    /// rename.
    private static func uniqueName(_ preferred: String, in names: inout Set<String>, renamed: (String, String) -> Void = { _, _ in }) -> String {
        var name = preferred
        if names.contains(name) {
            var counter = 2
            while names.contains("\(preferred)\(counter)") { counter += 1 }
            name = "\(preferred)\(counter)"
            renamed(preferred, name)
        }
        names.insert(name)
        return name
    }

    private func display(_ name: QName) -> String {
        switch name.namespaceURI {
        case XMLNamespaces.xmlSchema: "xsd:\(name.localName)"
        case definitions.targetNamespace: "tns:\(name.localName)"
        default: "`\(name)`"
        }
    }
}
