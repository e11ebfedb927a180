/// Why a SOAP call failed, with what is known about the response.
///
/// The kinds of failure are static members of ``Code`` rather than enum cases, so new kinds can be added without
/// breaking code that switches over them (the pattern of AsyncHTTPClient's `HTTPClientError`). What each kind
/// knows is in the optional properties: ``transportError`` for ``Code/transport``, ``fault`` for ``Code/fault``,
/// ``response`` whenever a response arrived.
public struct SOAPCallError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: CatchableErrorCode, CustomStringConvertible {
        private enum Value: String, Hashable, Sendable {
            case encoding
            case transport
            case fault
            case httpStatus = "http_status"
            case invalidResponse = "invalid_response"
        }

        private let value: Value

        private init(_ value: Value) {
            self.value = value
        }

        /// A value could not be written into the envelope; nothing was sent (``SOAPCallError/encodingError``).
        public static let encoding = Code(.encoding)
        /// The HTTP exchange failed (``SOAPCallError/transportError``).
        public static let transport = Code(.transport)
        /// The server answered with a SOAP fault, whatever the HTTP status (``SOAPCallError/fault``).
        public static let fault = Code(.fault)
        /// The server answered with a non-2xx status and a body that is not a SOAP envelope.
        public static let httpStatus = Code(.httpStatus)
        /// The server answered 2xx but the body is not the expected SOAP response: not XML, too large, too deep, a
        /// DOCTYPE, another body element, or content that does not match the schema (``SOAPCallError/envelopeError``).
        public static let invalidResponse = Code(.invalidResponse)

        /// A stable snake_case name (`http_status`), for logs and metrics.
        public var description: String { value.rawValue }

        public static func code(of error: SOAPCallError) -> Code { error.code }
    }

    /// What kind of failure this is.
    public var code: Code
    /// The WSDL operation name.
    public var operation: String
    /// The status and first bytes of the response, whenever one arrived.
    public var response: SOAPResponseSummary?
    /// The fault the server answered, for ``Code/fault``.
    public var fault: SOAPFault?
    /// Whether any byte of the request may have reached the server: `false` only when it certainly did not (the
    /// request could not be written, or the transport says it never left).
    public var requestMayHaveReachedServer: Bool
    /// Whether the response had begun (its status line and headers had arrived) when the call failed. A call that
    /// failed before any of its response had nothing answered; one that failed mid-body had an answer under way.
    public var responseHeadReceived: Bool
    /// Why the request could not be written, for ``Code/encoding``.
    public var encodingError: SOAPEncodingError?
    /// How the exchange failed, for ``Code/transport``.
    public var transportError: SOAPTransportError?
    /// Why the response is not acceptable, for ``Code/invalidResponse``.
    public var envelopeError: SOAPEnvelopeError?

    /// The error this one describes: the encoding, transport or envelope error, when there is one.
    public var underlyingError: (any Error)? {
        if let encodingError { return encodingError }
        if let transportError { return transportError }
        return envelopeError
    }

    private init(
        code: Code,
        operation: String,
        response: SOAPResponseSummary?,
        requestMayHaveReachedServer: Bool,
        responseHeadReceived: Bool,
        fault: SOAPFault? = nil,
        encodingError: SOAPEncodingError? = nil,
        transportError: SOAPTransportError? = nil,
        envelopeError: SOAPEnvelopeError? = nil
    ) {
        self.code = code
        self.operation = operation
        self.response = response
        self.requestMayHaveReachedServer = requestMayHaveReachedServer
        self.responseHeadReceived = responseHeadReceived
        self.fault = fault
        self.encodingError = encodingError
        self.transportError = transportError
        self.envelopeError = envelopeError
    }

    /// A value could not be written into the envelope; nothing was sent.
    public static func encoding(_ error: SOAPEncodingError, operation: String) -> SOAPCallError {
        SOAPCallError(
            code: .encoding,
            operation: operation,
            response: nil,
            requestMayHaveReachedServer: false,
            responseHeadReceived: false,
            encodingError: error
        )
    }

    /// The HTTP exchange failed; what the transport knew of the request and the response is kept.
    public static func transport(_ error: SOAPTransportError, operation: String) -> SOAPCallError {
        SOAPCallError(
            code: .transport,
            operation: operation,
            response: nil,
            requestMayHaveReachedServer: error.requestMayHaveReachedServer,
            responseHeadReceived: error.responseHeadReceived,
            transportError: error
        )
    }

    /// The server answered with a SOAP fault.
    public static func fault(_ fault: SOAPFault, response: SOAPResponseSummary, operation: String) -> SOAPCallError {
        answered(.fault, response, operation, fault: fault)
    }

    /// The server answered with a non-2xx status and no SOAP fault.
    public static func httpStatus(_ response: SOAPResponseSummary, operation: String) -> SOAPCallError {
        answered(.httpStatus, response, operation)
    }

    /// The server answered 2xx with a body that is not the expected response.
    public static func invalidResponse(
        _ error: SOAPEnvelopeError,
        response: SOAPResponseSummary,
        operation: String
    ) -> SOAPCallError {
        answered(.invalidResponse, response, operation, envelopeError: error)
    }

    /// A failure with a response in hand: the request reached the server, and the response's head arrived.
    private static func answered(
        _ code: Code,
        _ response: SOAPResponseSummary,
        _ operation: String,
        fault: SOAPFault? = nil,
        envelopeError: SOAPEnvelopeError? = nil
    ) -> SOAPCallError {
        SOAPCallError(
            code: code,
            operation: operation,
            response: response,
            requestMayHaveReachedServer: true,
            responseHeadReceived: true,
            fault: fault,
            envelopeError: envelopeError
        )
    }

    public var description: String {
        let status = response.map { "HTTP \($0.status)" } ?? "no response"
        switch code {
        case .encoding:
            return
                "\(operation): nothing was sent: \(encodingError.map { "\($0)" } ?? "the request could not be written")"
        case .transport:
            return "\(operation): \(transportError?.message ?? "the HTTP exchange failed")"
        case .fault:
            return "\(operation): \(fault.map { "\($0)" } ?? "SOAP fault") (\(status))"
        case .httpStatus:
            return "\(operation): \(status): \(response?.bodyPrefixDescription ?? "an empty body")"
        default:
            let reason = envelopeError.map { "\($0)" } ?? "not the expected SOAP response"
            return
                """
                \(operation): invalid response (\(status)): \(reason); body starts \
                \(response?.bodyPrefixDescription ?? "an empty body")
                """
        }
    }
}

/// The status and the first bytes of a response, kept for error reports.
public struct SOAPResponseSummary: Sendable, Hashable {
    /// The HTTP status code of the response (200, 500, …).
    public var status: Int
    /// The response's `Content-Type` header field, or `nil` when it had none.
    public var contentType: String?
    /// The first bytes of the body (at most ``prefixLength``).
    public var bodyPrefix: [UInt8]
    /// The body's full length.
    public var bodyLength: Int

    /// The most bytes of the body ``bodyPrefix`` keeps: enough to show in a report what came back (an HTML error
    /// page, a truncated envelope) without keeping a large body.
    public static let prefixLength = 256

    /// Summarises a response: its status and content type, the first ``prefixLength`` bytes of its body and the
    /// body's length.
    ///
    /// - Parameters:
    ///   - status: The HTTP status code of the response.
    ///   - contentType: The response's `Content-Type` header field, or `nil` when it had none.
    ///   - body: The complete body; only its first ``prefixLength`` bytes and its length are kept.
    public init(status: Int, contentType: String?, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.bodyPrefix = Array(body.prefix(Self.prefixLength))
        self.bodyLength = body.count
    }

    /// The prefix as text (invalid UTF-8 shown as U+FFFD), quoted, or "an empty body".
    public var bodyPrefixDescription: String {
        if bodyLength == 0 { return "an empty body" }
        let text = String(decoding: bodyPrefix, as: UTF8.self)
        return "\"\(text)\(bodyLength > bodyPrefix.count ? "…" : "")\""
    }
}
