/// Starts a sandbox, runs `body` with it, and shuts it down whether `body` returns or throws.
///
/// ```swift
/// try await withSandboxServer { sandbox in
///     let client = try SMSCClient(
///         credentials: .login("demo", password: "demo"),
///         configuration: .init(endpoint: SMSCEndpoint(url: sandbox.endpoint))
///     )
///     print(try await client.balance().amount)  // 1000
/// }
/// ```
///
/// - Parameters:
///   - configuration: Accounts, prices, timeline and clock; a loopback address with a free port by default.
///   - isolation: The caller's actor, which `body` runs on; leave it to its default.
///   - body: Runs while the sandbox listens.
/// - Returns: What `body` returns.
/// - Throws: ``SandboxConfigurationError`` naming a setting that breaks its rule, the error binding the address,
///   or what `body` throws.
public func withSandboxServer<Result>(
    configuration: SandboxConfiguration = .init(),
    isolation: isolated (any Actor)? = #isolation,
    _ body: (SandboxServer) async throws -> Result
) async throws -> Result {
    let server = try await SandboxServer.start(configuration: configuration)
    let result: Result
    do {
        result = try await body(server)
    } catch {
        try? await server.shutdown()
        throw error
    }
    try await server.shutdown()
    return result
}
