import NIOCore
import SOAPRuntime
import Testing

@testable import SOAPNIOTransport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The NIO transport's pool state machine, driven event by event without connections: where each call goes, when
/// connections open, idle and close, when the deadline check runs, and how calls end on cancellation, deadlines,
/// failed connections and shutdown.
struct ConnectionPoolStateMachineTests {
    typealias Machine = ConnectionPool.StateMachine<TestCall>
    typealias ID = HTTP1Connection.ID

    static let endpoint = "127.0.0.1:8080"
    static let timedOut = ChannelError.connectTimeout(.seconds(1))

    // MARK: - Calls and connections

    @Test func firstCallOpensAConnectionAndStartsTheDeadlineCheck() {
        var machine = makeMachine()
        let call = TestCall(1, connect: .seconds(10))
        let start = machine.startCall(call, now: TestClock.start)
        #expect(start.deadlineCheck == .schedule)
        #expect(start.call.isNone)
        #expect(start.connection == .open(ID(0), connectTimeout: .seconds(10), closingIdle: []))
        #expect(machine.isCheckingDeadlines)

        let opened = machine.connectionOpened(ID(0), now: TestClock.start)
        #expect(opened.call.executed == [Execution(call: call.id, on: ID(0))])
        #expect(opened.connection == .none)
        #expect(opened.deadlineCheck == .none)
    }

    @Test func releasedConnectionIsReusedByTheNextCall() {
        var machine = makeMachine(serving: 1)
        let released = machine.connectionReleased(ID(0), now: TestClock.at(.seconds(1)))
        #expect(released.call.isNone && released.connection == .none)

        let next = machine.startCall(TestCall(2), now: TestClock.at(.seconds(2)))
        #expect(next.call.executed == executing(2, on: 0))
        #expect(next.connection == .none)
        // Already running: scheduled once, not once per call.
        #expect(next.deadlineCheck == .none)
    }

    @Test func mostRecentlyUsedIdleConnectionIsTakenFirst() {
        var machine = makeMachine(serving: 2)
        _ = machine.connectionReleased(ID(1), now: TestClock.at(.seconds(1)))
        _ = machine.connectionReleased(ID(0), now: TestClock.at(.seconds(2)))
        #expect(machine.startCall(TestCall(3), now: TestClock.at(.seconds(3))).call.executed == executing(3, on: 0))
        #expect(machine.startCall(TestCall(4), now: TestClock.at(.seconds(3))).call.executed == executing(4, on: 1))
    }

    @Test func callsBeyondTheMaximumWaitAndTakeReleasedConnectionsInOrder() {
        var machine = makeMachine(maximumConnections: 2)
        #expect(machine.startCall(TestCall(1), now: TestClock.start).connection.opened == ID(0))
        #expect(machine.startCall(TestCall(2), now: TestClock.start).connection.opened == ID(1))
        let third = machine.startCall(TestCall(3), now: TestClock.start)
        #expect(third.call.isNone && third.connection == .none)
        _ = machine.startCall(TestCall(4), now: TestClock.start)
        #expect(machine.waitingCallCount == 2)

        _ = machine.connectionOpened(ID(0), now: TestClock.start)
        _ = machine.connectionOpened(ID(1), now: TestClock.start)
        #expect(machine.connectionReleased(ID(1), now: TestClock.start).call.executed == executing(3, on: 1))
        #expect(machine.connectionReleased(ID(0), now: TestClock.start).call.executed == executing(4, on: 0))
        #expect(machine.waitingCallCount == 0)
        #expect(machine.connectionReleased(ID(0), now: TestClock.start).call.isNone)
    }

    @Test func connectionIdleForTheIdleTimeoutIsClosedAndReplaced() {
        var machine = makeMachine(idleTimeout: .seconds(20))
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        _ = machine.connectionOpened(ID(0), now: TestClock.start)
        _ = machine.connectionReleased(ID(0), now: TestClock.start)
        let late = TestCall(2, sentAt: TestClock.at(.seconds(20)))
        let start = machine.startCall(late, now: TestClock.at(.seconds(20)))
        #expect(start.call.isNone)
        #expect(start.connection == .open(ID(1), connectTimeout: .seconds(10), closingIdle: [ID(0)]))
        // The closed connection's own report changes nothing.
        #expect(machine.connectionClosed(ID(0), now: TestClock.at(.seconds(20))).connection == .none)
        #expect(machine.connections.keys.sorted() == [ID(1)])
    }

    @Test func idleConnectionPastTheIdleTimeoutIsClosedWhenTheLineReachesIt() {
        var machine = makeMachine(idleTimeout: .seconds(20))
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        _ = machine.startCall(TestCall(2), now: TestClock.start)
        _ = machine.connectionOpened(ID(0), now: TestClock.start)
        _ = machine.connectionOpened(ID(1), now: TestClock.start)
        _ = machine.connectionReleased(ID(0), now: TestClock.start)
        _ = machine.connectionReleased(ID(1), now: TestClock.at(.seconds(15)))
        // ID(1), used last, is still fresh at 21 s; ID(0) is not.
        let start = machine.startCall(TestCall(3), now: TestClock.at(.seconds(21)))
        #expect(start.call.executed == executing(3, on: 1))
        #expect(start.connection == .none)
        let next = machine.startCall(TestCall(4), now: TestClock.at(.seconds(21)))
        #expect(next.call.isNone)
        #expect(next.connection == .open(ID(2), connectTimeout: .seconds(10), closingIdle: [ID(0)]))
    }

    @Test func connectTimeoutNeverOutlastsTheTotalDeadline() {
        var machine = makeMachine()
        let call = TestCall(1, total: .seconds(3), connect: .seconds(10))
        let start = machine.startCall(call, now: TestClock.at(.seconds(1)))
        #expect(start.connection == .open(ID(0), connectTimeout: .seconds(2), closingIdle: []))

        var past = makeMachine()
        let late = past.startCall(TestCall(2, total: .seconds(1)), now: TestClock.at(.seconds(5)))
        #expect(late.connection == .open(ID(0), connectTimeout: .nanoseconds(1), closingIdle: []))
    }

    // MARK: - Failed and closed connections

    @Test func failedConnectionFailsItsCallAndOpensAnotherForTheNextWaitingCall() throws {
        var machine = makeMachine(maximumConnections: 1)
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        _ = machine.startCall(TestCall(2), now: TestClock.start)
        let refused = IOError(errnoCode: ECONNREFUSED, reason: "connect")
        let failed = machine.connectionFailed(ID(0), error: refused, now: TestClock.start)
        let failure = try #require(failed.call.failures.first)
        #expect(failed.call.failures.count == 1)
        #expect(failure.call.id == CallID(value: 1))
        #expect(failure.error.code == .connect)
        #expect(failure.error.message == "could not connect to \(Self.endpoint): connection refused")
        #expect(!failure.error.requestMayHaveReachedServer)
        #expect(failure.error.underlyingError is IOError)
        #expect(failed.connection.opened == ID(1))
        #expect(machine.waitingCallCount == 0)
        #expect(machine.connectionOpened(ID(1), now: TestClock.start).call.executed == executing(2, on: 1))
    }

    @Test func connectFailureTheTransportAlreadyDescribedIsKept() throws {
        var machine = makeMachine()
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        let refusal = SOAPTransportError(
            code: .tls,
            message: "the TLS configuration could not be used: x",
            requestMayHaveReachedServer: false
        )
        let failed = machine.connectionFailed(ID(0), error: refusal, now: TestClock.start)
        let failure = try #require(failed.call.failures.first)
        #expect(failure.error.code == .tls)
        #expect(failure.error.message == refusal.message)
        #expect(failure.error.underlyingError == nil)
    }

    @Test func unknownConnectErrorIsAConnectFailure() throws {
        struct Strange: Error {}
        var machine = makeMachine()
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        let failed = machine.connectionFailed(ID(0), error: Strange(), now: TestClock.start)
        let failure = try #require(failed.call.failures.first)
        #expect(failure.error.code == .connect)
        #expect(failure.error.message.hasPrefix("could not connect to \(Self.endpoint)"))
        #expect(!failure.error.requestMayHaveReachedServer)
    }

    @Test func closedBusyConnectionMakesRoomForTheNextWaitingCall() {
        var machine = makeMachine(maximumConnections: 1, serving: 1)
        _ = machine.startCall(TestCall(2), now: TestClock.start)
        let closed = machine.connectionClosed(ID(0), now: TestClock.start)
        // Call 1 is its connection's machine's to end; the pool only moves on.
        #expect(closed.call.isNone)
        #expect(closed.connection.opened == ID(1))
        #expect(machine.connectionClosed(ID(0), now: TestClock.start).connection == .none)
        #expect(machine.connectionReleased(ID(0), now: TestClock.start).call.isNone)
    }

    @Test func closedIdleConnectionIsNotHandedOut() {
        var machine = makeMachine(serving: 1)
        _ = machine.connectionReleased(ID(0), now: TestClock.start)
        #expect(machine.connectionClosed(ID(0), now: TestClock.start).connection == .none)
        #expect(machine.startCall(TestCall(2), now: TestClock.start).connection.opened == ID(1))
    }

    @Test func connectionClosingBeforeItWasOpenedFailsItsCallUnsent() throws {
        var machine = makeMachine()
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        let failure = try #require(machine.connectionClosed(ID(0), now: TestClock.start).call.failures.first)
        #expect(failure.error.code == .connectionFailed)
        #expect(!failure.error.requestMayHaveReachedServer)
    }

    @Test func reportsOfUnknownConnectionsChangeNothing() {
        var machine = makeMachine()
        #expect(machine.connectionOpened(ID(7), now: TestClock.start).call.isNone)
        #expect(machine.connectionFailed(ID(7), error: Self.timedOut, now: TestClock.start).call.isNone)
        #expect(machine.connectionReleased(ID(7), now: TestClock.start).connection == .none)
        #expect(machine.connectionClosed(ID(7), now: TestClock.start).connection == .none)
    }

    // MARK: - Cancellation

    @Test func cancellingAWaitingCallFailsItUnsent() throws {
        var machine = makeMachine(maximumConnections: 1)
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        _ = machine.startCall(TestCall(2), now: TestClock.start)
        let answer = machine.cancelCall(CallID(value: 2))
        let cancelled = try #require(answer)
        let failure = try #require(cancelled.call.failures.first)
        #expect(failure.call.id == CallID(value: 2))
        #expect(failure.error.code == .cancelled)
        #expect(!failure.error.requestMayHaveReachedServer)
        #expect(machine.waitingCallCount == 0)
        #expect(machine.cancelCall(CallID(value: 2)) == nil)
    }

    @Test func cancellingACallWhileItsConnectionOpensLetsTheConnectionServeTheNext() throws {
        var machine = makeMachine(maximumConnections: 1)
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        _ = machine.startCall(TestCall(2), now: TestClock.start)
        let answer = machine.cancelCall(CallID(value: 1))
        let cancelled = try #require(answer)
        #expect(cancelled.call.failures.map(\.call.id) == [CallID(value: 1)])
        #expect(cancelled.call.failures.first?.error.requestMayHaveReachedServer == false)
        #expect(cancelled.connection == .none)
        #expect(machine.connectionOpened(ID(0), now: TestClock.start).call.executed == executing(2, on: 0))
    }

    @Test func connectionOpenedForACallThatEndedGoesIdle() {
        var machine = makeMachine()
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        _ = machine.cancelCall(CallID(value: 1))
        #expect(machine.connectionOpened(ID(0), now: TestClock.start).call.isNone)
        #expect(machine.startCall(TestCall(2), now: TestClock.start).call.executed == executing(2, on: 0))
        // Its failure, had it failed, would have had no call to end.
        var failing = makeMachine()
        _ = failing.startCall(TestCall(1), now: TestClock.start)
        _ = failing.cancelCall(CallID(value: 1))
        #expect(failing.connectionFailed(ID(0), error: Self.timedOut, now: TestClock.start).call.isNone)
    }

    @Test func cancellingACallInFlightAsksItsConnection() throws {
        var machine = makeMachine(serving: 1)
        let answer = machine.cancelCall(CallID(value: 1))
        let cancelled = try #require(answer)
        #expect(cancelled.call.isNone)
        #expect(cancelled.connection == .cancelCall(CallID(value: 1), on: ID(0)))
    }

    @Test func cancellingACallThePoolDoesNotHoldIsNil() {
        var machine = makeMachine()
        #expect(machine.cancelCall(CallID(value: 9)) == nil)
    }

    // MARK: - Deadlines

    @Test func deadlineCheckEndsWaitingCallsPastTheirDeadlineUnsent() throws {
        var machine = makeMachine(maximumConnections: 1, serving: 1)
        _ = machine.startCall(TestCall(2, total: .seconds(1)), now: TestClock.start)
        _ = machine.startCall(TestCall(3, total: .seconds(5)), now: TestClock.start)
        #expect(machine.deadlineCheck(now: TestClock.at(.milliseconds(999))).call.isNone)
        let check = machine.deadlineCheck(now: TestClock.at(.seconds(1)))
        let failure = try #require(check.call.failures.first)
        #expect(check.call.failures.count == 1)
        #expect(failure.call.id == CallID(value: 2))
        #expect(failure.error.code == .timeout)
        #expect(!failure.error.requestMayHaveReachedServer)
        #expect(failure.error.message.hasPrefix("no connection to \(Self.endpoint) became free"))
        #expect(failure.error.message.hasSuffix("within the total deadline of 1 s"))
        #expect(check.connection == .checkDeadlines([ID(0)]))
        #expect(check.deadlineCheck == .none)
        #expect(machine.waitingCallCount == 1)
    }

    @Test func deadlineCheckEndsACallWhoseConnectionIsStillOpening() throws {
        var machine = makeMachine()
        _ = machine.startCall(TestCall(1, total: .seconds(2)), now: TestClock.start)
        let check = machine.deadlineCheck(now: TestClock.at(.seconds(2)))
        let failure = try #require(check.call.failures.first)
        #expect(failure.error.code == .timeout)
        #expect(!failure.error.requestMayHaveReachedServer)
        #expect(failure.error.message == "could not connect to \(Self.endpoint) within the total deadline of 2 s")
        // Nothing is left in flight: the connection opens for whoever comes next.
        #expect(check.deadlineCheck == .cancel)
        #expect(machine.connectionOpened(ID(0), now: TestClock.at(.seconds(3))).call.isNone)
    }

    @Test func deadlineCheckKeepsRunningWhileACallWaitsForItsConnection() {
        var machine = makeMachine()
        _ = machine.startCall(TestCall(1, total: .seconds(2)), now: TestClock.start)
        let check = machine.deadlineCheck(now: TestClock.at(.seconds(1)))
        #expect(check.call.isNone && check.connection == .none && check.deadlineCheck == .none)
    }

    @Test func deadlineCheckStopsWhenNothingIsInFlightAndStartsAgainWithTheNextCall() {
        var machine = makeMachine(serving: 1)
        #expect(machine.deadlineCheck(now: TestClock.start).connection == .checkDeadlines([ID(0)]))
        _ = machine.connectionReleased(ID(0), now: TestClock.start)
        let idle = machine.deadlineCheck(now: TestClock.start)
        #expect(idle.deadlineCheck == .cancel)
        #expect(idle.connection == .none)
        #expect(!machine.isCheckingDeadlines)
        // A check that was already queued when it stopped does nothing.
        #expect(machine.deadlineCheck(now: TestClock.start).deadlineCheck == .none)
        #expect(machine.startCall(TestCall(2), now: TestClock.start).deadlineCheck == .schedule)
    }

    // MARK: - Shutdown

    @Test func shutdownEndsEveryCallAndClosesEveryConnection() throws {
        var machine = makeMachine(maximumConnections: 3)
        _ = machine.startCall(TestCall(1), now: TestClock.start)
        _ = machine.startCall(TestCall(2), now: TestClock.start)
        _ = machine.startCall(TestCall(3), now: TestClock.start)
        _ = machine.connectionOpened(ID(0), now: TestClock.start)
        _ = machine.connectionOpened(ID(1), now: TestClock.start)
        _ = machine.connectionReleased(ID(1), now: TestClock.start)
        // Call 1 is in flight on ID(0), ID(1) is idle, call 3 waits for ID(2) to open.
        let shutdown = machine.shutDown()
        #expect(shutdown.deadlineCheck == .cancel)
        #expect(shutdown.connection == .close([ID(0), ID(1)]))
        let failures = shutdown.call.failures
        #expect(Set(failures.map(\.call.id)) == [CallID(value: 3)])
        for failure in failures {
            #expect(failure.error.message == "the transport has been shut down")
            #expect(!failure.error.requestMayHaveReachedServer)
        }
        #expect(machine.isShutDown)

        // The connection still opening is closed once open; later calls are refused; a second shutdown does nothing.
        #expect(machine.connectionOpened(ID(2), now: TestClock.start).connection == .close([ID(2)]))
        let later = machine.startCall(TestCall(5), now: TestClock.start)
        #expect(later.call.failures.map(\.error.message) == ["the transport has been shut down"])
        #expect(later.connection == .none && later.deadlineCheck == .none)
        let again = machine.shutDown()
        #expect(again.call.isNone && again.connection == .none && again.deadlineCheck == .none)
    }

    @Test func shutdownFailsWaitingCallsUnsent() throws {
        var machine = makeMachine(maximumConnections: 1, serving: 1)
        _ = machine.startCall(TestCall(2), now: TestClock.start)
        let shutdown = machine.shutDown()
        #expect(shutdown.call.failures.map(\.call.id) == [CallID(value: 2)])
        #expect(shutdown.connection == .close([ID(0)]))
        #expect(machine.waitingCallCount == 0)
        // The connection's own reports after the shutdown change nothing.
        #expect(machine.connectionReleased(ID(0), now: TestClock.start).connection == .none)
        #expect(machine.connectionClosed(ID(0), now: TestClock.start).connection == .none)
    }

    @Test func shutdownOfAnIdlePoolSchedulesNothing() {
        var machine = makeMachine()
        let shutdown = machine.shutDown()
        #expect(shutdown.deadlineCheck == .none && shutdown.connection == .none && shutdown.call.isNone)
        #expect(machine.connectionFailed(ID(0), error: Self.timedOut, now: TestClock.start).call.isNone)
    }

    // MARK: - Helpers

    /// Call `call` handed to connection `connection`, as `CallAction.executed` lists it.
    private func executing(_ call: UInt64, on connection: Int) -> [Execution] {
        [Execution(call: CallID(value: call), on: ID(connection))]
    }

    /// A pool in which calls 1 to `serving` are in flight on connections 0 to `serving - 1`.
    private func makeMachine(
        maximumConnections: Int = 8,
        idleTimeout: Duration = .seconds(20),
        serving: Int = 0
    ) -> Machine {
        var machine = Machine(
            endpoint: Self.endpoint, maximumConnections: maximumConnections, idleTimeout: TimeAmount(idleTimeout))
        for number in 0..<serving {
            _ = machine.startCall(TestCall(UInt64(number + 1)), now: TestClock.start)
        }
        for number in 0..<serving {
            _ = machine.connectionOpened(ID(number), now: TestClock.start)
        }
        return machine
    }
}

/// A call handed to a connection, as tests compare it.
struct Execution: Equatable {
    var call: CallID
    var on: HTTP1Connection.ID
}

extension ConnectionPool.StateMachine.CallAction {
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The call handed to a connection, as a list so that none is `[]`.
    var executed: [Execution] {
        if case .execute(let call, let connection) = self { return [Execution(call: call.id, on: connection)] }
        return []
    }

    var failures: [ConnectionPool.StateMachine<Call>.Failure] {
        if case .fail(let failures) = self { return failures }
        return []
    }
}

extension ConnectionPool.StateMachine.ConnectionAction {
    /// The connection to open, if any.
    var opened: HTTP1Connection.ID? {
        if case .open(let id, _, _) = self { return id }
        return nil
    }
}
