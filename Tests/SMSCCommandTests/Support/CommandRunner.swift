import Foundation

/// Runs the built `smsc` executable with stdin closed, capturing stdout and stderr through files (pipes can fill
/// and stall a chatty child).
///
/// Waiting is asynchronous: the in-process servers the tests start answer on Swift's cooperative pool, which a
/// blocking `waitUntilExit()` would starve on a two-core machine.
enum CommandRunner {
    /// Runs `smsc` to completion.
    ///
    /// - Parameters:
    ///   - arguments: The command line after `smsc`.
    ///   - environment: Variables added to a copy of the test's environment with every `SMSC_*` variable removed,
    ///     so a developer's own credentials never leak into a test.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> CommandResult {
        let running = try RunningCommand(arguments, environment: environment)
        return try await running.result()
    }
}
