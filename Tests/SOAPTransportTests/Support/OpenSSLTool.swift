import Foundation
import SOAPTestServer

/// Runs the `openssl` command-line tool.
enum OpenSSLTool {
    /// Runs `openssl ARGUMENTS` and returns its exit status.
    static func runToCompletion(_ arguments: [String]) async throws -> Int32 {
        try await ChildProcess.run("openssl", arguments).status
    }

    /// `openssl ARGUMENTS`, not started, with its output going to `output` or nowhere.
    static func makeProcess(_ arguments: [String], output: FileHandle? = nil) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }
}
