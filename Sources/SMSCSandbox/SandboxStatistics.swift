/// What a ``SandboxServer`` has seen and done so far: the counts a test checks after a run against it.
public struct SandboxStatistics: Sendable, Hashable {
    /// SOAP requests received (POSTs), well-formed or not.
    public var requests: Int
    /// Messages accepted for delivery: one per recipient of each accepted send.
    public var acceptedMessages: Int
    /// Accepted messages that repeat an earlier one: the same account, recipient and text. A client that never
    /// sends twice keeps this at zero as long as each of its messages has its own text.
    public var repeatedMessages: Int
    /// The faults injected so far, by kind (``SandboxFaultInjection``).
    public var faultsInjected: [SandboxFault: Int]

    /// Makes statistics; each parameter sets the property of the same name, for comparing with
    /// ``SandboxServer/statistics``.
    public init(requests: Int, acceptedMessages: Int, repeatedMessages: Int, faultsInjected: [SandboxFault: Int]) {
        self.requests = requests
        self.acceptedMessages = acceptedMessages
        self.repeatedMessages = repeatedMessages
        self.faultsInjected = faultsInjected
    }
}
