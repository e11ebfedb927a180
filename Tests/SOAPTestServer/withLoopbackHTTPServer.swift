public import NIOSSL

/// Runs `body` with a started ``LoopbackHTTPServer`` and stops the server afterwards, whether `body` returns or throws.
///
/// - Parameters:
///   - lifetime: The server stops by itself after this long, even if `body` never returns.
///   - tls: Serve HTTPS with this context.
///   - answersOnEventLoop: Serve each connection on its event loop, out of reach of a busy concurrency pool (see
///     ``LoopbackHTTPServer/start(lifetime:tls:answersOnEventLoop:handler:)``).
///   - isolation: The caller's actor, inherited so `body` needs not be `Sendable`.
///   - handler: Decides what to do with each request.
///   - body: The test, given the running server.
/// - Returns: What `body` returns.
/// - Throws: What `body` throws, or the server's start or stop error.
public func withLoopbackHTTPServer<T>(
    lifetime: Duration = .seconds(60),
    tls: NIOSSLContext? = nil,
    answersOnEventLoop: Bool = false,
    isolation: isolated (any Actor)? = #isolation,
    handler: @escaping @Sendable (LoopbackHTTPServer.Request) async -> LoopbackHTTPServer.Action,
    _ body: (LoopbackHTTPServer) async throws -> T
) async throws -> T {
    let server = try await LoopbackHTTPServer.start(
        lifetime: lifetime, tls: tls, answersOnEventLoop: answersOnEventLoop, handler: handler
    )
    let result: T
    do {
        result = try await body(server)
    } catch {
        try? await server.stop()
        throw error
    }
    try await server.stop()
    return result
}
