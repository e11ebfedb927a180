import SOAPRuntime
import Synchronization
import Testing

/// The total deadline of a client's calls, passed when the test says so instead of by the wall clock.
///
/// A test of what happens after a call runs out of time (a reply the sandbox holds back) needs the deadline to pass
/// for that call and for no other. With a real one the test depends on the machine's speed: the held call must reach
/// it, every other exchange must not, and on a loaded machine the other exchanges are what stretch. Here the
/// client's own deadline is far beyond any exchange, and ``pass(once:)`` ends the calls in flight with the timeout a
/// transport reports, once the sandbox shows that it holds the reply.
final class DrivenDeadline: Sendable {
    private struct Call {
        var task: Task<SOAPHTTPResponse, any Error>
        var isTimedOut = false
    }

    private let calls = Mutex<(nextID: Int, inFlight: [Int: Call])>((0, [:]))

    /// `base`, with every call ended as timed out by ``pass(once:)`` while it is in flight.
    func transport(over base: any SOAPTransport) -> SOAPClosureTransport {
        SOAPClosureTransport { [self] call in
            let task = Task { () async throws -> SOAPHTTPResponse in
                try await base.send(call.request, options: call.options, deadline: call.deadline, logger: call.logger)
            }
            let id = calls.withLock { calls in
                defer { calls.nextID += 1 }
                calls.inFlight[calls.nextID] = Call(task: task)
                return calls.nextID
            }
            let result = await withTaskCancellationHandler {
                await task.result
            } onCancel: {
                task.cancel()
            }
            let call = calls.withLock { $0.inFlight.removeValue(forKey: id) }
            if call?.isTimedOut == true {
                throw SOAPTransportError(
                    code: .timeout,
                    message: "the total deadline passed before the response arrived",
                    requestMayHaveReachedServer: true
                )
            }
            return try result.get()
        }
    }

    /// Waits, in a task of its own, until `condition` holds, then ends every call in flight as timed out.
    ///
    /// - Parameters:
    ///   - condition: What shows the moment has come, such as a sandbox's count of replies held back.
    ///   - limit: How long to wait at most; only a broken test reaches it, and it is recorded as an issue.
    func pass(once condition: @escaping @Sendable () -> Bool, limit: Duration = .seconds(60)) {
        Task { [self] in
            let clock = ContinuousClock()
            let end = clock.now + limit
            while !condition() {
                guard clock.now < end else {
                    Issue.record("the condition for passing the deadline was not met within \(limit)")
                    return
                }
                try? await Task.sleep(for: .milliseconds(5))
            }
            let tasks = calls.withLock { calls in
                for id in calls.inFlight.keys {
                    calls.inFlight[id]?.isTimedOut = true
                }
                return calls.inFlight.values.map(\.task)
            }
            for task in tasks {
                task.cancel()
            }
        }
    }
}
