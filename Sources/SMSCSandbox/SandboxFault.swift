/// A failure the sandbox can inject into an exchange, as networks, gateways and the service produce them.
///
/// Each one happens at a given point of the exchange, and whether the service acted on the request before it
/// (``processesRequest``) is what a client must find out afterwards: a send whose reply was lost may have been
/// delivered.
public enum SandboxFault: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The connection is reset (TCP RST) after the request arrives and before the service acts on it.
    case resetBeforeProcessing = "reset-before"
    /// The service acts on the request, then the connection is reset before any of the reply is written.
    case resetAfterProcessing = "reset-after"
    /// The service acts on the request, and its reply is held back for ``SandboxFaultInjection/replyDelay``
    /// (past the caller's deadline, if that is shorter).
    case delayedReply = "delay"
    /// The service acts on the request, and a gateway answers HTTP 502 with an HTML page in place of its reply.
    case badGateway = "http-502"
    /// A gateway answers HTTP 503 with an HTML page; the service never sees the request.
    case serviceUnavailable = "http-503"
    /// The service acts on the request; the reply's head and half its body are written, then the connection is
    /// closed.
    case truncatedReply = "truncate"
    /// The service answers error 9 (too many requests) without acting on the request.
    case rateLimited = "error-9"
    /// The service answers error 4 (the IP address is blocked for a while) without acting on the request.
    case ipBlocked = "error-4"

    /// Whether the service acts on the request (a send is delivered) before the fault strikes.
    public var processesRequest: Bool {
        switch self {
        case .resetAfterProcessing, .delayedReply, .badGateway, .truncatedReply: true
        case .resetBeforeProcessing, .serviceUnavailable, .rateLimited, .ipBlocked: false
        }
    }

    /// The name used by `smsc sandbox --faults` and in statistics (`reset-before`).
    public var description: String { rawValue }
}
