import Foundation
import MetricsTestKit
import SOAPRuntime
import Testing

@testable import SMSC

/// A send is never repeated blindly: after a failure that may have delivered it, the client asks `get_status`, and
/// sends the same request again only when the service does not have the message.
struct SendReconciliationTests {
    static let sent = RetryTests.reply(
        "SendResponse", "sendresult",
        "<id>order-1</id><balance>997.50</balance><cost>2.50</cost><cnt>1</cnt><error>0</error>")
    static let duplicateRefused = RetryTests.reply("SendResponse", "sendresult", "<error>9</error>")
    static let noFunds = RetryTests.reply("SendResponse", "sendresult", "<error>3</error>")
    static let found = RetryTests.reply(
        "StatusResponse", "statusresult", "<status>-1</status><last_date>28.12.2019 19:20:22</last_date><err>0</err>")
    static let notFound = RetryTests.reply("StatusResponse", "statusresult", "<status>0</status><error>3</error>")

    /// Failures after which the message may have gone out.
    static let uncertain: [(String, Outcome)] = [
        ("connection reset after the request", .fail(RetryTests.resetBeforeReply)),
        ("timeout before the reply", .fail(RetryTests.timedOutBeforeReply)),
        ("reply broken off", .fail(RetryTests.resetMidReply)),
        ("HTTP 502 page", .answer(RetryTests.page(502))),
        ("HTTP 503 page", .answer(RetryTests.page(503))),
    ]

    @Test(arguments: uncertain)
    func aSendTheServiceHasIsConfirmedByItsStatusAndNotSentAgain(_ name: String, failure: Outcome) async throws {
        let harness = Harness([failure, .answer(Self.found)])
        let result = try await harness.client.send("Hello", to: ["79999999999", " 79990000002"], id: "order-1")
        #expect(harness.operations == ["send", "status"])
        #expect(harness.requests[1].contains("<phone>79999999999</phone>"))
        #expect(harness.requests[1].contains("<id>order-1</id>"))
        #expect(result.id == "order-1")
        #expect(result.attempts == 1)
        #expect(result.confirmingStatus?.deliveryStatus == .waiting)
        #expect(result.messageCount == nil && result.balance == nil)
    }

    @Test(arguments: uncertain)
    func aSendTheServiceDoesNotHaveIsSentAgainExactlyAsBefore(_ name: String, failure: Outcome) async throws {
        let harness = Harness([failure, .answer(Self.notFound), .answer(Self.sent)])
        let result = try await harness.client.send("Hello", to: ["79999999999"], id: "order-1", sender: "Shop")
        #expect(harness.operations == ["send", "status", "send"])
        #expect(harness.requests[0] == harness.requests[2])
        #expect(result.attempts == 2)
        #expect(result.confirmingStatus == nil)
        #expect(result.balance == Decimal(string: "997.50"))
        // The jitter the harness draws is the cap: the policy's first wait.
        #expect(harness.pauses == [.milliseconds(250)])
    }

    @Test func aRepeatRefusedAsADuplicateMeansAnEarlierAttemptArrived() async throws {
        // The first request reached the service late: after the check, before the repeat.
        let harness = Harness([
            .fail(RetryTests.resetBeforeReply), .answer(Self.notFound), .answer(Self.duplicateRefused),
            .answer(Self.found),
        ])
        let result = try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        #expect(harness.operations == ["send", "status", "send", "status"])
        #expect(result.confirmingStatus?.deliveryStatus == .waiting)
        #expect(result.attempts == 2)
    }

    @Test func aDuplicateRefusalThatGetStatusDoesNotFindIsNeverSentAThirdTime() async throws {
        // The repeat is refused as a duplicate (error 9), so an earlier attempt arrived, yet get_status does not
        // have it (not yet, or not by this id). Sending again would make a third copy if the first is still on its
        // way: the send is left in doubt. The outcomes after the second check are what a third send would meet.
        let harness = Harness(
            [
                .fail(RetryTests.resetBeforeReply), .answer(Self.notFound), .answer(Self.duplicateRefused),
                .answer(Self.notFound), .answer(Self.sent), .answer(Self.found),
            ],
            policy: SMSCRetryPolicy(maximumAttempts: 5)
        )
        let error = await #expect(throws: SMSCError.self) {
            try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        }
        #expect(harness.operations == ["send", "status", "send", "status"])
        #expect(harness.operations.filter { $0 == "send" }.count == 2)
        #expect(harness.requests[0] == harness.requests[2])
        #expect(error?.messageMayHaveBeenSent == true)
        #expect(error?.isRetrySafe == false)
        let reason =
            "the service refused to send it again as a duplicate (error 9), yet get_status does not find "
            + "message order-1"
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
    }

    @Test func aSendTheServiceNeverGetsIsReportedNotSentOnceAttemptsRunOut() async throws {
        let harness = Harness(
            [
                .fail(RetryTests.timedOutBeforeReply), .answer(Self.notFound), .answer(RetryTests.page(503)),
                .answer(Self.notFound),
            ],
            policy: SMSCRetryPolicy(maximumAttempts: 2)
        )
        let error = await #expect(throws: SMSCError.self) {
            try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        }
        #expect(harness.operations == ["send", "status", "send", "status"])
        #expect(error?.code == .httpStatus)
        #expect(error?.messageMayHaveBeenSent == false)
        #expect(error?.isRetrySafe == true)
        #expect(
            error?.message.contains("get_status says the service does not have message order-1, so it was not sent")
                == true)
    }

    @Test func aFailedCheckLeavesTheSendInDoubtAndSaysWhy() async throws {
        let harness = Harness(
            [.fail(RetryTests.resetBeforeReply), .answer(RetryTests.page(500))],
            policy: .none
        )
        let error = await #expect(throws: SMSCError.self) {
            try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        }
        #expect(harness.operations == ["send", "status"])
        #expect(error?.transportError?.code == .connectionFailed)
        #expect(error?.messageMayHaveBeenSent == true)
        #expect(error?.isRetrySafe == false)
        #expect(error?.message.contains("checking the status of message order-1 failed: HTTP status 500") == true)
    }

    @Test func withoutAnIdTheFailureIsReportedAsItIsAndNothingIsAsked() async throws {
        let harness = Harness([.fail(RetryTests.resetBeforeReply), .answer(Self.found)])
        let error = await #expect(throws: SMSCError.self) {
            try await harness.client.send("Hello", to: ["79999999999"])
        }
        #expect(harness.operations == ["send"])
        #expect(!harness.requests[0].contains("<id>"))
        #expect(error?.messageMayHaveBeenSent == true)
        #expect(error?.message.contains("without an id there is nothing to check its status by") == true)
    }

    @Test func generatedIdsLetEverySendBeChecked() async throws {
        var harness = Harness(
            [.fail(RetryTests.resetBeforeReply), .answer(Self.found)], generatesMessageIDs: true,
            generatedMessageID: "id-0123456789abcdef0123456789abcdef"
        )
        let result = try await harness.client.send("Hello", to: ["79999999999"])
        #expect(harness.requests[0].contains("<id>id-0123456789abcdef0123456789abcdef</id>"))
        #expect(harness.requests[1].contains("<id>id-0123456789abcdef0123456789abcdef</id>"))
        #expect(result.id == "id-0123456789abcdef0123456789abcdef")
        #expect(result.confirmingStatus != nil)
        // An id the caller gives wins over a generated one.
        harness = Harness([.answer(Self.sent)], generatesMessageIDs: true)
        _ = try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        #expect(harness.requests[0].contains("<id>order-1</id>"))
    }

    @Test func randomIdsAreValidAndDistinct() {
        let ids = (0..<1_000).map { _ in SMSCMessageID.random() }
        #expect(Set(ids).count == 1_000)
        for id in ids.prefix(20) {
            #expect(id.validationProblem == nil)
            #expect(id.rawValue.count == 35 && id.rawValue.hasPrefix("id-"))
        }
    }

    @Test(arguments: [
        ("the service refused it (error 3)", Outcome.answer(noFunds)),
        ("error 9 on the first attempt", .answer(duplicateRefused)),
        ("the connection was never made", .fail(RetryTests.refused)),
    ])
    func aFailureThatSettlesTheSendIsThrownWithoutAsking(_ name: String, failure: Outcome) async throws {
        let harness = Harness([failure, .answer(Self.found)])
        let error = await #expect(throws: SMSCError.self) {
            try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        }
        #expect(harness.operations == ["send"])
        #expect(error?.messageMayHaveBeenSent == false)
    }

    @Test func theCheckRetriesAsAReadDoes() async throws {
        let harness = Harness([.fail(RetryTests.resetBeforeReply), .answer(RetryTests.page(503)), .answer(Self.found)])
        let result = try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        #expect(harness.operations == ["send", "status", "status"])
        #expect(result.confirmingStatus != nil)
    }

    @Test func checkingAndSendingAgainShareOneMoreDeadlineMadeAtTheFailure() async throws {
        let harness = Harness(
            [.fail(RetryTests.timedOutBeforeReply), .answer(Self.notFound), .answer(Self.sent)], timeout: .seconds(30))
        let start = harness.now
        _ = try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        // The harness's clock stands still until the 250 ms pause before the repeat: the failure happened at `start`,
        // so the settlement's deadline is 30 s after it, and the repeat keeps the check's deadline.
        #expect(harness.now == start + .milliseconds(250))
        #expect(harness.deadlines == [start + .seconds(30), start + .seconds(30), start + .seconds(30)])
    }

    @Test func checksAreCountedByOutcome() async throws {
        let metrics = TestMetrics()
        let harness = Harness(
            [.fail(RetryTests.resetBeforeReply), .answer(Self.notFound), .answer(Self.sent)], metrics: metrics)
        _ = try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        let notFound = try metrics.expectCounter(
            "smsc.send.checks", [("operation", "send_sms"), ("outcome", "not_found")])
        #expect(notFound.totalValue == 1)
    }

    @Test func aCancelledSendIsNotChecked() async throws {
        let harness = Harness([.cancelInFlight, .answer(Self.found)])
        let error = await #expect(throws: SMSCError.self) {
            try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        }
        #expect(harness.operations == ["send"])
        #expect(error?.code == .cancelled)
        #expect(error?.messageMayHaveBeenSent == true)
        #expect(error?.message.contains("cancelled before its status could be checked") == true)
    }
}
