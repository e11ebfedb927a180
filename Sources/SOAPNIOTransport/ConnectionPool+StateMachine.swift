import NIOCore
import SOAPNIOSupport
import SOAPRuntime

extension ConnectionPool {
    /// The keep-alive connections to one endpoint and the calls waiting for them, as a pure state machine: the pool
    /// feeds it calls and what its connections report, and does what it answers. It does no I/O and reads no clock.
    ///
    /// A call takes the most recently used idle connection (closing those idle too long on the way), or opens a new
    /// one while there are fewer than the maximum, or waits in line. A connection opens for the call that asked for
    /// it; if that call ends while it opens, it serves the next one. A connection that is released serves the first
    /// waiting call, or goes idle; one that closes makes room for a new connection for the first waiting call.
    ///
    /// While any call is in flight, one repeating deadline check runs; it stops at the first check that finds
    /// nothing in flight, so an idle pool schedules nothing and a busy one schedules it once, not once per call.
    struct StateMachine<Call: TransportCall> {
        /// What a connection of the pool is doing.
        enum ConnectionState {
            /// Being opened for `call`; `nil` once that call ended (it then serves the next).
            case opening(for: Call?)
            /// Serving call `CallID`, which its own state machine holds.
            case busy(CallID)
            /// Free since the instant given.
            case idle(since: NIODeadline)
        }

        struct Failure {
            var call: Call
            var error: SOAPTransportError
        }

        enum CallAction {
            case none
            /// Hand `call` to the connection.
            case execute(Call, on: HTTP1Connection.ID)
            /// End each call with its error.
            case fail([Failure])
        }

        enum ConnectionAction: Equatable {
            case none
            /// Open a connection, within `connectTimeout`; close `closingIdle` (found idle too long) first.
            case open(HTTP1Connection.ID, connectTimeout: TimeAmount, closingIdle: [HTTP1Connection.ID])
            /// Close these connections; a call in flight on one ends as cancelled.
            case close([HTTP1Connection.ID])
            /// Cancel the call in flight on the connection.
            case cancelCall(CallID, on: HTTP1Connection.ID)
            /// Check the calls in flight on these connections against their deadlines.
            case checkDeadlines([HTTP1Connection.ID])
        }

        enum DeadlineCheckAction: Equatable {
            case none
            /// Start the repeating deadline check.
            case schedule
            /// Stop it.
            case cancel
        }

        /// What to do, in order: the deadline check, the calls, the connections.
        struct Action {
            var deadlineCheck: DeadlineCheckAction = .none
            var call: CallAction = .none
            var connection: ConnectionAction = .none

            static var none: Action { Action() }
        }

        /// Every connection opening or open and not closing: what counts towards the maximum.
        private(set) var connections: [HTTP1Connection.ID: ConnectionState] = [:]
        /// The idle connections, the most recently used last.
        private var idle: [HTTP1Connection.ID] = []
        /// Calls waiting for a connection to become free, in order.
        private var waiting = CircularBuffer<Call>()
        private var nextConnectionID = 0
        private(set) var isCheckingDeadlines = false
        private(set) var isShutDown = false

        /// `host:port`, for messages.
        let endpoint: String
        let maximumConnections: Int
        /// A connection idle this long is closed instead of reused.
        let idleTimeout: TimeAmount

        init(endpoint: String, maximumConnections: Int, idleTimeout: TimeAmount) {
            precondition(maximumConnections > 0, "a pool needs room for a connection")
            self.endpoint = endpoint
            self.maximumConnections = maximumConnections
            self.idleTimeout = idleTimeout
        }

        /// Calls waiting for a connection to become free.
        var waitingCallCount: Int { waiting.count }

        // MARK: - Calls

        /// A call arrives.
        mutating func startCall(_ call: Call, now: NIODeadline) -> Action {
            guard !isShutDown else {
                return Action(call: .fail([Failure(call: call, error: TransportState.shutDownError)]))
            }
            let deadlineCheck = startCheckingDeadlines()
            var stale: [HTTP1Connection.ID] = []
            while let id = idle.popLast() {
                if case .idle(let since) = connections[id], now - since < idleTimeout {
                    connections[id] = .busy(call.id)
                    return Action(
                        deadlineCheck: deadlineCheck,
                        call: .execute(call, on: id),
                        connection: stale.isEmpty ? .none : .close(stale)
                    )
                }
                connections[id] = nil
                stale.append(id)
            }
            if connections.count < maximumConnections {
                return Action(deadlineCheck: deadlineCheck, connection: open(for: call, now: now, closingIdle: stale))
            }
            waiting.append(call)
            return Action(deadlineCheck: deadlineCheck, connection: stale.isEmpty ? .none : .close(stale))
        }

        /// The calling task of call `id` was cancelled. `nil` when the pool does not hold the call: it has ended, or
        /// has not arrived yet.
        mutating func cancelCall(_ id: CallID) -> Action? {
            if let index = waiting.firstIndex(where: { $0.id == id }) {
                let call = waiting.remove(at: index)
                return Action(call: .fail([Failure(call: call, error: NIOTransportErrors.cancelledBeforeSending)]))
            }
            for (connection, state) in connections {
                switch state {
                case .opening(let call?) where call.id == id:
                    // The connection keeps opening, and serves the next call.
                    connections[connection] = .opening(for: nil)
                    return Action(call: .fail([Failure(call: call, error: NIOTransportErrors.cancelledBeforeSending)]))
                case .busy(id):
                    return Action(connection: .cancelCall(id, on: connection))
                case .opening, .busy, .idle:
                    continue
                }
            }
            return nil
        }

        // MARK: - What connections report

        /// Connection `id` opened.
        mutating func connectionOpened(_ id: HTTP1Connection.ID, now: NIODeadline) -> Action {
            guard case .opening(let call) = connections[id] else { return .none }
            if isShutDown {
                connections[id] = nil
                return Action(connection: .close([id]))
            }
            guard let call else {
                return serveNextCall(on: id, now: now)
            }
            connections[id] = .busy(call.id)
            return Action(call: .execute(call, on: id))
        }

        /// Connection `id` could not be opened: the call it was opened for fails with `error`, mapped.
        mutating func connectionFailed(_ id: HTTP1Connection.ID, error: any Error, now: NIODeadline) -> Action {
            guard case .opening(let call) = connections.removeValue(forKey: id) else { return .none }
            var action = Action(connection: openForNextWaitingCall(now: now))
            if let call {
                action.call = .fail([Failure(call: call, error: connectError(error, call: call))])
            }
            return action
        }

        /// Connection `id` finished its call and may serve another.
        mutating func connectionReleased(_ id: HTTP1Connection.ID, now: NIODeadline) -> Action {
            // After a shutdown the pool holds no busy connection: it closed them all.
            guard case .busy = connections[id] else { return .none }
            return serveNextCall(on: id, now: now)
        }

        /// Connection `id` started closing, or closed. Its place serves a waiting call at once, without waiting for
        /// the close to finish (a TLS close waits for the server's close_notify for up to five seconds). A call in
        /// flight on it is its own machine's to end.
        mutating func connectionClosed(_ id: HTTP1Connection.ID, now: NIODeadline) -> Action {
            guard let state = connections.removeValue(forKey: id) else { return .none }
            var action = Action(connection: openForNextWaitingCall(now: now))
            switch state {
            case .idle:
                idle.removeAll { $0 == id }
            case .opening(let call?):
                let error = SOAPTransportError(
                    code: .connectionFailed,
                    message: "the connection to \(endpoint) closed before the request was sent",
                    requestMayHaveReachedServer: false
                )
                action.call = .fail([Failure(call: call, error: error)])
            case .opening(nil), .busy:
                break
            }
            return action
        }

        // MARK: - Deadlines and shutdown

        /// The repeating deadline check runs: ends the waiting calls and the calls waiting for their connection that
        /// are past their deadline, and has the busy connections check theirs.
        mutating func deadlineCheck(now: NIODeadline) -> Action {
            guard isCheckingDeadlines else { return .none }
            var failures: [Failure] = []
            waiting.removeAll { call in
                guard call.limits.deadline <= now else { return false }
                let total = NIOTransportErrors.spoken(call.limits.totalTimeout)
                let error = SOAPTransportError(
                    code: .timeout,
                    message: "no connection to \(endpoint) became free within the total deadline of \(total)",
                    requestMayHaveReachedServer: false
                )
                failures.append(Failure(call: call, error: error))
                return true
            }
            var busy: [HTTP1Connection.ID] = []
            var isOpeningForACall = false
            for (id, state) in connections {
                switch state {
                case .opening(let call?) where call.limits.deadline <= now:
                    // The connection keeps opening, within its connect timeout, and serves the next call.
                    connections[id] = .opening(for: nil)
                    var context = call.limits.errorContext(endpoint: endpoint)
                    let total = NIOTransportErrors.spoken(call.limits.totalTimeout)
                    context.connectTimeoutName = "the total deadline of \(total)"
                    failures.append(Failure(call: call, error: NIOTransportErrors.connectTimeout(context)))
                case .opening(.some):
                    isOpeningForACall = true
                case .busy:
                    busy.append(id)
                case .opening(nil), .idle:
                    break
                }
            }
            var action = Action(call: failures.isEmpty ? .none : .fail(failures))
            if !busy.isEmpty {
                action.connection = .checkDeadlines(busy.sorted())
            } else if waiting.isEmpty, !isOpeningForACall {
                isCheckingDeadlines = false
                action.deadlineCheck = .cancel
            }
            return action
        }

        /// The transport shuts down: waiting calls fail unsent, open connections close (a call in flight ends as
        /// cancelled), connections still opening close once open, and later calls are refused.
        mutating func shutDown() -> Action {
            guard !isShutDown else { return .none }
            isShutDown = true
            var failures = waiting.map { Failure(call: $0, error: TransportState.shutDownError) }
            waiting.removeAll()
            var closing: [HTTP1Connection.ID] = []
            for (id, state) in connections {
                switch state {
                case .opening(let call):
                    if let call {
                        failures.append(Failure(call: call, error: TransportState.shutDownError))
                        connections[id] = .opening(for: nil)
                    }
                case .busy, .idle:
                    connections[id] = nil
                    closing.append(id)
                }
            }
            idle = []
            var action = Action(
                call: failures.isEmpty ? .none : .fail(failures),
                connection: closing.isEmpty ? .none : .close(closing.sorted())
            )
            if isCheckingDeadlines {
                isCheckingDeadlines = false
                action.deadlineCheck = .cancel
            }
            return action
        }

        // MARK: - Helpers

        private mutating func startCheckingDeadlines() -> DeadlineCheckAction {
            guard !isCheckingDeadlines else { return .none }
            isCheckingDeadlines = true
            return .schedule
        }

        private mutating func open(
            for call: Call,
            now: NIODeadline,
            closingIdle: [HTTP1Connection.ID] = []
        ) -> ConnectionAction {
            let id = HTTP1Connection.ID(nextConnectionID)
            nextConnectionID += 1
            connections[id] = .opening(for: call)
            // Connecting never outlasts the call's total deadline.
            let remaining = max(call.limits.deadline - now, .nanoseconds(1))
            let connectTimeout = min(TimeAmount(call.limits.connectTimeout), remaining)
            return .open(id, connectTimeout: connectTimeout, closingIdle: closingIdle)
        }

        /// Room was made: a new connection for the first waiting call, if any.
        private mutating func openForNextWaitingCall(now: NIODeadline) -> ConnectionAction {
            guard !isShutDown, connections.count < maximumConnections, let next = waiting.popFirst() else {
                return .none
            }
            return open(for: next, now: now)
        }

        /// Connection `id` is free: it serves the first waiting call, or goes idle.
        private mutating func serveNextCall(on id: HTTP1Connection.ID, now: NIODeadline) -> Action {
            if let next = waiting.popFirst() {
                connections[id] = .busy(next.id)
                return Action(call: .execute(next, on: id))
            }
            connections[id] = .idle(since: now)
            idle.append(id)
            return .none
        }

        private func connectError(_ error: any Error, call: Call) -> SOAPTransportError {
            if let error = error as? SOAPTransportError {
                return error
            }
            return NIOTransportErrors.mapped(
                error,
                context: call.limits.errorContext(endpoint: endpoint),
                otherwise: SOAPTransportError(
                    code: .connect,
                    message: "could not connect to \(endpoint): \(error)",
                    requestMayHaveReachedServer: false
                )
            )
        }
    }
}
