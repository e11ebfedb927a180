import Foundation

/// Runs the `openssl` command-line tool.
enum OpenSSLTool {
    /// Runs `openssl ARGUMENTS` and returns its exit status.
    static func runToCompletion(_ arguments: [String]) async throws -> Int32 {
        let process = makeProcess(arguments)
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
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
