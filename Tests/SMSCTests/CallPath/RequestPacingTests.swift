import Testing

@testable import SMSC

/// The pacing step alone: a request over a window's limit waits, or is refused when waiting would pass the deadline.
struct RequestPacingTests {
    @Test func aRequestOverTheWindowWaitsUntilTheOldestIsAMinuteOld() async throws {
        let pauses = DrivenPauses()
        let limits = SMSCRateLimits.default
        let step = RequestPacing<Int>(
            pacer: RequestPacer(limits: limits), window: .balance(limits), pauses: pauses.retryPauses)
        let call = StepFixtures.call(.getBalance, deadline: pauses.start + .seconds(600))
        for _ in 0..<(limits.balanceRequestsPerMinute + 1) {
            _ = try await step.intercept(call) { (_) throws(SMSCError) in SMSCCallOutcome(value: 1, httpStatus: 200) }
        }
        #expect(pauses.pauses == [.seconds(60)])
    }

    @Test func aWaitThatWouldPassTheDeadlineIsRefusedWithNothingSent() async throws {
        let pauses = DrivenPauses()
        let limits = SMSCRateLimits.default
        let step = RequestPacing<Int>(
            pacer: RequestPacer(limits: limits), window: .balance(limits), pauses: pauses.retryPauses)
        let call = StepFixtures.call(.getBalance, deadline: pauses.start + .seconds(30))
        var sent = 0
        for _ in 0..<limits.balanceRequestsPerMinute {
            _ = try await step.intercept(call) { (_) throws(SMSCError) in
                sent += 1
                return SMSCCallOutcome(value: 1, httpStatus: 200)
            }
        }
        let error = await #expect(throws: SMSCError.self) {
            try await step.intercept(call) { (_) throws(SMSCError) in
                sent += 1
                return SMSCCallOutcome(value: 1, httpStatus: 200)
            }
        }
        #expect(error?.code == .throttled)
        #expect(error?.mayHaveReachedServer == false)
        #expect(sent == limits.balanceRequestsPerMinute)
        #expect(pauses.pauses.isEmpty)
    }
}
