import MetricsTestKit
import SOAPRuntime
import Testing

@testable import SMSC

/// The retry step alone, with a scripted `next` and a driven clock.
struct ReadRetriesTests {
    func step(
        _ pauses: DrivenPauses, policy: SMSCRetryPolicy = .default, metrics: TestMetrics = TestMetrics()
    ) -> ReadRetries<Int> {
        ReadRetries(policy: policy, pauses: pauses.retryPauses, metricsFactory: metrics)
    }

    @Test func aFailureThatLeftNothingAnsweredIsTriedAgainWithTheSameCall() async throws {
        let pauses = DrivenPauses()
        let metrics = TestMetrics()
        let next = ScriptedNext<Int>([
            .failure(StepFixtures.transportFailure(StepFixtures.refused, .getBalance)), .success(3),
        ])
        let call = StepFixtures.call(.getBalance, deadline: pauses.start + .seconds(30))
        let outcome = try await step(pauses, metrics: metrics).intercept(call) { (call) throws(SMSCError) in
            try next(call)
        }
        #expect(outcome.value == 3)
        #expect(next.calls.map(\.deadline) == [call.deadline, call.deadline])
        #expect(pauses.pauses == [.milliseconds(250)])
        let retries = try metrics.expectCounter(
            "smsc.call.retries", [("operation", "get_balance"), ("reason", "connect")])
        #expect(retries.totalValue == 1)
    }

    @Test func aFailureAfterTheReplyBeganIsFinal() async throws {
        let pauses = DrivenPauses()
        let failure = StepFixtures.transportFailure(StepFixtures.resetMidReply, .getStatus)
        let next = ScriptedNext<Int>([.failure(failure), .success(1)])
        let call = StepFixtures.call(.getStatus, deadline: pauses.start + .seconds(30))
        await #expect(throws: SMSCError.self) {
            try await step(pauses).intercept(call) { (call) throws(SMSCError) in try next(call) }
        }
        #expect(next.calls.count == 1)
        #expect(pauses.pauses.isEmpty)
    }

    @Test func aPauseThatWouldEndPastTheDeadlineIsNotBegun() async throws {
        let pauses = DrivenPauses()
        // Error 9 asks for the rate-limited back-off, 15 s by default, on top of the jitter.
        let next = ScriptedNext<Int>([.failure(StepFixtures.serviceError(9, .getSMSCost)), .success(1)])
        let call = StepFixtures.call(.getSMSCost, deadline: pauses.start + .seconds(10))
        let error = await #expect(throws: SMSCError.self) {
            try await step(pauses).intercept(call) { (call) throws(SMSCError) in try next(call) }
        }
        #expect(error?.serviceError?.code == 9)
        #expect(next.calls.count == 1)
        #expect(pauses.pauses.isEmpty)
    }

    @Test func attemptsStopAtThePolicysMaximum() async throws {
        let pauses = DrivenPauses()
        let failure = StepFixtures.transportFailure(StepFixtures.resetBeforeReply, .getBalance)
        let next = ScriptedNext<Int>(Array(repeating: .failure(failure), count: 5))
        let call = StepFixtures.call(.getBalance, deadline: pauses.start + .seconds(60))
        let policy = SMSCRetryPolicy(maximumAttempts: 2)
        await #expect(throws: SMSCError.self) {
            try await step(pauses, policy: policy).intercept(call) { (call) throws(SMSCError) in try next(call) }
        }
        #expect(next.calls.count == 2)
    }
}
