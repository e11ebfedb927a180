import NIOCore
import NIOHTTP1
import SOAPRuntime
import Testing

@testable import SOAPNIOTransport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The NIO transport's connection state machine, driven event by event without a channel: every transition, the
/// keep-alive decision, and what each failure says of the request and the response.
struct HTTP1ConnectionStateMachineTests {
    typealias Machine = HTTP1ConnectionStateMachine<TestCall>

    static let endpoint = "127.0.0.1:8080"

    // MARK: - Exchanges that succeed

    @Test func keepAliveExchangeEndsTheCallAndReleasesTheConnectionWhenTheReadCompletes() throws {
        var machine = Machine(endpoint: Self.endpoint, usesTLS: false)
        let call = TestCall(1)
        #expect(machine.startCall(call, now: TestClock.start).writtenRequest == call.request)
        #expect(machine.responseHead(head(.ok, ["Content-Length": "4", "X-A": "1"]), now: TestClock.start).isNone)
        #expect(machine.responseBodyPart(buffer("ab"), now: TestClock.start).isNone)
        #expect(machine.responseBodyPart(buffer("cd"), now: TestClock.start).isNone)
        let success = try #require(machine.responseEnd().success)
        #expect(success.call == call.id)
        #expect(success.response.status == 200)
        #expect(success.response.body == Array("abcd".utf8))
        #expect(success.response.headers["x-a"] == "1")
        #expect(success.then == .releaseWhenReadCompletes)
        #expect(machine.channelReadComplete().isRelease)
        #expect(machine.channelReadComplete().isNone)

        // The next call on the same connection starts from an empty body.
        let next = TestCall(2)
        #expect(machine.startCall(next, now: TestClock.start).writtenRequest == next.request)
        #expect(machine.responseHead(head(.ok), now: TestClock.start).isNone)
        #expect(machine.responseBodyPart(buffer("x"), now: TestClock.start).isNone)
        #expect(try #require(machine.responseEnd().success).response.body == Array("x".utf8))
    }

    static let closingHeads: [HTTPResponseHead] = [
        HTTPResponseHead(version: .http1_1, status: .ok, headers: ["Connection": "close"]),
        HTTPResponseHead(version: .http1_0, status: .ok),
        HTTPResponseHead(version: .http1_1, status: .switchingProtocols),
    ]

    @Test(arguments: closingHeads)
    func responseThatEndsTheConnectionClosesItAfterTheCall(_ head: HTTPResponseHead) throws {
        var machine = serving(TestCall(1))
        #expect(machine.responseHead(head, now: TestClock.start).isNone)
        let success = try #require(machine.responseEnd().success)
        #expect(success.then == .close)
        #expect(machine.channelReadComplete().isNone)
        #expect(machine.channelInactive().isNone)
        #expect(machine.startCall(TestCall(2), now: TestClock.start).givenBackCall == CallID(value: 2))
    }

    @Test func bodyOfExactlyTheLimitIsAccepted() throws {
        var machine = serving(TestCall(1, maximumResponseSize: 4))
        _ = machine.responseHead(head(.ok, ["Content-Length": "4"]), now: TestClock.start)
        #expect(machine.responseBodyPart(buffer("abcd"), now: TestClock.start).isNone)
        #expect(try #require(machine.responseEnd().success).response.body == Array("abcd".utf8))
    }

    // MARK: - TLS

    @Test func requestWrittenBeforeTheTLSHandshakeLeavesWithIt() throws {
        var machine = Machine(endpoint: Self.endpoint, usesTLS: true)
        #expect(!machine.isSessionEstablished)
        _ = machine.startCall(TestCall(1, connect: .seconds(2), read: .seconds(1)), now: TestClock.start)
        // The read timeout does not run before the request can leave.
        #expect(machine.deadlineCheck(now: TestClock.at(.milliseconds(1_400))).isNone)
        #expect(machine.tlsHandshakeCompleted(now: TestClock.at(.milliseconds(1_500))).isNone)
        #expect(machine.isSessionEstablished)
        // Silence is measured from the handshake, when the request left.
        #expect(machine.deadlineCheck(now: TestClock.at(.milliseconds(2_499))).isNone)
        let failure = try #require(machine.deadlineCheck(now: TestClock.at(.milliseconds(2_500))).failure)
        #expect(failure.error.message.contains("sent nothing for the read timeout of 1 s"))
        #expect(failure.error.requestMayHaveReachedServer)
    }

    @Test func tlsHandshakePastTheConnectTimeoutFailsUnsent() throws {
        var machine = serving(TestCall(1, connect: .seconds(2)), usesTLS: true)
        let failure = try #require(machine.deadlineCheck(now: TestClock.at(.seconds(2))).failure)
        #expect(failure.call == CallID(value: 1))
        #expect(failure.error.code == .timeout)
        #expect(!failure.error.requestMayHaveReachedServer)
        #expect(failure.error.message.hasPrefix("the TLS handshake with \(Self.endpoint) did not finish"))
        #expect(failure.error.message.hasSuffix("within the connect timeout of 2 s"))
        #expect(failure.closeConnection)
        #expect(machine.channelInactive().isNone)
    }

    @Test func totalDeadlineBeforeTheTLSHandshakeFailsUnsent() throws {
        var machine = serving(TestCall(1, total: .seconds(1), connect: .seconds(5)), usesTLS: true)
        let failure = try #require(machine.deadlineCheck(now: TestClock.at(.seconds(1))).failure)
        #expect(failure.error.code == .timeout)
        #expect(failure.error.message.contains("total deadline of 1 s"))
        #expect(!failure.error.requestMayHaveReachedServer)
    }

    @Test func errorBeforeTheTLSHandshakeCompletesFailsUnsent() throws {
        var machine = serving(TestCall(1), usesTLS: true)
        let failure = try #require(machine.errorCaught(IOError(errnoCode: ECONNRESET, reason: "read")).failure)
        #expect(failure.error.code == .connectionFailed)
        #expect(!failure.error.requestMayHaveReachedServer)
        #expect(failure.error.underlyingError is IOError)
        #expect(failure.closeConnection)
    }

    @Test func serverClosingDuringTheTLSHandshakeIsATLSFailure() throws {
        var machine = serving(TestCall(1), usesTLS: true)
        let failure = try #require(machine.channelInactive().failure)
        #expect(failure.error.code == .tls)
        #expect(!failure.error.requestMayHaveReachedServer)
        #expect(failure.error.message.contains("closed the connection during the handshake"))
        #expect(!failure.closeConnection)
    }

    @Test func cancellingBeforeTheTLSHandshakeCompletesIsUnsent() throws {
        var machine = serving(TestCall(1), usesTLS: true)
        let failure = try #require(machine.cancelCall(CallID(value: 1)).failure)
        #expect(failure.error.code == .cancelled)
        #expect(!failure.error.requestMayHaveReachedServer)
    }

    @Test func handshakeCompletingWhileIdleEstablishesTheSession() {
        var machine = Machine(endpoint: Self.endpoint, usesTLS: true)
        #expect(machine.tlsHandshakeCompleted(now: TestClock.start).isNone)
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        guard case .awaitingHead = machine.state else {
            Issue.record("expected awaitingHead, got \(machine.state)")
            return
        }
    }

    // MARK: - Size limit

    @Test func announcedLengthAboveTheLimitIsRefusedAtTheHead() throws {
        var machine = serving(TestCall(1, maximumResponseSize: 100))
        let refused = machine.responseHead(head(.ok, ["Content-Length": "101"]), now: TestClock.start)
        let failure = try #require(refused.failure)
        #expect(failure.error.code == .responseTooLarge)
        #expect(failure.error.responseSizeLimit == 100)
        #expect(failure.error.responseHeadReceived)
        #expect(failure.error.requestMayHaveReachedServer)
        #expect(failure.error.message.contains("the server announced 101 bytes"))
        #expect(failure.closeConnection)
    }

    @Test func bodyGrowingPastTheLimitStopsTheReading() throws {
        var machine = serving(TestCall(1, maximumResponseSize: 5))
        _ = machine.responseHead(head(.ok), now: TestClock.start)
        #expect(machine.responseBodyPart(buffer("abc"), now: TestClock.start).isNone)
        let failure = try #require(machine.responseBodyPart(buffer("def"), now: TestClock.start).failure)
        #expect(failure.error.code == .responseTooLarge)
        #expect(failure.error.message.contains("reading stopped after 6 bytes"))
        #expect(failure.error.responseHeadReceived)
        // What the server sends after the failure changes nothing.
        #expect(machine.responseBodyPart(buffer("g"), now: TestClock.start).isNone)
        #expect(machine.responseEnd().isNone)
        #expect(machine.channelReadComplete().isNone)
    }

    // MARK: - Deadlines

    @Test func totalDeadlineWhileAwaitingTheHead() throws {
        var machine = serving(TestCall(1, total: .seconds(2), read: .seconds(30)))
        #expect(machine.deadlineCheck(now: TestClock.at(.milliseconds(1_999))).isNone)
        let failure = try #require(machine.deadlineCheck(now: TestClock.at(.seconds(2))).failure)
        #expect(failure.error.code == .timeout)
        #expect(failure.error.message == "no complete response from \(Self.endpoint) within the total deadline of 2 s")
        #expect(failure.error.requestMayHaveReachedServer)
        #expect(!failure.error.responseHeadReceived)
        #expect(machine.deadlineCheck(now: TestClock.at(.seconds(3))).isNone)
    }

    @Test func totalDeadlineWhileTheBodyArrives() throws {
        var machine = serving(TestCall(1, total: .seconds(2)))
        _ = machine.responseHead(head(.ok), now: TestClock.at(.seconds(1)))
        let failure = try #require(machine.deadlineCheck(now: TestClock.at(.seconds(2))).failure)
        #expect(failure.error.code == .timeout)
        #expect(failure.error.responseHeadReceived)
    }

    @Test func readTimeoutCountsFromTheLastResponseBytes() throws {
        var machine = serving(TestCall(1, read: .seconds(1)))
        #expect(machine.deadlineCheck(now: TestClock.at(.milliseconds(999))).isNone)
        _ = machine.responseHead(head(.ok), now: TestClock.at(.milliseconds(900)))
        _ = machine.responseBodyPart(buffer("a"), now: TestClock.at(.milliseconds(1_800)))
        #expect(machine.deadlineCheck(now: TestClock.at(.milliseconds(2_799))).isNone)
        let failure = try #require(machine.deadlineCheck(now: TestClock.at(.milliseconds(2_800))).failure)
        #expect(failure.error.code == .timeout)
        #expect(failure.error.message == "\(Self.endpoint) sent nothing for the read timeout of 1 s")
        #expect(failure.error.requestMayHaveReachedServer)
        #expect(failure.error.responseHeadReceived)
    }

    @Test func idleConnectionHasNoDeadlines() {
        var machine = Machine(endpoint: Self.endpoint, usesTLS: false)
        #expect(machine.deadlineCheck(now: TestClock.at(.seconds(3_600))).isNone)
    }

    // MARK: - Cancellation and closing

    @Test func cancellingTheCallInFlightEndsItAsPossiblySent() throws {
        var machine = serving(TestCall(1))
        #expect(machine.cancelCall(CallID(value: 2)).isNone)
        let failure = try #require(machine.cancelCall(CallID(value: 1)).failure)
        #expect(failure.error.code == .cancelled)
        #expect(failure.error.requestMayHaveReachedServer)
        #expect(!failure.error.responseHeadReceived)
        #expect(failure.closeConnection)
        #expect(machine.cancelCall(CallID(value: 1)).isNone)
    }

    @Test func cancellingDuringTheBodySaysTheHeadArrived() throws {
        var machine = serving(TestCall(1))
        _ = machine.responseHead(head(.ok), now: TestClock.start)
        let failure = try #require(machine.cancelCall(CallID(value: 1)).failure)
        #expect(failure.error.responseHeadReceived)
    }

    @Test func closingAnIdleConnectionClosesItOnce() {
        var machine = Machine(endpoint: Self.endpoint, usesTLS: false)
        #expect(machine.cancelCall(CallID(value: 1)).isNone)
        #expect(machine.close().isClose)
        #expect(machine.close().isNone)
        #expect(machine.errorCaught(ChannelError.ioOnClosedChannel).isNone)
        #expect(machine.channelInactive().isNone)
        #expect(machine.close().isNone)
    }

    @Test func closingABusyConnectionCancelsItsCall() throws {
        var machine = serving(TestCall(1))
        let failure = try #require(machine.close().failure)
        #expect(failure.error.code == .cancelled)
        #expect(failure.error.requestMayHaveReachedServer)
        #expect(failure.closeConnection)
        #expect(machine.close().isNone)
    }

    @Test func closingWhileTheReadThatEndedTheResponseIsUnderWayClosesInsteadOfReleasing() {
        var machine = serving(TestCall(1))
        _ = machine.responseHead(head(.ok), now: TestClock.start)
        _ = machine.responseEnd()
        #expect(machine.close().isClose)
        #expect(machine.channelReadComplete().isNone)
    }

    // MARK: - Connection failures

    @Test func serverClosingBeforeTheResponseIsAClosedConnection() throws {
        var machine = serving(TestCall(1))
        let failure = try #require(machine.channelInactive().failure)
        #expect(failure.error.code == .connectionFailed)
        #expect(failure.error.message == "\(Self.endpoint) closed the connection before the response was complete")
        #expect(failure.error.requestMayHaveReachedServer)
        #expect(!failure.error.responseHeadReceived)
        #expect(!failure.closeConnection)
        #expect(machine.channelInactive().isNone)
    }

    @Test func serverClosingDuringTheBodySaysTheHeadArrived() throws {
        var machine = serving(TestCall(1))
        _ = machine.responseHead(head(.ok), now: TestClock.start)
        let failure = try #require(machine.channelInactive().failure)
        #expect(failure.error.responseHeadReceived)
        #expect(!failure.closeConnection)
    }

    @Test func connectFailureReportedAfterTheRequestWasWrittenMayHaveReachedTheServer() throws {
        var machine = serving(TestCall(1))
        let failure = try #require(machine.errorCaught(IOError(errnoCode: EHOSTUNREACH, reason: "write")).failure)
        #expect(failure.error.code == .connectionFailed)
        #expect(failure.error.requestMayHaveReachedServer)
        #expect(failure.error.message.hasPrefix("the connection to \(Self.endpoint) failed after the request was"))
        #expect(failure.error.underlyingError is IOError)
    }

    @Test func unknownErrorIsAFailedExchange() throws {
        struct Strange: Error {}
        var machine = serving(TestCall(1))
        _ = machine.responseHead(head(.ok), now: TestClock.start)
        let failure = try #require(machine.errorCaught(Strange()).failure)
        #expect(failure.error.code == .connectionFailed)
        #expect(failure.error.message.hasPrefix("the HTTP exchange with \(Self.endpoint) failed"))
        #expect(failure.error.requestMayHaveReachedServer)
        #expect(failure.error.responseHeadReceived)
        #expect(failure.error.underlyingError is Strange)
    }

    @Test func errorOnAnIdleConnectionClosesIt() {
        var machine = Machine(endpoint: Self.endpoint, usesTLS: false)
        #expect(machine.errorCaught(IOError(errnoCode: ECONNRESET, reason: "read")).isClose)
        #expect(machine.startCall(TestCall(1), now: TestClock.start).givenBackCall == CallID(value: 1))
    }

    @Test func callHandedToAClosedConnectionGoesBackUnsent() {
        var machine = Machine(endpoint: Self.endpoint, usesTLS: false)
        #expect(machine.channelInactive().isNone)
        #expect(machine.startCall(TestCall(1), now: TestClock.start).givenBackCall == CallID(value: 1))
    }

    // MARK: - A server that talks out of turn

    @Test func bytesAfterACompleteResponseInTheSameReadCloseTheConnection() throws {
        var machine = serving(TestCall(1))
        _ = machine.responseHead(head(.ok), now: TestClock.start)
        #expect(try #require(machine.responseEnd().success).then == .releaseWhenReadCompletes)
        #expect(machine.responseHead(head(.ok), now: TestClock.start).isClose)
        // Never handed back to the pool: the next call cannot read the forged response.
        #expect(machine.channelReadComplete().isNone)
    }

    @Test(arguments: 0..<3)
    func responsePartWhileIdleClosesTheConnection(_ part: Int) {
        var machine = Machine(endpoint: Self.endpoint, usesTLS: false)
        let action =
            switch part {
            case 0: machine.responseHead(head(.ok), now: TestClock.start)
            case 1: machine.responseBodyPart(buffer("x"), now: TestClock.start)
            default: machine.responseEnd()
            }
        #expect(action.isClose)
    }

    @Test func responseOutOfOrderIsNotHTTP() throws {
        var early = serving(TestCall(1))
        let body = try #require(early.responseBodyPart(buffer("x"), now: TestClock.start).failure)
        #expect(body.error.message.contains("body bytes arrived before the response head"))
        #expect(!body.error.responseHeadReceived)

        var headless = serving(TestCall(1))
        let end = try #require(headless.responseEnd().failure)
        #expect(end.error.message.contains("the response ended before its head"))

        var twice = serving(TestCall(1))
        _ = twice.responseHead(head(.ok), now: TestClock.start)
        let second = try #require(twice.responseHead(head(.ok), now: TestClock.start).failure)
        #expect(second.error.code == .connectionFailed)
        #expect(second.error.requestMayHaveReachedServer)
        #expect(second.error.responseHeadReceived)
    }

    // MARK: - Helpers

    /// A connection to which `call` was just handed, at `TestClock.start`.
    private func serving(_ call: TestCall, usesTLS: Bool = false) -> Machine {
        var machine = Machine(endpoint: Self.endpoint, usesTLS: usesTLS)
        _ = machine.startCall(call, now: TestClock.start)
        return machine
    }

    private func head(_ status: HTTPResponseStatus, _ headers: HTTPHeaders = [:]) -> HTTPResponseHead {
        HTTPResponseHead(version: .http1_1, status: status, headers: headers)
    }

    private func buffer(_ text: String) -> ByteBuffer {
        ByteBuffer(string: text)
    }
}

extension HTTP1ConnectionStateMachine.Action {
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    var isClose: Bool {
        if case .close = self { return true }
        return false
    }

    var isRelease: Bool {
        if case .releaseConnection = self { return true }
        return false
    }

    var writtenRequest: SOAPRequest? {
        if case .writeRequest(let request) = self { return request }
        return nil
    }

    var givenBackCall: CallID? {
        if case .giveBackCall(let call) = self { return call.id }
        return nil
    }

    var success: (call: CallID, response: SOAPHTTPResponse, then: HTTP1ConnectionStateMachine<Call>.AfterResponse)? {
        if case .succeedCall(let call, let response, let then) = self { return (call.id, response, then) }
        return nil
    }

    var failure: (call: CallID, error: SOAPTransportError, closeConnection: Bool)? {
        if case .failCall(let call, let error, let closeConnection) = self { return (call.id, error, closeConnection) }
        return nil
    }
}
