import Synchronization
import Testing

@testable import SMSC

/// The chain itself: steps run in order around the exchange, each seeing the call as the step before passed it.
struct SMSCCallChainTests {
    /// Records its name on the way in and out, and moves the deadline so later steps can be seen to get its call.
    struct Tracing: SMSCCallStep {
        typealias Value = Int
        let name: String
        let log: Log

        func intercept(
            _ call: SMSCCall,
            next: (SMSCCall) async throws(SMSCError) -> SMSCCallOutcome<Int>
        ) async throws(SMSCError) -> SMSCCallOutcome<Int> {
            log.entries.withLock { $0.append("\(name) in") }
            var call = call
            call.deadline += .seconds(1)
            let outcome = try await next(call)
            log.entries.withLock { $0.append("\(name) out") }
            return SMSCCallOutcome(value: outcome.value * 10, httpStatus: outcome.httpStatus)
        }
    }

    final class Log: Sendable {
        let entries = Mutex<[String]>([])
    }

    @Test func stepsRunInOrderAroundTheExchange() async throws {
        let log = Log()
        let start = ContinuousClock.now
        let chain = SMSCCallChain<Int>([
            Tracing(name: "first", log: log), Tracing(name: "second", log: log),
        ])
        let outcome = try await chain.run(StepFixtures.call(.getBalance, deadline: start)) { (call) throws(SMSCError) in
            log.entries.withLock { $0.append("exchange") }
            // Each step moved the deadline by a second before passing the call on.
            #expect(call.deadline == start + .seconds(2))
            return SMSCCallOutcome(value: 7, httpStatus: 200)
        }
        #expect(log.entries.withLock { $0 } == ["first in", "second in", "exchange", "second out", "first out"])
        #expect(outcome.value == 700)
    }

    @Test func anEmptyChainIsTheExchange() async throws {
        let outcome = try await SMSCCallChain<Int>([]).run(StepFixtures.call(.getBalance, deadline: .now)) {
            (_) throws(SMSCError) in SMSCCallOutcome(value: 1, httpStatus: nil)
        }
        #expect(outcome.value == 1)
    }
}
