import Foundation
import SMSC
import SMSCSandbox

/// Runs `body` with a sandbox and a client logged in to it; both are shut down afterwards.
func withSandboxClient<Result>(
    configuration: SandboxConfiguration = .init(),
    credentials: SMSCCredentials = .login("demo", password: "demo"),
    _ body: (SMSCClient, SandboxServer) async throws -> Result
) async throws -> Result {
    try await withSandboxServer(configuration: configuration) { server in
        let client = try SMSCClient(credentials: credentials, configuration: .init(endpoint: SMSCEndpoint(url: server.endpoint)))
        do {
            let result = try await body(client, server)
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}

/// The service error code `body` fails with, or `nil` when it succeeds or fails otherwise.
func serviceErrorCode<T>(_ body: () async throws -> T) async -> Int? {
    do {
        _ = try await body()
        return nil
    } catch let error as SMSCError {
        guard case .service(let service) = error.reason else { return nil }
        return service.code
    } catch {
        return nil
    }
}
