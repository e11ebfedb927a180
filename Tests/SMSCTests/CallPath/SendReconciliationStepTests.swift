import Logging
import MetricsTestKit
import SOAPRuntime
import Synchronization
import Testing

@testable import SMSC

/// The reconciliation step alone: a scripted send and a scripted status check, on a driven clock.
struct SendReconciliationStepTests {
    final class Checks: Sendable {
        let outcomes: Mutex<[Result<SMSCMessageStatus, SMSCError>]>
        let deadlines = Mutex<[ContinuousClock.Instant]>([])

        init(_ outcomes: [Result<SMSCMessageStatus, SMSCError>]) {
            self.outcomes = Mutex(outcomes)
        }
    }

    static let delivered = SMSCMessageStatus(
        deliveryStatus: SMSCDeliveryStatus(code: 1), lastChange: nil, lastChangeTimestamp: nil, deliveryError: nil,
        sendDate: nil,
        sendTimestamp: nil, phone: nil, cost: nil, senderID: nil, statusName: nil, message: nil, operator: nil,
        region: nil,
        wireValues: [:]
    )
    static let sent = SMSCSendResult(
        id: "m-1", messageCount: 1, cost: nil, balance: nil, phoneErrors: [], wireValues: [:])

    func step(
        _ pauses: DrivenPauses, id: SMSCMessageID? = "m-1", checks: Checks, metrics: TestMetrics = TestMetrics()
    ) -> SendReconciliation {
        SendReconciliation(
            policy: .default,
            pauses: pauses.retryPauses,
            metricsFactory: metrics,
            id: id,
            phones: " 79990000001, 79990000002",
            settlementTimeout: .seconds(60),
            checkStatus: { (phone, id, deadline, _) throws(SMSCError) in
                #expect(phone == "79990000001")
                #expect(id == "m-1")
                checks.deadlines.withLock { $0.append(deadline) }
                return try checks.outcomes.withLock { $0.removeFirst() }.get()
            }
        )
    }

    @Test func aLostReplyFoundByTheCheckIsASendConfirmedWithoutSendingAgain() async throws {
        let pauses = DrivenPauses()
        let metrics = TestMetrics()
        let checks = Checks([.success(Self.delivered)])
        let next = ScriptedNext<SMSCSendResult>([
            .failure(StepFixtures.transportFailure(StepFixtures.resetBeforeReply, .sendSMS))
        ])
        let call = StepFixtures.call(.sendSMS, deadline: pauses.start + .seconds(30))
        let outcome = try await step(pauses, checks: checks, metrics: metrics).intercept(call) {
            (call) throws(SMSCError) in
            try next(call)
        }
        #expect(next.calls.count == 1)
        #expect(outcome.value.confirmingStatus == Self.delivered)
        #expect(outcome.httpStatus == nil)
        // The settlement's deadline is made at the failure, a whole timeout after it.
        #expect(checks.deadlines.withLock { $0 } == [pauses.start + .seconds(60)])
        #expect(
            try metrics.expectCounter("smsc.send.checks", [("operation", "send_sms"), ("outcome", "found")]).totalValue
                == 1)
    }

    @Test func notFoundSendsTheSameCallAgainByTheSettlementsDeadline() async throws {
        let pauses = DrivenPauses()
        let checks = Checks([.failure(StepFixtures.serviceError(3, .getStatus))])
        let next = ScriptedNext<SMSCSendResult>([
            .failure(StepFixtures.transportFailure(StepFixtures.resetBeforeReply, .sendSMS)), .success(Self.sent),
        ])
        let call = StepFixtures.call(.sendSMS, deadline: pauses.start + .seconds(30))
        let outcome = try await step(pauses, checks: checks).intercept(call) { (call) throws(SMSCError) in
            try next(call)
        }
        #expect(outcome.value.attempts == 2)
        #expect(next.calls.map(\.deadline) == [pauses.start + .seconds(30), pauses.start + .seconds(60)])
        #expect(pauses.pauses == [.milliseconds(250)])
    }

    @Test func aDuplicateRefusalAfterNotFoundIsNeverSentAThirdTime() async throws {
        let pauses = DrivenPauses()
        // The check says "not found", the repeat is refused as a duplicate (error 9), and the second check still
        // does not find it: the step must stop, unsettled, rather than send again.
        let checks = Checks([
            .failure(StepFixtures.serviceError(3, .getStatus)), .failure(StepFixtures.serviceError(3, .getStatus)),
        ])
        let next = ScriptedNext<SMSCSendResult>([
            .failure(StepFixtures.transportFailure(StepFixtures.resetBeforeReply, .sendSMS)),
            .failure(StepFixtures.serviceError(9, .sendSMS)),
            .success(Self.sent),
        ])
        let call = StepFixtures.call(.sendSMS, deadline: pauses.start + .seconds(30))
        let error = await #expect(throws: SMSCError.self) {
            try await step(pauses, checks: checks).intercept(call) { (call) throws(SMSCError) in try next(call) }
        }
        #expect(next.calls.count == 2)
        #expect(error?.messageMayHaveBeenSent == true)
        #expect(error?.message.contains("refused to send it again as a duplicate") == true)
    }

    @Test func withoutAnIDTheFailureIsThrownUnsettled() async throws {
        let pauses = DrivenPauses()
        let checks = Checks([])
        let next = ScriptedNext<SMSCSendResult>([
            .failure(StepFixtures.transportFailure(StepFixtures.resetBeforeReply, .sendSMS))
        ])
        let call = StepFixtures.call(.sendSMS, deadline: pauses.start + .seconds(30))
        let error = await #expect(throws: SMSCError.self) {
            try await step(pauses, id: nil, checks: checks).intercept(call) { (call) throws(SMSCError) in try next(call)
            }
        }
        #expect(error?.messageMayHaveBeenSent == true)
        #expect(checks.deadlines.withLock { $0 }.isEmpty)
    }

    @Test func aRefusalThatSettlesTheSendIsThrownWithoutAChecks() async throws {
        let pauses = DrivenPauses()
        let checks = Checks([])
        let next = ScriptedNext<SMSCSendResult>([.failure(StepFixtures.serviceError(3, .sendSMS))])
        let call = StepFixtures.call(.sendSMS, deadline: pauses.start + .seconds(30))
        let error = await #expect(throws: SMSCError.self) {
            try await step(pauses, checks: checks).intercept(call) { (call) throws(SMSCError) in try next(call) }
        }
        #expect(error?.serviceError?.code == 3)
        #expect(checks.deadlines.withLock { $0 }.isEmpty)
    }
}
