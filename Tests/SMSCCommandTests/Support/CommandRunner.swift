import Foundation

/// What a finished `smsc` run printed and how it exited.
struct CommandResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The stdout lines, without the trailing empty one.
    var lines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }
}

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

/// An `smsc` process started in the background, for tests that watch its output and kill it.
final class RunningCommand {
    let process: Process
    private let directory: URL
    private let exited: Task<Void, Never>

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("smsc-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let stdoutFile = directory.appendingPathComponent("stdout")
        let stderrFile = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutFile)
        let stderrHandle = try FileHandle(forWritingTo: stderrFile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: SMSCExecutable.path)
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SMSC_") }
        variables.merge(environment) { $1 }
        process.environment = variables
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self)
        process.terminationHandler = { _ in
            try? stdoutHandle.close()
            try? stderrHandle.close()
            continuation.finish()
        }
        try process.run()
        self.process = process
        exited = Task {
            for await _ in stream {}
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// What the process has written to stdout so far.
    var stdoutSoFar: String {
        (try? String(contentsOf: directory.appendingPathComponent("stdout"), encoding: .utf8)) ?? ""
    }

    /// Waits until stdout holds `count` complete lines, or fails after `timeout`.
    func waitForLines(_ count: Int, timeout: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + timeout
        while stdoutSoFar.filter({ $0 == "\n" }).count < count {
            if ContinuousClock.now > deadline || !process.isRunning && stdoutSoFar.filter({ $0 == "\n" }).count < count {
                throw WaitError(message: "expected \(count) lines; stdout so far:\n\(stdoutSoFar)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Sends `signal` to the process.
    func kill(_ signal: Int32) {
        _ = Foundation.kill(process.processIdentifier, signal)
    }

    /// Waits for the process to exit and returns what it printed.
    func result() async throws -> CommandResult {
        await exited.value
        return CommandResult(
            status: process.terminationStatus,
            stdout: try String(contentsOf: directory.appendingPathComponent("stdout"), encoding: .utf8),
            stderr: try String(contentsOf: directory.appendingPathComponent("stderr"), encoding: .utf8)
        )
    }

    struct WaitError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// Where the built `smsc` is: SwiftPM puts executables beside the test bundle.
enum SMSCExecutable {
    static let path: String = {
        let candidates = [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for directory in candidates {
            let path = directory.appendingPathComponent("smsc").path
            if FileManager.default.isExecutableFile(atPath: path) {
                return path
            }
        }
        return candidates[0].appendingPathComponent("smsc").path
    }()
}
