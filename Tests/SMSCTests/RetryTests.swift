import Foundation
import MetricsTestKit
import SOAPRuntime
import SOAPTestServer
import Testing
import Tracing

@testable import SMSC

/// Reads (`balance`, `cost`, `status`) are tried again after failures that left nothing answered, with pauses the
/// tests control; sends never are.
struct RetryTests {
    static let balanceReply = reply("BalanceResponse", "balanceresult", "<balance>1234.50</balance><error>0</error>")
    static let rateLimitedReply = reply("BalanceResponse", "balanceresult", "<balance>0</balance><error>9</error>")
    static let ipBlockedReply = reply("BalanceResponse", "balanceresult", "<balance>0</balance><error>4</error>")
    static let statusReply = reply(
        "StatusResponse", "statusresult", "<status>1</status><last_date>28.12.2019 19:20:22</last_date><err>0</err>")
    static let costReply = reply("CostResponse", "costresult", "<cost>2.50</cost><cnt>1</cnt><error>0</error>")

    static func reply(_ element: String, _ wrapper: String, _ fields: String) -> SOAPHTTPResponse {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="https://smsc.ru/sys/soap.php">\
            <SOAP-ENV:Body><ns1:\(element)><\(wrapper)>\(fields)</\(wrapper)></ns1:\(element)></SOAP-ENV:Body></SOAP-ENV:Envelope>
            """
        return SOAPHTTPResponse(
            status: 200, headers: ["Content-Type": "text/xml; charset=utf-8"], body: Array(text.utf8))
    }

    static func page(_ status: Int) -> SOAPHTTPResponse {
        SOAPHTTPResponse(
            status: status, headers: ["Content-Type": "text/html"], body: Array("<html>unavailable</html>".utf8))
    }

    static let refused = SOAPTransportError(
        code: .connect, message: "could not connect: connection refused", requestMayHaveReachedServer: false)
    static let timedOutBeforeReply = SOAPTransportError(
        code: .timeout, message: "timed out", requestMayHaveReachedServer: true)
    static let timedOutMidReply = SOAPTransportError(
        code: .timeout, message: "timed out", requestMayHaveReachedServer: true, responseHeadReceived: true)
    static let resetBeforeReply = SOAPTransportError(
        code: .connectionFailed, message: "the connection was reset", requestMayHaveReachedServer: true)
    static let resetMidReply = SOAPTransportError(
        code: .connectionFailed, message: "the stream ended early", requestMayHaveReachedServer: true,
        responseHeadReceived: true
    )

    // MARK: - What is retried

    @Test(
        arguments: [
            ("refused connection", Outcome.fail(refused)),
            ("timeout before the reply", .fail(timedOutBeforeReply)),
            ("connection reset before the reply", .fail(resetBeforeReply)),
            ("HTTP 502", .answer(page(502))),
            ("HTTP 503", .answer(page(503))),
            ("HTTP 504", .answer(page(504))),
            ("error 9, asked too often", .answer(rateLimitedReply)),
        ] as [(String, Outcome)])
    func transientFailureOfAReadIsRetried(_ name: String, first: Outcome) async throws {
        let harness = Harness([first, .answer(Self.balanceReply)])
        let balance = try await harness.client.balance()
        #expect(balance.amount == Decimal(string: "1234.50"))
        #expect(harness.attempts == 2)
        #expect(harness.pauses.count == 1)
    }

    @Test(
        arguments: [
            ("timeout mid-reply", Outcome.fail(timedOutMidReply)),
            ("HTTP 500", .answer(page(500))),
            ("HTTP 404", .answer(page(404))),
            ("error 4, IP blocked", .answer(ipBlockedReply)),
            ("connection broken mid-reply", .fail(resetMidReply)),
            ("TLS", .fail(SOAPTransportError(code: .tls, message: "certificate", requestMayHaveReachedServer: false))),
        ] as [(String, Outcome)])
    func finalFailureOfAReadIsNotRetried(_ name: String, first: Outcome) async throws {
        let harness = Harness([first, .answer(Self.balanceReply)])
        await #expect(throws: SMSCError.self) { try await harness.client.balance() }
        #expect(harness.attempts == 1)
        #expect(harness.pauses.isEmpty)
    }

    @Test func costAndStatusAreRetriedToo() async throws {
        let cost = Harness([.answer(Self.page(503)), .answer(Self.costReply)])
        #expect(try await cost.client.cost(of: "Hello", to: ["79999999999"]).amount == Decimal(string: "2.50"))
        #expect(cost.attempts == 2)
        let status = Harness([.fail(Self.refused), .answer(Self.statusReply)])
        #expect(try await status.client.status(phone: "79999999999", id: "1").deliveryStatus == .delivered)
        #expect(status.attempts == 2)
    }

    @Test func sendThatCertainlyDidNotLeaveIsNotRepeated() async throws {
        let harness = Harness([.fail(Self.refused), .answer(Self.balanceReply)])
        let error = await #expect(throws: SMSCError.self) {
            try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        }
        #expect(error?.transportError?.code == .connect)
        #expect(error?.messageMayHaveBeenSent == false)
        #expect(error?.isRetrySafe == true)
        #expect(harness.attempts == 1)
    }

    // MARK: - How often and how long

    @Test func givesUpAfterTheMostAttemptsWithTheLastFailure() async throws {
        let harness = Harness(Array(repeating: .answer(Self.page(503)), count: 5))
        let error = await #expect(throws: SMSCError.self) { try await harness.client.balance() }
        #expect(error?.code == .httpStatus)
        #expect(error?.httpStatus == 503)
        #expect(harness.attempts == 3)
        // The jitter the harness draws is the cap itself: 250 ms, then twice that.
        #expect(harness.pauses == [.milliseconds(250), .milliseconds(500)])
    }

    @Test func pausesGrowUpToTheMaximumAndARateLimitWaitsLonger() async {
        let policy = SMSCRetryPolicy(
            maximumAttempts: 10, initialBackoff: .milliseconds(100), maximumBackoff: .seconds(1))
        #expect(
            (2...7).map(policy.backoffCap(beforeAttempt:)) == [
                .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800), .seconds(1),
                .seconds(1),
            ])
        let harness = Harness([.answer(Self.rateLimitedReply), .answer(Self.balanceReply)])
        _ = try? await harness.client.balance()
        #expect(harness.pauses == [.milliseconds(250) + .seconds(15)])
    }

    @Test func aPauseThatWouldPassTheDeadlineIsNotBegun() async throws {
        // The call has 10 s; a rate-limit answer asks for a wait of at least 15 s.
        let harness = Harness([.answer(Self.rateLimitedReply), .answer(Self.balanceReply)], timeout: .seconds(10))
        let error = await #expect(throws: SMSCError.self) { try await harness.client.balance() }
        #expect(error?.serviceError?.kind == .rateLimited)
        #expect(harness.attempts == 1)
        #expect(harness.pauses.isEmpty)
    }

    @Test func everyAttemptEndsByTheDeadlineComputedWhenTheCallStarted() async throws {
        let harness = Harness([.fail(Self.refused), .answer(Self.balanceReply)], timeout: .seconds(30))
        let start = harness.now
        _ = try await harness.client.balance()
        // The harness's clock moved by the 250 ms pause between the attempts; the deadline did not.
        #expect(harness.now == start + .milliseconds(250))
        #expect(harness.deadlines == [start + .seconds(30), start + .seconds(30)])
    }

    @Test func noRetryPolicyMakesOneAttempt() async throws {
        let harness = Harness([.answer(Self.page(503)), .answer(Self.balanceReply)], policy: .none)
        await #expect(throws: SMSCError.self) { try await harness.client.balance() }
        #expect(harness.attempts == 1)
    }

    @Test func cancellingTheTaskDuringAPauseEndsTheCallWithoutAnotherAttempt() async throws {
        let harness = Harness([.answer(Self.page(503)), .answer(Self.balanceReply)], pausesBlockUntilCancelled: true)
        let call = Task { try await harness.client.balance() }
        try await harness.waitForPause()
        call.cancel()
        let result = await call.result
        let error = try #require(result.failureAs(SMSCError.self))
        #expect(error.code == .cancelled)
        #expect(error.message.contains("HTTP status 503"))
        #expect(harness.attempts == 1)
    }

    @Test func retriesAreCountedByOperationAndReason() async throws {
        let metrics = TestMetrics()
        let harness = Harness(
            [.answer(Self.page(502)), .fail(Self.refused), .answer(Self.balanceReply)], metrics: metrics)
        _ = try await harness.client.balance()
        let httpStatus = try metrics.expectCounter(
            "smsc.call.retries", [("operation", "get_balance"), ("reason", "http_status")])
        let connect = try metrics.expectCounter(
            "smsc.call.retries", [("operation", "get_balance"), ("reason", "connect")])
        #expect(httpStatus.totalValue == 1)
        #expect(connect.totalValue == 1)
    }

    // MARK: - Through a real transport

    @Test func unavailablePageFromARealServerIsRetried() async throws {
        let served = Locked(0)
        try await withLoopbackHTTPServer(handler: { _ in
            served.withLock {
                $0 += 1; return $0
            } == 1
                ? .respond(.init(status: 503, headers: ["Content-Type": "text/html"], text: "busy"))
                : .respond(.init(headers: ["Content-Type": "text/xml; charset=utf-8"], body: Self.balanceReply.body))
        }) { server in
            var client = try SMSCClient(
                credentials: .login("alex", password: "123"),
                configuration: .init(endpoint: SMSCEndpoint(url: server.url()))
            )
            client.retryPauses.sleep = { _ in }
            let balance = try await client.balance()
            #expect(balance.amount == Decimal(string: "1234.50"))
            #expect(server.receivedRequests.count == 2)
        }
    }
}

/// What one attempt meets.
enum Outcome: Sendable {
    case answer(SOAPHTTPResponse)
    case fail(SOAPTransportError)
    /// The caller's task is cancelled while the request is in flight.
    case cancelInFlight
}

/// A client whose transport meets the scripted outcomes in turn, and whose pauses take no time: the jitter drawn is
/// the cap itself, and the clock moves by each pause.
final class Harness: Sendable {
    let client: SMSCClient
    private let state = Locked(State())
    private let pauseStarted = AsyncStream.makeStream(of: Void.self)

    private struct State: Sendable {
        var outcomes: [Outcome] = []
        var attempts = 0
        var pauses: [Duration] = []
        var deadlines: [ContinuousClock.Instant] = []
        var requests: [String] = []
        var now = ContinuousClock.now
    }

    init(
        _ outcomes: [Outcome],
        timeout: Duration = .seconds(60),
        policy: SMSCRetryPolicy = .default,
        metrics: TestMetrics? = nil,
        tracer: (any Tracer)? = nil,
        generatesMessageIDs: Bool = false,
        generatedMessageID: SMSCMessageID? = nil,
        rateLimits: SMSCRateLimits = .default,
        pausesBlockUntilCancelled: Bool = false
    ) {
        state.withLock { $0.outcomes = outcomes }
        let state = self.state
        let transport = SOAPClosureTransport { call in
            let request = call.request
            let outcome = state.withLock { state in
                state.attempts += 1
                state.deadlines.append(call.deadline)
                state.requests.append(String(decoding: request.body, as: UTF8.self))
                return state.outcomes.removeFirst()
            }
            switch outcome {
            case .answer(let response): return response
            case .fail(let error): throw error
            case .cancelInFlight:
                withUnsafeCurrentTask { $0?.cancel() }
                throw SOAPTransportError(
                    code: .cancelled, message: "the call was cancelled", requestMayHaveReachedServer: true)
            }
        }
        var client = try! SMSCClient(
            credentials: .login("alex", password: "123"),
            configuration: .init(
                timeout: timeout, metricsFactory: metrics, tracer: tracer, retryPolicy: policy,
                generatesMessageIDs: generatesMessageIDs, rateLimits: rateLimits
            ),
            transport: transport
        )
        if let generatedMessageID {
            client.makeMessageID = { generatedMessageID }
        }
        let started = pauseStarted.continuation
        client.retryPauses = RetryPauses(
            jitter: { $0 },
            sleep: { pause in
                state.withLock {
                    $0.pauses.append(pause)
                    $0.now += pause
                }
                started.yield()
                if pausesBlockUntilCancelled {
                    try await Task.sleep(for: .seconds(3_600))
                }
            },
            now: { state.withLock { $0.now } }
        )
        self.client = client
    }

    var attempts: Int { state.withLock { $0.attempts } }
    var pauses: [Duration] { state.withLock { $0.pauses } }
    var deadlines: [ContinuousClock.Instant] { state.withLock { $0.deadlines } }
    var now: ContinuousClock.Instant { state.withLock { $0.now } }
    /// The request bodies, in the order they were sent.
    var requests: [String] { state.withLock { $0.requests } }
    /// The SOAP body element of each request (`send`, `status`), in order.
    var operations: [String] {
        requests.map { body in
            guard let start = body.range(of: "<SOAP-ENV:Body><ns1:") else { return "?" }
            return String(body[start.upperBound...].prefix { $0.isLetter || $0.isNumber })
        }
    }

    /// Returns once a pause has begun.
    func waitForPause() async throws {
        for await _ in pauseStarted.stream { return }
    }
}

extension Result {
    func failureAs<E: Error>(_ type: E.Type) -> E? {
        if case .failure(let error) = self { error as? E } else { nil }
    }
}
