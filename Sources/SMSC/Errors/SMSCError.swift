public import SOAPRuntime

/// Every failure of an SMSC call, in one type to switch on.
///
/// Each error says whether the request may have reached the service (``mayHaveReachedServer``) and whether
/// repeating it is safe (``isRetrySafe``): it cannot send a message twice and may succeed. Descriptions never
/// contain the login, password or API key.
public struct SMSCError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable {
        /// A value broke a documented rule; nothing was sent.
        case validation(field: String, rule: String)
        /// The service answered with an `error` code.
        case service(ServiceError)
        /// The service answered with a SOAP fault.
        case fault(SOAPFault, httpStatus: Int)
        /// The service answered with an HTTP error status and no SOAP envelope.
        case httpStatus(Int, bodyPrefix: String)
        /// The HTTP exchange failed.
        case transport(TransportFailure, message: String)
        /// The reply is not what the protocol allows.
        case protocolViolation(ProtocolViolation, httpStatus: Int, bodyPrefix: String)
    }

    /// How the HTTP exchange failed.
    public enum TransportFailure: Sendable, Hashable {
        /// No connection could be made.
        case connect
        /// The TLS handshake failed (the certificate is always verified).
        case tls
        /// A connect, read or total deadline passed.
        case timeout
        /// The calling task was cancelled.
        case cancelled
        /// The connection broke, or another HTTP failure.
        case other
    }

    /// How a reply broke the protocol.
    public enum ProtocolViolation: Sendable, Hashable {
        /// Not well-formed XML, an empty body, or text that is not valid in its encoding.
        case malformedXML(String)
        /// Larger than the configured limit (bytes).
        case tooLarge(limit: Int)
        /// The reply has a DOCTYPE, which is refused (as PHP's SoapClient does).
        case doctype
        /// Elements nest deeper than the configured limit.
        case tooDeep
        /// The reply's character encoding is unknown.
        case unsupportedEncoding(String)
        /// XML, but not a SOAP envelope with the expected body element.
        case notSOAP(String)
        /// The body element does not match the WSDL's schema.
        case schemaMismatch(String)
        /// A field holds a value its meaning does not allow (`cost` that is not a number).
        case invalidValue(field: String, value: String)
    }

    /// The operation that failed; `nil` when the client itself could not be made (an invalid endpoint).
    public let operation: SMSCOperation?
    public let reason: Reason
    private let requestMayHaveBeenSent: Bool

    init(operation: SMSCOperation?, reason: Reason, requestMayHaveBeenSent: Bool) {
        self.operation = operation
        self.reason = reason
        self.requestMayHaveBeenSent = requestMayHaveBeenSent
    }

    static func validation(_ operation: SMSCOperation?, field: String, rule: String) -> SMSCError {
        SMSCError(operation: operation, reason: .validation(field: field, rule: rule), requestMayHaveBeenSent: false)
    }

    /// Whether the request may have reached the service: `false` only when it certainly did not.
    public var mayHaveReachedServer: Bool {
        switch reason {
        case .validation: false
        case .transport: requestMayHaveBeenSent
        case .service, .fault, .httpStatus, .protocolViolation: true
        }
    }

    /// Whether repeating the same call is safe and may succeed: it cannot deliver a message twice, and the
    /// failure is of a kind that can pass (a network problem, a rate limit, a temporary block).
    ///
    /// A send whose request may have reached the service is never retry-safe: the message may have gone out.
    /// Check with ``SMSCClient/status(phone:id:detail:query:)`` using the message id you chose instead.
    public var isRetrySafe: Bool {
        let transient: Bool
        switch reason {
        case .validation, .fault:
            transient = false
        case .service(let error):
            // 4: IP temporarily blocked; 9: too many requests. For a send, 9 means an identical send went
            // through less than a minute ago, so repeating it would be the duplicate it guards against.
            transient = error.code == 4 || (error.code == 9 && operation?.isIdempotent == true)
        case .httpStatus(let status, _):
            transient = status == 408 || status == 429 || status >= 500
        case .transport(let failure, _):
            transient = failure != .tls
        case .protocolViolation:
            transient = true
        }
        guard transient else { return false }
        return operation?.isIdempotent == true || !mayHaveReachedServer
    }

    public var description: String {
        let what: String
        switch reason {
        case .validation(let field, let rule):
            what = "invalid \(field): \(rule); nothing was sent"
        case .service(let error):
            what = "the service answered error \(error.code): \(error.meaning)"
        case .fault(let fault, let httpStatus):
            what = "SOAP fault \(fault.code): \(fault.reason) (HTTP \(httpStatus))"
        case .httpStatus(let status, let bodyPrefix):
            what = "HTTP status \(status); the body starts \(bodyPrefix)"
        case .transport(_, let message):
            what = message
        case .protocolViolation(let violation, let status, let bodyPrefix):
            what = "invalid reply (HTTP \(status)): \(violation.explanation); the body starts \(bodyPrefix)"
        }
        return "\(operation?.wireName ?? "SMSCClient"): \(what)"
    }

    public var debugDescription: String {
        "SMSCError(operation: \(operation?.wireName ?? "none"), reason: \(description), mayHaveReachedServer: \(mayHaveReachedServer), isRetrySafe: \(isRetrySafe))"
    }
}

extension SMSCError.ProtocolViolation {
    var explanation: String {
        switch self {
        case .malformedXML(let message): "not well-formed XML: \(message)"
        case .tooLarge(let limit): "larger than the limit of \(limit) bytes"
        case .doctype: "it has a DOCTYPE, which is refused"
        case .tooDeep: "elements nest deeper than the limit"
        case .unsupportedEncoding(let message): "unsupported character encoding: \(message)"
        case .notSOAP(let message): message
        case .schemaMismatch(let message): "it does not match the WSDL: \(message)"
        case .invalidValue(let field, let value): "`\(field)` is \"\(value)\", which is not a valid value"
        }
    }
}
