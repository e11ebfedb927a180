/// The service's in-band errors (`<error>N</error>`), as the sandbox gives them.
enum SandboxServiceError: Error, Hashable {
    /// 1: a parameter is missing or malformed; the text says which (for logs, not the wire).
    case parameters(String)
    /// 2: unknown login, wrong password or unknown API key.
    case authentication
    /// 3 for sends and cost requests.
    case insufficientFunds
    /// 3 for status requests.
    case messageNotFound
    /// 5
    case dateFormat
    /// 7: no number in the list can be sent to.
    case phoneFormat
    /// 9: the same send within the duplicate window.
    case duplicateRequest
    /// 9: asked too often; only injected (``SandboxFault/rateLimited``).
    case tooManyRequests
    /// 4: the caller's IP address is blocked for a while; only injected (``SandboxFault/ipBlocked``).
    case ipBlocked

    var code: Int {
        switch self {
        case .parameters: 1
        case .authentication: 2
        case .insufficientFunds, .messageNotFound: 3
        case .ipBlocked: 4
        case .dateFormat: 5
        case .phoneFormat: 7
        case .duplicateRequest, .tooManyRequests: 9
        }
    }
}
