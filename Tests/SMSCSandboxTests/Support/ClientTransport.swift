import SMSC
import SMSCSandbox
import SOAPNIOTransport

/// The two HTTP stacks a client can post through, so that behaviour under faults is checked on both.
enum ClientTransport: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The library's default: AsyncHTTPClient's `HTTPClient.shared`.
    case asyncHTTPClient
    /// `NIOHTTP1Transport`, which the `smsc` tool uses.
    case nio

    var description: String { rawValue }

    /// Runs `body` with a client of `server` posting through this transport, and shuts the transport down after.
    func withClient<Result>(
        of server: SandboxServer,
        configuration: SMSCClient.Configuration = .init(),
        credentials: SMSCCredentials = .login("demo", password: "demo"),
        _ body: (SMSCClient) async throws -> Result
    ) async throws -> Result {
        var configuration = configuration
        configuration.endpoint = SMSCEndpoint(url: server.endpoint)
        switch self {
        case .asyncHTTPClient:
            return try await body(SMSCClient(credentials: credentials, configuration: configuration))
        case .nio:
            let transport = NIOHTTP1Transport()
            do {
                let result = try await body(SMSCClient(credentials: credentials, configuration: configuration, transport: transport))
                await transport.shutdown()
                return result
            } catch {
                await transport.shutdown()
                throw error
            }
        }
    }
}
