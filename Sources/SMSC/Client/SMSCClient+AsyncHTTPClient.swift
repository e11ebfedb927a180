// Compiled with the package's `AsyncHTTPClientTransport` trait, on by default. Without it SMSC builds without
// AsyncHTTPClient (and the SwiftNIO and BoringSSL it brings), and a client is made with a transport of the caller's.
#if AsyncHTTPClientTransport
public import AsyncHTTPClient
public import Logging
import SOAPAsyncHTTPClient

extension SMSCClient {
    /// Creates a client that posts through an AsyncHTTPClient `HTTPClient`.
    ///
    /// - Parameters:
    ///   - credentials: Login and password, or an API key.
    ///   - configuration: Endpoint, deadline, limits, and where metrics and spans go.
    ///   - httpClient: The HTTP client to post through; `HTTPClient.shared` by default. The client never shuts it
    ///     down: its owner does, after the last call.
    ///   - logger: Receives `debug` lines per call and `trace` lines with masked envelopes; a no-op logger by
    ///     default. Each call may pass its own instead.
    /// - Throws: ``SMSCError`` with code ``SMSCError/Code/validation``, naming the setting or credential that breaks
    ///   a rule, as ``init(credentials:configuration:transport:logger:)`` does.
    public init(
        credentials: SMSCCredentials,
        configuration: Configuration = .init(),
        httpClient: HTTPClient = .shared,
        logger: Logger? = nil
    ) throws(SMSCError) {
        try self.init(
            credentials: credentials,
            configuration: configuration,
            transport: AsyncHTTPClientTransport(client: httpClient),
            logger: logger
        )
    }
}
#endif
