/// The service's documented limits that ``SMSCClient`` keeps below, by waiting rather than provoking them.
///
/// SMSC answers error 9 to a 15th simultaneous connection under one login, to a sixth status request for one message
/// within a minute, to a sixth identical cost request within a minute and to an eleventh balance request within a
/// minute; frequent errors get the caller's IP address blocked (error 4). A client holds a call back until it fits
/// these limits: a request waits for one of the others in flight to end, or for the oldest of the requests it would
/// be one too many with to be a minute old. A wait that would end past the call's deadline is not begun: the call
/// fails with ``SMSCError/Code/throttled`` and nothing is sent.
///
/// The limits are the client's: requests made through one ``SMSCClient`` value and its copies count together. Use
/// one client per login, or lower the limits to share them between several.
public struct SMSCRateLimits: Sendable, Hashable {
    /// The most requests in flight at once; the service refuses the 15th.
    public var maximumConcurrentRequests: Int
    /// The most status requests for one message (one phone and id) within a minute.
    public var statusRequestsPerMessagePerMinute: Int
    /// The most cost requests for one text, recipient list and query within a minute.
    public var identicalCostRequestsPerMinute: Int
    /// The most balance requests within a minute.
    public var balanceRequestsPerMinute: Int

    /// Limits; ``SMSCClient``'s initialiser refuses any below 1 (``validationProblem``).
    ///
    /// - Parameters:
    ///   - maximumConcurrentRequests: The most requests in flight at once.
    ///   - statusRequestsPerMessagePerMinute: The most status requests for one message within a minute.
    ///   - identicalCostRequestsPerMinute: The most identical cost requests within a minute.
    ///   - balanceRequestsPerMinute: The most balance requests within a minute.
    public init(
        maximumConcurrentRequests: Int = 14,
        statusRequestsPerMessagePerMinute: Int = 5,
        identicalCostRequestsPerMinute: Int = 5,
        balanceRequestsPerMinute: Int = 10
    ) {
        self.maximumConcurrentRequests = maximumConcurrentRequests
        self.statusRequestsPerMessagePerMinute = statusRequestsPerMessagePerMinute
        self.identicalCostRequestsPerMinute = identicalCostRequestsPerMinute
        self.balanceRequestsPerMinute = balanceRequestsPerMinute
    }

    /// The first limit below 1, or `nil` when every one is at least 1: `field` is the property's name, `rule` what
    /// its value must be. ``SMSCClient`` throws it as an ``SMSCError`` with code ``SMSCError/Code/validation`` and
    /// field `rateLimits.<property>`.
    public var validationProblem: (field: String, rule: String)? {
        let limits = [
            ("maximumConcurrentRequests", maximumConcurrentRequests),
            ("statusRequestsPerMessagePerMinute", statusRequestsPerMessagePerMinute),
            ("identicalCostRequestsPerMinute", identicalCostRequestsPerMinute),
            ("balanceRequestsPerMinute", balanceRequestsPerMinute),
        ]
        return limits.first { $0.1 < 1 }.map { ($0.0, "must be at least 1, not \($0.1)") }
    }

    /// The service's documented limits: 14 requests at once; 5 status requests per message, 5 identical cost
    /// requests and 10 balance requests a minute.
    public static let `default` = SMSCRateLimits()

    /// No limits: every call goes out at once (for a sandbox, or a proxy that paces on its own).
    public static let none = SMSCRateLimits(
        maximumConcurrentRequests: .max,
        statusRequestsPerMessagePerMinute: .max,
        identicalCostRequestsPerMinute: .max,
        balanceRequestsPerMinute: .max
    )
}
