import SOAPRuntime

/// Holds requests back until they fit ``SMSCRateLimits``: a slot among the requests in flight, and room in the
/// per-minute window of the request's kind. Shared by a client and its copies.
final class RequestPacer: Sendable {
    /// A per-minute window a request counts in: all balance requests, the status requests for one message, or the
    /// identical cost requests.
    struct Window: Hashable, Sendable {
        private enum Kind: Hashable, Sendable {
            case balance, status, cost
        }

        private var kind: Kind
        /// The window's identity within its kind, hashed: a bulk run checks the status of many messages, each a
        /// window of its own, and a 64-bit hash keeps them small. A collision would only make two windows share one
        /// limit.
        fileprivate var key: Int
        fileprivate var limit: Int

        static func balance(_ limits: SMSCRateLimits) -> Window {
            Window(kind: .balance, key: 0, limit: limits.balanceRequestsPerMinute)
        }

        static func status(phone: String, id: String, _ limits: SMSCRateLimits) -> Window {
            var hasher = Hasher()
            hasher.combine(1)
            hasher.combine(phone)
            hasher.combine(id)
            return Window(kind: .status, key: hasher.finalize(), limit: limits.statusRequestsPerMessagePerMinute)
        }

        static func cost(phones: String, message: String, query: String?, _ limits: SMSCRateLimits) -> Window {
            var hasher = Hasher()
            hasher.combine(2)
            hasher.combine(phones)
            hasher.combine(message)
            hasher.combine(query)
            return Window(kind: .cost, key: hasher.finalize(), limit: limits.identicalCostRequestsPerMinute)
        }

        /// What the limit is, for the message of a call that cannot wait for it; made only then.
        fileprivate var rule: String {
            switch kind {
            case .balance: "\(limit) balance requests a minute"
            case .status: "\(limit) status requests for one message a minute"
            case .cost: "\(limit) identical cost requests a minute"
            }
        }
    }

    /// Why a request could not be let through.
    enum Refusal: Error {
        /// Waiting would end past the deadline; the rule it waited for.
        case wouldPassDeadline(rule: String)
        /// The task was cancelled while it waited; the rule it waited for.
        case cancelled(rule: String)
    }

    private struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var inFlight = 0
        var waiters: [Waiter] = []
        var nextWaiterID: UInt64 = 0
        /// Waiters that have an id but no continuation yet, and why those given up on early must fail.
        var pending: Set<UInt64> = []
        var abandoned: [UInt64: Refusal] = [:]
        /// When each window's requests were let through within the last minute, oldest first.
        var windows: [Int: [ContinuousClock.Instant]] = [:]
        /// Windows in the order they were last used, to forget those a minute old without scanning all.
        var windowExpiry: [(key: Int, at: ContinuousClock.Instant)] = []
        var windowExpiryStart = 0
    }

    static let minute = Duration.seconds(60)

    let limits: SMSCRateLimits
    private let state = Locked(State())

    init(limits: SMSCRateLimits) {
        self.limits = limits
    }

    /// Requests waiting for a slot; for tests.
    var waitingCount: Int {
        state.withLock { $0.waiters.count }
    }

    /// Runs `body` once the request fits: a slot among the requests in flight and, for a `window`, room in it.
    ///
    /// - Parameters:
    ///   - operation: The operation, for the error of a request that cannot wait.
    ///   - window: The per-minute window the request counts in, if any.
    ///   - deadline: When the call must end; a wait that would pass it is not begun.
    ///   - pauses: The clock and sleep of the waits.
    ///   - body: The request; its slot is given back when it returns or throws.
    /// - Throws: ``SMSCError/Code/throttled`` when waiting would pass the deadline, ``SMSCError/Code/cancelled``
    ///   when the task is cancelled while it waits (nothing sent, either way), or what `body` throws.
    func paced<Result>(
        _ operation: SMSCOperation,
        _ window: Window?,
        deadline: ContinuousClock.Instant,
        pauses: RetryPauses,
        _ body: () async throws(SMSCError) -> Result
    ) async throws(SMSCError) -> Result {
        do {
            if let window {
                try await reserve(window, deadline: deadline, pauses: pauses)
            }
            try await acquireSlot(deadline: deadline, pauses: pauses)
        } catch let refusal as Refusal {
            throw SMSCError.paced(operation, refusal)
        } catch {
            throw SMSCError.paced(operation, .cancelled(rule: Self.slotRule(limits.maximumConcurrentRequests)))
        }
        defer { releaseSlot() }
        return try await body()
    }

    // MARK: Per-minute windows

    /// Counts the request in `window`, once the window has room: after the oldest of its last `limit` requests is a
    /// minute old.
    private func reserve(_ window: Window, deadline: ContinuousClock.Instant, pauses: RetryPauses) async throws {
        guard window.limit != .max else { return }
        while true {
            let now = pauses.now()
            let wait: Duration? = state.withLock { state in
                Self.forgetExpiredWindows(before: now - Self.minute, in: &state)
                // Changed in place, so the dictionary's array is not copied.
                return Self.admit(now, limit: window.limit, into: &state.windows[window.key, default: []]) {
                    state.windowExpiry.append((window.key, now + Self.minute))
                }
            }
            guard let wait else { return }
            guard now + wait < deadline else {
                throw Refusal.wouldPassDeadline(rule: window.rule)
            }
            do {
                try await pauses.sleep(wait)
            } catch {
                throw Refusal.cancelled(rule: window.rule)
            }
        }
    }

    /// Counts a request at `now` in a window's `times` if fewer than `limit` are younger than a minute, calling
    /// `admitted`; otherwise returns how long until the oldest that stands in the way is a minute old.
    private static func admit(
        _ now: ContinuousClock.Instant,
        limit: Int,
        into times: inout [ContinuousClock.Instant],
        admitted: () -> Void
    ) -> Duration? {
        let cutoff = now - minute
        if let first = times.first, first <= cutoff {
            times.removeAll { $0 <= cutoff }
        }
        guard times.count >= limit else {
            times.append(now)
            admitted()
            return nil
        }
        return times[times.count - limit] + minute - now
    }

    /// Drops the windows whose requests are all a minute old, so one-off status windows do not pile up.
    private static func forgetExpiredWindows(before cutoff: ContinuousClock.Instant, in state: inout State) {
        while state.windowExpiryStart < state.windowExpiry.count,
            state.windowExpiry[state.windowExpiryStart].at <= cutoff + minute
        {
            let key = state.windowExpiry[state.windowExpiryStart].key
            if let last = state.windows[key]?.last, last <= cutoff {
                state.windows[key] = nil
            }
            state.windowExpiryStart += 1
        }
        if state.windowExpiryStart > 1024 && state.windowExpiryStart * 2 > state.windowExpiry.count {
            state.windowExpiry.removeFirst(state.windowExpiryStart)
            state.windowExpiryStart = 0
        }
    }

    // MARK: Requests in flight

    private func acquireSlot(deadline: ContinuousClock.Instant, pauses: RetryPauses) async throws {
        let limit = limits.maximumConcurrentRequests
        let acquired = state.withLock { state in
            guard state.inFlight < limit, state.waiters.isEmpty else { return false }
            state.inFlight += 1
            return true
        }
        if acquired { return }
        let rule = Self.slotRule(limit)
        let id = state.withLock { state in
            state.nextWaiterID += 1
            state.pending.insert(state.nextWaiterID)
            return state.nextWaiterID
        }
        defer {
            state.withLock { state in
                state.pending.remove(id)
                state.abandoned[id] = nil
            }
        }
        // Gives up at the deadline, unless a slot came first.
        let timer = Task {
            try await pauses.sleep(deadline - pauses.now())
            self.giveUp(id, throwing: Refusal.wouldPassDeadline(rule: rule))
        }
        defer { timer.cancel() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = state.withLock { state -> Result<Bool, Refusal> in
                    state.pending.remove(id)
                    if let refusal = state.abandoned.removeValue(forKey: id) {
                        return .failure(refusal)
                    }
                    if state.inFlight < limit && state.waiters.isEmpty {
                        state.inFlight += 1
                        return .success(true)
                    }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    return .success(false)
                }
                switch outcome {
                case .success(true): continuation.resume()
                case .success(false): break
                case .failure(let refusal): continuation.resume(throwing: refusal)
                }
            }
        } onCancel: {
            giveUp(id, throwing: Refusal.cancelled(rule: rule))
        }
    }

    /// Ends the wait of waiter `id`, if it still waits, or makes it fail as soon as it begins to.
    private func giveUp(_ id: UInt64, throwing error: Refusal) {
        let waiter = state.withLock { state -> Waiter? in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else {
                if state.pending.contains(id) {
                    state.abandoned[id] = error
                }
                return nil
            }
            return state.waiters.remove(at: index)
        }
        waiter?.continuation.resume(throwing: error)
    }

    /// The limit of requests at once, as a call that cannot wait for it says.
    private static func slotRule(_ limit: Int) -> String {
        "\(limit) requests at once under one login"
    }

    /// Gives a slot back: to the first waiter, if there is one.
    private func releaseSlot() {
        let next = state.withLock { state -> Waiter? in
            if state.waiters.isEmpty {
                state.inFlight -= 1
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.continuation.resume()
    }
}
