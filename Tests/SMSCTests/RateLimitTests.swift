import Foundation
import SOAPRuntime
import Testing

@testable import SMSC

/// Calls wait rather than break the service's documented limits, within their deadline.
struct RateLimitTests {
    // MARK: Per-minute windows

    @Test func theEleventhBalanceRequestWaitsUntilTheFirstIsAMinuteOld() async throws {
        let harness = Harness(Array(repeating: .answer(RetryTests.balanceReply), count: 11), timeout: .seconds(120))
        for _ in 0..<10 {
            _ = try await harness.client.balance()
        }
        #expect(harness.pauses.isEmpty)
        _ = try await harness.client.balance()
        #expect(harness.attempts == 11)
        // The harness's clock stood still through the first ten, so the wait is the whole minute.
        #expect(harness.pauses == [.seconds(60)])
    }

    @Test func statusRequestsAreCountedPerMessage() async throws {
        let harness = Harness(Array(repeating: .answer(RetryTests.statusReply), count: 8), timeout: .seconds(120))
        for _ in 0..<5 {
            _ = try await harness.client.status(phone: "79999999999", id: "1")
        }
        // Another message, and the same id for another number, have windows of their own.
        _ = try await harness.client.status(phone: "79999999999", id: "2")
        _ = try await harness.client.status(phone: "79990000002", id: "1")
        #expect(harness.pauses.isEmpty)
        // A sixth for the first message waits.
        _ = try await harness.client.status(phone: "79999999999", id: "1")
        #expect(harness.pauses == [.seconds(60)])
        #expect(harness.attempts == 8)
    }

    @Test func identicalCostRequestsAreLimitedAndOthersAreNot() async throws {
        let harness = Harness(Array(repeating: .answer(RetryTests.costReply), count: 7), timeout: .seconds(120))
        for _ in 0..<5 {
            _ = try await harness.client.cost(of: "Hello", to: ["79999999999"])
        }
        _ = try await harness.client.cost(of: "Hello!", to: ["79999999999"])
        #expect(harness.pauses.isEmpty)
        _ = try await harness.client.cost(of: "Hello", to: ["79999999999"])
        #expect(harness.pauses == [.seconds(60)])
    }

    @Test func aWaitThatWouldPassTheDeadlineIsNotBegunAndNothingIsSent() async throws {
        let harness = Harness(Array(repeating: .answer(RetryTests.balanceReply), count: 11), timeout: .seconds(30))
        for _ in 0..<10 {
            _ = try await harness.client.balance()
        }
        let error = await #expect(throws: SMSCError.self) { try await harness.client.balance() }
        #expect(error?.code == .throttled)
        #expect(
            error?.message
                == "waiting to stay within the service's limit of 10 balance requests a minute would pass the "
                    + "call's deadline; nothing was sent"
        )
        #expect(error?.mayHaveReachedServer == false)
        #expect(error?.isRetrySafe == true)
        #expect(harness.attempts == 10)
        #expect(harness.pauses.isEmpty)
    }

    @Test func limitsAreConfigurableAndCanBeLifted() async throws {
        let lifted = Harness(Array(repeating: .answer(RetryTests.balanceReply), count: 20), rateLimits: .none)
        for _ in 0..<20 {
            _ = try await lifted.client.balance()
        }
        #expect(lifted.pauses.isEmpty)
        let strict = Harness(
            Array(repeating: .answer(RetryTests.balanceReply), count: 3), timeout: .seconds(120),
            rateLimits: SMSCRateLimits(balanceRequestsPerMinute: 2))
        for _ in 0..<3 {
            _ = try await strict.client.balance()
        }
        #expect(strict.pauses == [.seconds(60)])
    }

    // MARK: Requests at once

    @Test func requestsBeyondTheLimitWaitForASlot() async throws {
        let server = HeldRequests()
        let client = try server.client(rateLimits: SMSCRateLimits(maximumConcurrentRequests: 2))
        let calls = (0..<3).map { number in
            Task { try await client.send("message \(number)", to: ["79999999999"], id: SMSCMessageID("m\(number)")) }
        }
        try await server.waitUntilHeld(2)
        try await waitUntil { client.pacer.waitingCount == 1 }
        #expect(server.held == 2)
        server.releaseOne()
        try await server.waitUntilHeld(2)
        #expect(client.pacer.waitingCount == 0)
        server.releaseAll()
        for call in calls {
            _ = try await call.value
        }
        #expect(server.received == 3)
    }

    @Test func aCallCancelledWhileItWaitsForASlotSendsNothing() async throws {
        let server = HeldRequests()
        let client = try server.client(rateLimits: SMSCRateLimits(maximumConcurrentRequests: 1))
        let first = Task { try await client.send("first", to: ["79999999999"], id: "m1") }
        try await server.waitUntilHeld(1)
        let second = Task { try await client.send("second", to: ["79999999999"], id: "m2") }
        try await waitUntil { client.pacer.waitingCount == 1 }
        second.cancel()
        let error = try #require(await second.result.failureAs(SMSCError.self))
        #expect(error.code == .cancelled)
        #expect(
            error.message
                == "the call was cancelled while it waited to stay within the service's limit of 1 requests at once "
                    + "under one login; nothing was sent"
        )
        #expect(!error.messageMayHaveBeenSent)
        server.releaseAll()
        _ = try await first.value
        #expect(server.received == 1)
        #expect(client.pacer.waitingCount == 0)
    }

    @Test func aWaitForASlotEndsAtTheCallsDeadline() async throws {
        let server = HeldRequests()
        var client = try server.client(rateLimits: SMSCRateLimits(maximumConcurrentRequests: 1))
        let first = Task { [client] in try await client.send("first", to: ["79999999999"], id: "m1") }
        try await server.waitUntilHeld(1)
        // A clock that jumps to the deadline as soon as anything waits.
        let clock = Locked(ContinuousClock.now)
        client.retryPauses = RetryPauses(
            jitter: { $0 },
            sleep: { pause in clock.withLock { $0 += pause } },
            now: { clock.withLock { $0 } }
        )
        let error = await #expect(throws: SMSCError.self) {
            try await client.send("second", to: ["79999999999"], id: "m2")
        }
        #expect(error?.code == .throttled)
        #expect(error?.message.contains("1 requests at once under one login") == true)
        server.releaseAll()
        _ = try await first.value
        #expect(server.received == 1)
    }
}
