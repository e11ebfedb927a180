/// Why a transport could not complete a call.
public struct SOAPTransportError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// No connection could be made (refused, unreachable, name not resolved).
        case connect
        /// The TLS handshake failed (certificate not trusted, hostname mismatch, protocol error).
        case tls
        /// A deadline passed: connecting, waiting for bytes, or the whole call.
        case timeout
        /// The calling task was cancelled.
        case cancelled
        /// The response body grew past the limit; reading stopped there.
        case responseTooLarge(limit: Int)
        /// The connection broke or the HTTP exchange failed otherwise.
        case other
    }

    public var kind: Kind
    /// What happened, for people.
    public var message: String
    /// Whether any byte of the request may have reached the server. `false` only when it certainly did not
    /// (the connection was never made, or the call was cancelled before sending).
    public var requestMayHaveReachedServer: Bool

    public init(kind: Kind, message: String, requestMayHaveReachedServer: Bool) {
        self.kind = kind
        self.message = message
        self.requestMayHaveReachedServer = requestMayHaveReachedServer
    }

    public var description: String {
        message
    }
}
