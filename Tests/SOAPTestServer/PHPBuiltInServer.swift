import Foundation
import Synchronization

/// One `php -S` child process: its stderr is read as it comes (the server logs every request there, so an unread
/// pipe would fill and stall it), and its first line says where it listens.
final class PHPBuiltInServer: Sendable {
    private struct State {
        var output = ""
        var ready: CheckedContinuation<String, any Error>?
        var exited: CheckedContinuation<Void, Never>?
        var hasExited = false
    }

    private let process = Process()
    private let state = Mutex(State())

    func start(router: String, environment: [String: String]) async throws -> String {
        let stderr = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execvp(sys.argv[1], "
                + "sys.argv[1:])",
            "timeout", "600", "php", "-S", "127.0.0.1:0", router,
        ]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        return try await withCheckedThrowingContinuation { continuation in
            state.withLock { $0.ready = continuation }
            stderr.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else {
                    handle.readabilityHandler = nil
                    return
                }
                self.received(String(decoding: data, as: UTF8.self))
            }
            process.terminationHandler = { [weak self] _ in self?.exited() }
            do {
                try process.run()
            } catch {
                state.withLock { $0.ready = nil }
                continuation.resume(throwing: PHPBuiltInServerError(description: "cannot start php: \(error)"))
            }
        }
    }

    private func received(_ text: String) {
        state.withLock { state in
            // Keep the start of the log for messages; the rest is only drained.
            if state.output.utf8.count < 64 * 1024 { state.output += text }
            guard let ready = state.ready,
                let start = state.output.range(of: "Development Server (http://"),
                let end = state.output[start.upperBound...].range(of: ") started")
            else { return }
            state.ready = nil
            ready.resume(returning: "http://" + state.output[start.upperBound..<end.lowerBound])
        }
    }

    private func exited() {
        state.withLock { state in
            state.hasExited = true
            state.ready?.resume(
                throwing: PHPBuiltInServerError(
                    description: "php -S exited before it was ready (install php-cli): \(state.output)"))
            state.ready = nil
            state.exited?.resume()
            state.exited = nil
        }
    }

    func stop() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let running = state.withLock { state in
                if state.hasExited { return false }
                state.exited = continuation
                return true
            }
            guard running else { return continuation.resume() }
            process.terminate()
        }
    }
}
