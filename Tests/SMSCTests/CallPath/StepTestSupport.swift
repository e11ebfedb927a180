import Logging
import SOAPRuntime
import Synchronization

@testable import SMSC

/// A clock the test drives: pauses move it forward instead of waiting, and are recorded.
final class DrivenPauses: Sendable {
    private struct State {
        var now = ContinuousClock.now
        var pauses: [Duration] = []
    }

    private let state = Mutex(State())
    let start: ContinuousClock.Instant

    init() {
        start = state.withLock { $0.now }
    }

    var now: ContinuousClock.Instant { state.withLock { $0.now } }
    var pauses: [Duration] { state.withLock { $0.pauses } }

    /// Jitter gives the whole cap, so pauses are predictable.
    var retryPauses: RetryPauses {
        RetryPauses(
            jitter: { $0 },
            sleep: { [self] pause in
                state.withLock {
                    $0.pauses.append(pause)
                    $0.now += pause
                }
            },
            now: { [self] in now }
        )
    }
}

/// What a fake `next` saw and answers, attempt by attempt.
final class ScriptedNext<Value: Sendable>: Sendable {
    private let state: Mutex<(outcomes: [Result<Value, SMSCError>], calls: [SMSCCall])>

    init(_ outcomes: [Result<Value, SMSCError>]) {
        state = Mutex((outcomes, []))
    }

    var calls: [SMSCCall] { state.withLock { $0.calls } }

    func callAsFunction(_ call: SMSCCall) throws(SMSCError) -> SMSCCallOutcome<Value> {
        let outcome = state.withLock { state in
            state.calls.append(call)
            return state.outcomes.removeFirst()
        }
        return SMSCCallOutcome(value: try outcome.get(), httpStatus: 200)
    }
}

enum StepFixtures {
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    static func call(_ operation: SMSCOperation, deadline: ContinuousClock.Instant) -> SMSCCall {
        SMSCCall(operation: operation, deadline: deadline, logger: logger)
    }

    static func transportFailure(_ error: SOAPTransportError, _ operation: SMSCOperation) -> SMSCError {
        SMSCError(
            callError: .transport(error, operation: operation.wireName), operation: operation,
            maximumResponseSize: 1 << 20)
    }

    static func serviceError(_ code: Int, _ operation: SMSCOperation) -> SMSCError {
        .service(
            code, operation: operation, response: SOAPResponseSummary(status: 200, contentType: "text/xml", body: []))
    }

    static let refused = SOAPTransportError(code: .connect, message: "refused", requestMayHaveReachedServer: false)
    static let resetBeforeReply = SOAPTransportError(
        code: .connectionFailed, message: "reset", requestMayHaveReachedServer: true)
    static let resetMidReply = SOAPTransportError(
        code: .connectionFailed, message: "ended early", requestMayHaveReachedServer: true, responseHeadReceived: true
    )
}
