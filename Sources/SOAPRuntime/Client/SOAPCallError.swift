/// Why a SOAP call failed, with what is known about the response.
///
/// The kinds of failure are static members of ``Code`` rather than enum cases, so new kinds can be added without
/// breaking code that switches over them (the pattern of AsyncHTTPClient's `HTTPClientError`). What each kind
/// knows is in the optional properties: ``transportError`` for ``Code/transport``, ``fault`` for ``Code/fault``,
/// ``response`` whenever a response arrived.
public struct SOAPCallError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
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

        /// Whether `error` is a ``SOAPCallError`` with this code: `catch SOAPCallError.Code.fault`.
        ///
        /// Generic on purpose: a non-generic `(Code, any Error)` overload would outrank the standard library's `~=` in
        /// `switch` statements over other errors, so `case .cancelled` on an `HTTPClientError` would silently match
        /// this code instead. Generic, such a pattern is a compile-time ambiguity to qualify, never a wrong match.
        public static func ~= <Failure: Error>(code: Code, error: Failure) -> Bool {
            (error as? SOAPCallError)?.code == code
        }
    }

    /// What kind of failure this is.
    public var code: Code
    /// The WSDL operation name.
    public var operation: String
    /// Why the request could not be written, for ``Code/encoding``.
    public var encodingError: SOAPEncodingError?
    /// How the exchange failed, for ``Code/transport``.
    public var transportError: SOAPTransportError?
    /// The fault the server answered, for ``Code/fault``.
    public var fault: SOAPFault?
    /// Why the response is not acceptable, for ``Code/invalidResponse``.
    public var envelopeError: SOAPEnvelopeError?
    /// The status and first bytes of the response, whenever one arrived.
    public var response: SOAPResponseSummary?

    /// The error this one wraps: the encoding, transport or envelope error.
    public var underlyingError: (any Error)? {
        if let encodingError { return encodingError }
        if let transportError { return transportError }
        return envelopeError
    }

    private init(
        code: Code,
        operation: String,
        encodingError: SOAPEncodingError? = nil,
        transportError: SOAPTransportError? = nil,
        fault: SOAPFault? = nil,
        envelopeError: SOAPEnvelopeError? = nil,
        response: SOAPResponseSummary? = nil
    ) {
        self.code = code
        self.operation = operation
        self.encodingError = encodingError
        self.transportError = transportError
        self.fault = fault
        self.envelopeError = envelopeError
        self.response = response
    }

    /// A value could not be written into the envelope; nothing was sent.
    public static func encoding(_ error: SOAPEncodingError, operation: String) -> SOAPCallError {
        SOAPCallError(code: .encoding, operation: operation, encodingError: error)
    }

    /// The HTTP exchange failed.
    public static func transport(_ error: SOAPTransportError, operation: String) -> SOAPCallError {
        SOAPCallError(code: .transport, operation: operation, transportError: error)
    }

    /// The server answered with a SOAP fault.
    public static func fault(_ fault: SOAPFault, response: SOAPResponseSummary, operation: String) -> SOAPCallError {
        SOAPCallError(code: .fault, operation: operation, fault: fault, response: response)
    }

    /// The server answered with a non-2xx status and no SOAP fault.
    public static func httpStatus(_ response: SOAPResponseSummary, operation: String) -> SOAPCallError {
        SOAPCallError(code: .httpStatus, operation: operation, response: response)
    }

    /// The server answered 2xx with a body that is not the expected response.
    public static func invalidResponse(_ error: SOAPEnvelopeError, response: SOAPResponseSummary, operation: String) -> SOAPCallError {
        SOAPCallError(code: .invalidResponse, operation: operation, envelopeError: error, response: response)
    }

    public var description: String {
        let status = response.map { "HTTP \($0.status)" } ?? "no response"
        switch code {
        case .encoding:
            return "\(operation): nothing was sent: \(encodingError.map { "\($0)" } ?? "the request could not be written")"
        case .transport:
            return "\(operation): \(transportError?.message ?? "the HTTP exchange failed")"
        case .fault:
            return "\(operation): \(fault.map { "\($0)" } ?? "SOAP fault") (\(status))"
        case .httpStatus:
            return "\(operation): \(status): \(response?.bodyPrefixDescription ?? "an empty body")"
        default:
            let reason = envelopeError.map { "\($0)" } ?? "not the expected SOAP response"
            return "\(operation): invalid response (\(status)): \(reason); body starts \(response?.bodyPrefixDescription ?? "an empty body")"
        }
    }
}

/// The status and the first bytes of a response, kept for error reports.
public struct SOAPResponseSummary: Sendable, Hashable {
    public var status: Int
    public var contentType: String?
    /// The first bytes of the body (at most ``prefixLength``).
    public var bodyPrefix: [UInt8]
    /// The body's full length.
    public var bodyLength: Int

    public static let prefixLength = 256

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
