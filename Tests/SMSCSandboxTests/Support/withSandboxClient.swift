import Foundation
import SMSC
import SMSCSandbox
import SOAPRuntime

/// Runs `body` with a sandbox and a client logged in to it; both are shut down afterwards.
func withSandboxClient<Result>(
    configuration: SandboxConfiguration = .init(),
    credentials: SMSCCredentials = .login("demo", password: "demo"),
    _ body: (SMSCClient, SandboxServer) async throws -> Result
) async throws -> Result {
    try await withSandboxServer(configuration: configuration) { server in
        // On HTTPClient.shared: nothing to shut down.
        let client = try SMSCClient(
            credentials: credentials, configuration: .init(endpoint: SMSCEndpoint(url: server.endpoint)))
        return try await body(client, server)
    }
}

/// The service error code `body` fails with, or `nil` when it succeeds or fails otherwise.
func serviceErrorCode<T>(_ body: () async throws -> T) async -> Int? {
    do {
        _ = try await body()
        return nil
    } catch let error as SMSCError {
        return error.serviceError?.code
    } catch {
        return nil
    }
}
