/// How ``SMSCClient`` retries the calls that only read: `balance`, `cost` and `status`.
///
/// A read is tried again when its failure says nothing was answered: the connection could not be made
/// (``SMSCError/Code/transport``, `connect`), the call timed out or the connection broke before any of the reply
/// arrived, the server answered HTTP 502, 503 or 504, or the service said it was asked too often
/// (``SMSCServiceError/Kind/rateLimited``, error 9). Every other failure is final: a refused login, an IP block
/// (error 4, which more requests would prolong), a fault, a reply that does not parse or broke off.
///
/// Waits grow exponentially with full jitter: before attempt *n* the client waits a random time between zero and
/// `min(maximumBackoff, initialBackoff × backoffMultiplier^(n−2))`, or at least ``rateLimitedBackoff`` after a
/// rate-limit answer, since the service counts its limits per minute. Every attempt and every wait fits in the
/// call's one deadline (``SMSCClient/Configuration/timeout``): a wait that would end past it is not begun, and the
/// last failure is thrown. A cancelled task makes no further attempt.
///
/// Sends are never retried blindly: a send that failed after its request may have arrived could have been
/// delivered. ``maximumAttempts`` bounds how often one is sent in all, again only after `get_status` said the service
/// does not have it (see ``SMSCClient/send(_:to:id:sender:time:options:query:logger:)``); the waits before sending
/// again are drawn as above.
public struct SMSCRetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; 1 turns retries off.
    public var maximumAttempts: Int
    /// The longest first wait.
    public var initialBackoff: Duration
    /// The longest wait of all.
    public var maximumBackoff: Duration
    /// How much the longest wait grows from one attempt to the next.
    public var backoffMultiplier: Double
    /// The shortest wait after the service said it was asked too often.
    public var rateLimitedBackoff: Duration

    /// A policy; ``SMSCClient``'s initialiser refuses one that breaks a rule (``validationProblem``).
    ///
    /// - Parameters:
    ///   - maximumAttempts: Attempts in all, the first included; 1 turns retries off. At least 1.
    ///   - initialBackoff: The longest first wait; not negative.
    ///   - maximumBackoff: The longest wait of all; not negative.
    ///   - backoffMultiplier: How much the longest wait grows per attempt; at least 1.
    ///   - rateLimitedBackoff: The shortest wait after a rate-limit answer; not negative.
    public init(
        maximumAttempts: Int = 3,
        initialBackoff: Duration = .milliseconds(250),
        maximumBackoff: Duration = .seconds(8),
        backoffMultiplier: Double = 2,
        rateLimitedBackoff: Duration = .seconds(15)
    ) {
        self.maximumAttempts = maximumAttempts
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.backoffMultiplier = backoffMultiplier
        self.rateLimitedBackoff = rateLimitedBackoff
    }

    /// Three attempts, waits from 250 ms doubling up to 8 s, 15 s after a rate-limit answer.
    public static let `default` = SMSCRetryPolicy()

    /// One attempt: every failure is thrown at once.
    public static let none = SMSCRetryPolicy(maximumAttempts: 1)

    /// The first rule the policy breaks, or `nil` when it keeps them all: `field` is the property's name, `rule`
    /// what its value must be. ``SMSCClient`` throws it as an ``SMSCError`` with code
    /// ``SMSCError/Code/validation`` and field `retryPolicy.<property>`.
    public var validationProblem: (field: String, rule: String)? {
        if maximumAttempts < 1 {
            return ("maximumAttempts", "must be at least 1, not \(maximumAttempts)")
        }
        for (field, wait) in [
            ("initialBackoff", initialBackoff), ("maximumBackoff", maximumBackoff),
            ("rateLimitedBackoff", rateLimitedBackoff),
        ] where wait < .zero {
            return (field, "cannot be negative, not \(wait)")
        }
        if !(backoffMultiplier >= 1) || !backoffMultiplier.isFinite {
            return ("backoffMultiplier", "must be a finite number of at least 1, not \(backoffMultiplier)")
        }
        return nil
    }

    /// The longest wait before attempt `attempt` (2 or more), before jitter.
    func backoffCap(beforeAttempt attempt: Int) -> Duration {
        var cap = initialBackoff
        for _ in 0..<max(0, attempt - 2) {
            guard cap < maximumBackoff else { break }
            cap = cap * backoffMultiplier
        }
        return min(cap, maximumBackoff)
    }
}
