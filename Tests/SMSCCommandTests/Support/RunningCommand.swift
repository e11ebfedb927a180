import Foundation

/// An `smsc` process started in the background, for tests that watch its output and kill it.
final class RunningCommand {
    let process: Process
    private let directory: URL
    private let exited: Task<Void, Never>

    /// Starts `smsc`.
    ///
    /// - Parameters:
    ///   - arguments: The command line after `smsc`.
    ///   - environment: Variables added to a copy of the test's environment with every `SMSC_*` variable removed.
    ///   - stdoutIsAClosedPipe: Make stdout a pipe whose reading end is already closed, as in `smsc … | true` once
    ///     `true` has exited: every write to it fails (and raises SIGPIPE unless the tool ignores it). The result's
    ///     stdout is then empty.
    ///   - stdoutPath: Make stdout this file instead, e.g. `/dev/full`, where every write fails with `ENOSPC`. The
    ///     result's stdout is then empty.
    init(
        _ arguments: [String],
        environment: [String: String] = [:],
        stdoutIsAClosedPipe: Bool = false,
        stdoutPath: String? = nil
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "smsc-cli-\(UUID().uuidString)", isDirectory: true)
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
        var closedPipeWriter: FileHandle?
        if stdoutIsAClosedPipe {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { throw WaitError(message: "pipe() failed: errno \(errno)") }
            close(ends[0])
            closedPipeWriter = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
        }
        let redirected = try stdoutPath.map { path in
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw WaitError(message: "cannot open \(path)")
            }
            return handle
        }
        process.standardOutput = closedPipeWriter ?? redirected ?? stdoutHandle
        process.standardError = stderrHandle
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self)
        process.terminationHandler = { _ in
            try? stdoutHandle.close()
            try? stderrHandle.close()
            continuation.finish()
        }
        try process.run()
        // The child has its own copy; the test's must go, or the pipe would outlive the child's use of it.
        try closedPipeWriter?.close()
        try redirected?.close()
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
            if ContinuousClock.now > deadline || !process.isRunning && stdoutSoFar.filter({ $0 == "\n" }).count < count
            {
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
