/// Why a transport could not complete a call.
///
/// Like AsyncHTTPClient's `HTTPClientError`, the kinds of failure are static members of ``Code`` rather than enum
/// cases, so new kinds can be added without breaking code that switches over them. Match with `==`, `switch` with
/// a `default`, or a `catch` pattern:
///
/// ```swift
/// do { … } catch SOAPTransportError.Code.timeout { … }
/// ```
public struct SOAPTransportError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: CatchableErrorCode, CustomStringConvertible {
        private enum Value: String, Hashable, Sendable {
            case connect
            case tls
            case timeout
            case cancelled
            case responseTooLarge = "response_too_large"
            case connectionFailed = "connection_failed"
            case requestRefused = "request_refused"
        }

        private let value: Value

        private init(_ value: Value) {
            self.value = value
        }

        /// No connection could be made (refused, unreachable, name not resolved).
        public static let connect = Code(.connect)
        /// The TLS handshake failed (certificate not trusted, hostname mismatch, protocol error).
        public static let tls = Code(.tls)
        /// A deadline passed: connecting, waiting for bytes, or the whole call.
        public static let timeout = Code(.timeout)
        /// The calling task was cancelled.
        public static let cancelled = Code(.cancelled)
        /// The response body grew past the limit; reading stopped there (``SOAPTransportError/responseSizeLimit``).
        public static let responseTooLarge = Code(.responseTooLarge)
        /// The connection broke, or the HTTP exchange failed otherwise.
        public static let connectionFailed = Code(.connectionFailed)
        /// The transport refused the request without sending it, and would refuse it again: a URL that is not
        /// http(s), a header value that cannot go on a header line, a replay transport with no recording of it.
        /// Unlike ``connect``, never worth a retry.
        public static let requestRefused = Code(.requestRefused)

        /// A stable snake_case name (`connection_failed`), for logs and metrics.
        public var description: String { value.rawValue }

        public static func code(of error: SOAPTransportError) -> Code { error.code }
    }

    /// What kind of failure this is.
    public var code: Code
    /// What happened, for people; never contains the request body.
    public var message: String
    /// Whether any byte of the request may have reached the server. `false` only when it certainly did not
    /// (the connection was never made, or the call was cancelled before sending).
    public var requestMayHaveReachedServer: Bool
    /// Whether the response had begun (its status line and headers had arrived) when the call failed. A read that
    /// failed before any of its response is safe to try again; one that failed mid-body had an answer under way.
    public var responseHeadReceived: Bool
    /// The size limit that was passed, for ``Code/responseTooLarge``; otherwise `nil`.
    public var responseSizeLimit: Int?
    /// The HTTP library's own error, when there was one.
    public var underlyingError: (any Error)?

    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - message: What happened, for people; never the request body.
    ///   - requestMayHaveReachedServer: `false` only when the request certainly never left.
    ///   - responseHeadReceived: Whether the response's status line and headers had arrived.
    ///   - responseSizeLimit: The limit that was passed, for ``Code/responseTooLarge``.
    ///   - underlyingError: The HTTP library's own error.
    public init(
        code: Code,
        message: String,
        requestMayHaveReachedServer: Bool,
        responseHeadReceived: Bool = false,
        responseSizeLimit: Int? = nil,
        underlyingError: (any Error)? = nil
    ) {
        self.code = code
        self.message = message
        self.requestMayHaveReachedServer = requestMayHaveReachedServer
        self.responseHeadReceived = responseHeadReceived
        self.responseSizeLimit = responseSizeLimit
        self.underlyingError = underlyingError
    }

    public var description: String {
        message
    }
}
