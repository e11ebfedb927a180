import SOAPRuntime
import Testing

@testable import SMSC

/// A transport that holds every request until the test releases it, and answers each with a successful send.
final class HeldRequests: Sendable {
    private struct State {
        var held: [CheckedContinuation<Void, Never>] = []
        var received = 0
        var releaseAll = false
    }

    private let state = Locked(State())

    var held: Int { state.withLock { $0.held.count } }
    var received: Int { state.withLock { $0.received } }

    func client(rateLimits: SMSCRateLimits) throws -> SMSCClient {
        let transport = SOAPClosureTransport { [self] _ in
            await withCheckedContinuation { continuation in
                let hold = state.withLock { state in
                    state.received += 1
                    if state.releaseAll { return false }
                    state.held.append(continuation)
                    return true
                }
                if !hold { continuation.resume() }
            }
            return SendReconciliationTests.sent
        }
        return try SMSCClient(
            credentials: .login("alex", password: "123"),
            configuration: .init(retryPolicy: .none, rateLimits: rateLimits),
            transport: transport
        )
    }

    func waitUntilHeld(_ count: Int) async throws {
        try await waitUntil { self.held == count }
    }

    func releaseOne() {
        state.withLock { $0.held.isEmpty ? nil : $0.held.removeFirst() }?.resume()
    }

    func releaseAll() {
        let held = state.withLock { state in
            state.releaseAll = true
            defer { state.held = [] }
            return state.held
        }
        held.forEach { $0.resume() }
    }
}
