import Foundation

/// Runs `body` while PHP's built-in web server (`php -S 127.0.0.1:0 ROUTER`) serves on a free loopback port, and
/// stops it afterwards.
///
/// The server is ready when it prints `Development Server (http://127.0.0.1:PORT) started`; `body` gets that
/// origin. It runs under `timeout`, so it stops by itself even if the tests die first. Foundation's `Process` passes
/// on the blocked signal mask of the thread that starts it, which blocks SIGTERM and SIGALRM here; a python
/// one-liner clears the mask before `timeout` starts, or neither `timeout` nor ``stop()`` could end the server.
///
/// - Parameters:
///   - router: The router script.
///   - environment: Added to this process's environment for the server.
/// - Throws: `PHPBuiltInServerError` when `php` is missing or exits before it is ready (what it printed says why).
public func withPHPBuiltInServer<Result>(
    router: String,
    environment: [String: String] = [:],
    _ body: (_ origin: String) async throws -> Result
) async throws -> Result {
    let server = PHPBuiltInServer()
    let origin = try await server.start(router: router, environment: environment)
    do {
        let result = try await body(origin)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
