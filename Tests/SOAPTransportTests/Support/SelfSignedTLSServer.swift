import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `openssl s_server` on 127.0.0.1 with a certificate made for this run: valid for 127.0.0.1 and current, but
/// self-signed, so only certificate verification can reject it.
///
/// The package has no TLS server of its own (the transport depends on NIOSSL only to recognise its errors), and the
/// `openssl` tool is on every machine that builds this package's dependencies.
final class SelfSignedTLSServer {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int
    private let process: Process
    private let directory: URL

    private init(port: Int, process: Process, directory: URL) {
        self.port = port
        self.process = process
        self.directory = directory
    }

    /// Generates the certificate and waits until the server listens.
    static func start() async throws -> SelfSignedTLSServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("soap-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            let key = directory.appendingPathComponent("key.pem").path
            let certificate = directory.appendingPathComponent("certificate.pem").path
            let status = try await runToCompletion(
                ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
                 "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1", "-keyout", key, "-out", certificate]
            )
            guard status == 0 else {
                throw Failure(description: "openssl req exited with status \(status); is openssl installed?")
            }

            let output = directory.appendingPathComponent("s_server.out")
            guard FileManager.default.createFile(atPath: output.path, contents: nil) else {
                throw Failure(description: "could not create \(output.path)")
            }
            // One connection is all a test makes; the server then exits even if the test never gets to stop it.
            let server = makeProcess(
                ["s_server", "-accept", "127.0.0.1:0", "-naccept", "1", "-cert", certificate, "-key", key, "-www"],
                output: try FileHandle(forWritingTo: output)
            )
            try server.run()
            // s_server prints `ACCEPT 127.0.0.1:<port>` once it listens.
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(20)
            while clock.now < deadline, server.isRunning {
                let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
                if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("ACCEPT") }),
                    let port = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) })
                {
                    return SelfSignedTLSServer(port: port, process: server, directory: directory)
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            terminateForcibly(server)
            throw Failure(description: "openssl s_server did not start listening")
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
    }

    func stop() {
        Self.terminateForcibly(process)
        try? FileManager.default.removeItem(at: directory)
    }

    /// Ends `process` and waits for it.
    ///
    /// SIGKILL, because a child started from a test task inherits that thread's signal mask, in which SIGTERM and
    /// SIGINT are blocked: `terminate()` would leave it running and `waitUntilExit()` spinning.
    private static func terminateForcibly(_ process: Process) {
        if process.isRunning {
            _ = kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }

    private static func runToCompletion(_ arguments: [String]) async throws -> Int32 {
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

    private static func makeProcess(_ arguments: [String], output: FileHandle? = nil) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }
}
