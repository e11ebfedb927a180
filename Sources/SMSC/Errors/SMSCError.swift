public import SOAPRuntime

/// Every failure of an SMSC call, in one type.
///
/// What went wrong is ``code``: which part of the call failed, in SMSC's terms. How the layer below failed is in the
/// typed error it reported, set where the failure was caught: ``transportError`` for the HTTP exchange,
/// ``envelopeError`` for a reply that is not the expected SOAP message. New codes may be added in minor releases, so
/// a `switch` over them needs a `default`. Like AsyncHTTPClient's `HTTPClientError`, codes also work as `catch`
/// patterns:
///
/// ```swift
/// do {
///     try await client.send("Hello", to: "79999999999", id: "order-1042")
/// } catch SMSCError.Code.transport {
///     // …
/// } catch let error as SMSCError where error.isRetrySafe {
///     // …
/// }
/// ```
///
/// Each error says whether the request may have reached the service (``mayHaveReachedServer``) and whether
/// repeating it is safe (``isRetrySafe``): it cannot send a message twice and may succeed. Descriptions never
/// contain the login, password or API key, and quote at most ``maximumQuotedLength`` characters of what the server
/// sent, so that a huge fault string reaches no log whole; ``fault`` keeps it whole.
public struct SMSCError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Which part of an SMSC call failed.
    public struct Code: CatchableErrorCode, CustomStringConvertible {
        private enum Value: String, Hashable, Sendable {
            case validation
            case throttled
            case cancelled
            case transport
            case httpStatus = "http_status"
            case fault
            case service
            case invalidResponse = "invalid_response"
        }

        private let value: Value

        private init(_ value: Value) {
            self.value = value
        }

        /// A value broke a documented rule; nothing was sent. ``SMSCError/field`` and ``SMSCError/rule`` say which.
        public static let validation = Code(.validation)
        /// The call would break one of the service's documented limits (``SMSCClient/Configuration/rateLimits``), and
        /// waiting until it would not would pass the call's deadline; nothing was sent.
        public static let throttled = Code(.throttled)
        /// The calling task was cancelled: while the call waited, or while the request was under way
        /// (``SMSCError/transportError`` then says so too).
        public static let cancelled = Code(.cancelled)
        /// The HTTP exchange failed: no connection, TLS, a deadline, or a broken connection.
        /// ``SMSCError/transportError`` says which (`SOAPTransportError.Code.timeout`, `.connect`, `.tls`,
        /// `.connectionFailed`).
        public static let transport = Code(.transport)
        /// The service answered with an HTTP error status and no SOAP envelope: ``SMSCError/httpStatus``.
        public static let httpStatus = Code(.httpStatus)
        /// The service answered with a SOAP fault: ``SMSCError/fault``.
        public static let fault = Code(.fault)
        /// The service answered with an `error` code: ``SMSCError/serviceError``.
        public static let service = Code(.service)
        /// The reply is not the one the WSDL describes: larger than the limit (``SMSCError/responseSizeLimit``), not
        /// well-formed XML, with a DOCTYPE, nested too deep, in an unknown encoding, not a SOAP envelope, not the
        /// schema (``SMSCError/envelopeError`` says which), or with a field whose value its meaning does not allow
        /// (``SMSCError/field``).
        public static let invalidResponse = Code(.invalidResponse)

        /// A stable snake_case name (`http_status`), used in metrics, spans and the CLI's JSON.
        public var description: String { value.rawValue }

        public static func code(of error: SMSCError) -> Code { error.code }

        /// Whether `error` is an ``SMSCError`` with this code: `catch SMSCError.Code.transport`.
        ///
        /// Declared here as well as on `SOAPRuntime.CatchableErrorCode` because an application that imports only
        /// `SMSC` does not see operators that `SOAPRuntime`'s protocol extensions declare.
        public static func ~= <Failure: Error>(code: Code, error: Failure) -> Bool {
            (error as? SMSCError)?.code == code
        }
    }

    /// What kind of failure this is.
    public internal(set) var code: Code
    /// The operation that failed; `nil` when the client itself could not be made (an invalid endpoint).
    public let operation: SMSCOperation?
    /// What happened, for people, without the operation's name; never contains credentials. Text from the server
    /// in it is cut at ``maximumQuotedLength`` characters, saying how long it was.
    public internal(set) var message: String

    /// The most characters of a server's text (a fault's reason, a reply's value) that ``message`` quotes.
    public static let maximumQuotedLength = 2048

    /// `text` as a message quotes it: whole up to ``maximumQuotedLength`` characters, else cut there, saying how
    /// long it was.
    static func quoted(_ text: String) -> String {
        guard text.count > maximumQuotedLength else { return text }
        return String(text.prefix(maximumQuotedLength))
            + " … [cut: \(maximumQuotedLength) of \(text.count) characters]"
    }
    /// The input field that broke a rule (``Code/validation``), or the reply field that is missing or holds a value
    /// its meaning does not allow (``Code/invalidResponse``).
    public let field: String?
    /// The rule the input broke, for ``Code/validation``.
    public let rule: String?
    /// The service's `error` code and its meaning, for ``Code/service``.
    public let serviceError: SMSCServiceError?
    /// The SOAP fault, for ``Code/fault``.
    public let fault: SOAPFault?
    /// The HTTP status of the reply, whenever one arrived.
    public let httpStatus: Int?
    /// The first bytes of the reply, credentials and message texts masked, whenever one arrived.
    public let responseBodyPrefix: String?
    /// The size limit the reply passed, for a reply refused for its size (``Code/invalidResponse``).
    public let responseSizeLimit: Int?
    /// How the HTTP exchange failed, for ``Code/transport``, and for ``Code/cancelled`` or
    /// ``Code/invalidResponse`` when the transport reported them.
    public let transportError: SOAPTransportError?
    /// Why the reply is not the expected SOAP message, for ``Code/invalidResponse`` found while reading it.
    public let envelopeError: SOAPEnvelopeError?

    /// The lower layer's error this one describes, when there is one: ``transportError`` or ``envelopeError``.
    public var underlyingError: (any Error)? {
        if let transportError { return transportError }
        return envelopeError
    }
    /// Whether the request may have reached the service: `false` only when it certainly did not (the input was
    /// refused, the pacer held it back, or the transport says it never left).
    public let mayHaveReachedServer: Bool
    /// Whether the reply's status line and headers had arrived when the call failed: a read that failed before them
    /// had nothing answered, and may be tried again.
    let responseHeadReceived: Bool
    /// Whether `get_status` said, after this send failed, that the service does not have the message.
    var isSendSettledAsNotSent = false

    init(
        code: Code,
        operation: SMSCOperation?,
        message: String,
        mayHaveReachedServer: Bool,
        responseHeadReceived: Bool = false,
        field: String? = nil,
        rule: String? = nil,
        serviceError: SMSCServiceError? = nil,
        fault: SOAPFault? = nil,
        response: SOAPResponseSummary? = nil,
        responseSizeLimit: Int? = nil,
        transportError: SOAPTransportError? = nil,
        envelopeError: SOAPEnvelopeError? = nil
    ) {
        self.code = code
        self.operation = operation
        self.message = message
        self.mayHaveReachedServer = mayHaveReachedServer
        self.responseHeadReceived = responseHeadReceived
        self.field = field
        self.rule = rule
        self.serviceError = serviceError
        self.fault = fault
        self.httpStatus = response?.status
        self.responseBodyPrefix = response.map { Redaction.redact($0.bodyPrefixDescription) }
        self.responseSizeLimit = responseSizeLimit
        self.transportError = transportError
        self.envelopeError = envelopeError
    }

    static func validation(_ operation: SMSCOperation?, field: String, rule: String) -> SMSCError {
        SMSCError(
            code: .validation,
            operation: operation,
            message: "invalid \(field): \(rule); nothing was sent",
            mayHaveReachedServer: false,
            field: field,
            rule: rule
        )
    }

    /// For a failed send, whether the message may have gone out all the same: the request may have reached the
    /// service, and neither a reply nor a check of the message's status said what became of it. Nobody knows
    /// whether it was delivered, so it must not be sent again blindly.
    ///
    /// The client checks such a send itself when it has an id (see
    /// ``SMSCClient/send(_:to:id:sender:time:options:query:logger:)``), so this is `true` only when it could not:
    /// the send had no id, or the check failed too. It is `false` when the message certainly did not go out (the
    /// service refused it, the request never left, or `get_status` said the service does not have it) and for
    /// every operation other than a send.
    public var messageMayHaveBeenSent: Bool {
        guard operation?.isIdempotent == false, !isSendSettledAsNotSent else { return false }
        switch code {
        case .validation, .throttled, .service, .fault: return false
        default: return mayHaveReachedServer
        }
    }

    /// Whether repeating the same call is safe and may succeed: it cannot deliver a message twice, and the
    /// failure is of a kind that can pass (a network problem, a rate limit, a temporary block).
    ///
    /// A send that may have gone out (``messageMayHaveBeenSent``) is never retry-safe. Check it with
    /// ``SMSCClient/status(phone:id:detail:query:logger:)`` using the message's id instead.
    public var isRetrySafe: Bool {
        let transient: Bool
        switch code {
        case .validation, .fault:
            transient = false
        case .throttled, .cancelled:
            transient = true
        case .service:
            // 4: IP temporarily blocked; 9: too many requests. For a send, 9 means an identical send went
            // through less than a minute ago, so repeating it would be the duplicate it guards against.
            let serviceCode = serviceError?.code
            transient = serviceCode == 4 || (serviceCode == 9 && operation?.isIdempotent == true)
        case .httpStatus:
            let status = httpStatus ?? 0
            transient = status == 408 || status == 429 || status >= 500
        case .transport:
            // A certificate that is not trusted stays untrusted, and a request the transport refused is refused
            // again; other network failures can pass.
            transient = transportError?.code != .tls && transportError?.code != .requestRefused
        default:
            // A reply that breaks the protocol (a proxy's error page, a truncated body) can pass.
            transient = code == .invalidResponse
        }
        guard transient else { return false }
        return operation?.isIdempotent == true || !messageMayHaveBeenSent
    }

    /// The most specific low-cardinality name of this failure, for metrics and spans: the transport's code for a
    /// failed exchange (`timeout`, `connect`), the envelope reader's for a refused reply (`invalid_xml`), otherwise
    /// ``code``.
    var errorType: String {
        transportError?.code.description ?? envelopeError?.code.description ?? code.description
    }

    public var description: String {
        "\(operation?.wireName ?? "SMSCClient"): \(message)"
    }

    public var debugDescription: String {
        """
        SMSCError(code: \(code), operation: \(operation?.wireName ?? "none"), message: \(message), \
        mayHaveReachedServer: \(mayHaveReachedServer), messageMayHaveBeenSent: \(messageMayHaveBeenSent), \
        isRetrySafe: \(isRetrySafe))
        """
    }
}
