import SMSC
import SMSCSandbox
import SOAPAsyncHTTPClient
import SOAPNIOTransport
import SOAPRuntime

/// The two HTTP stacks a client can post through, so that behaviour under faults is checked on both.
enum ClientTransport: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The library's default: AsyncHTTPClient's `HTTPClient.shared`.
    case asyncHTTPClient
    /// `NIOHTTP1Transport`, which the `smsc` tool uses.
    case nio

    var description: String { rawValue }

    /// Runs `body` with a client of `server` posting through this transport, and shuts the transport down after.
    ///
    /// With `deadline`, the calls also end as timed out when the test passes it (see ``DrivenDeadline``).
    func withClient<Result>(
        of server: SandboxServer,
        configuration: SMSCClient.Configuration = .init(),
        credentials: SMSCCredentials = .login("demo", password: "demo"),
        deadline: DrivenDeadline? = nil,
        _ body: (SMSCClient) async throws -> Result
    ) async throws -> Result {
        var configuration = configuration
        configuration.endpoint = SMSCEndpoint(url: server.endpoint)
        func client(over transport: any SOAPTransport) throws -> SMSCClient {
            let transport = deadline.map { $0.transport(over: transport) } ?? transport
            return try SMSCClient(credentials: credentials, configuration: configuration, transport: transport)
        }
        switch self {
        case .asyncHTTPClient:
            // The library's default transport, made as the client makes it when given none.
            return try await body(client(over: AsyncHTTPClientTransport()))
        case .nio:
            let transport = NIOHTTP1Transport()
            do {
                let result = try await body(client(over: transport))
                await transport.shutdown()
                return result
            } catch {
                await transport.shutdown()
                throw error
            }
        }
    }
}
