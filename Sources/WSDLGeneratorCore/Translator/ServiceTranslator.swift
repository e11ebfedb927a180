/// Decides what to generate for a parsed WSDL: every SOAP port (the first SOAP 1.1 one at the top of the namespace),
/// checks that every operation is document/literal (one element part in the body) or rpc/literal, and shapes each
/// element and type into a struct, shared by the ports.
struct ServiceTranslator {
    let definitions: WSDLDefinitions
    private let sourceFileName: String
    let namespaceName: String
    /// Swapped for a scratch emitter while an additional port is translated, so a port that cannot be generated is
    /// left out with a warning instead of failing the others.
    var diagnostics: DiagnosticEmitter
    /// What is generated so far, for all ports; an additional port that cannot be generated is rolled back by
    /// restoring a copy taken before it.
    var state: TranslationState
    /// The qualified names of the structs being made: a field of one of them closes a cycle. Every struct is
    /// finished before the next port starts, so it is empty between ports and needs no rollback.
    var inProgress: Set<String> = []

    init(definitions: WSDLDefinitions, sourceFileName: String, namespaceName: String, diagnostics: DiagnosticEmitter) {
        self.definitions = definitions
        self.sourceFileName = sourceFileName
        self.namespaceName = namespaceName
        self.diagnostics = diagnostics
        self.state = TranslationState(topLevelNames: Self.reservedTypeNames(namespaceName: namespaceName))
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
            port: Self.port(
                swiftName: nil,
                service: service,
                port: port,
                binding: binding,
                portType: portType,
                operations: operations
            ),
            additionalPorts: additionalPorts,
            types: state.types,
            enumerations: state.enumerations
        )
    }

    mutating func report(_ constructs: [UnsupportedConstruct]) {
        for construct in constructs where !state.reported.contains(construct) {
            state.reported.insert(construct)
            diagnostics.error(construct.message, at: construct.location)
        }
    }
}
