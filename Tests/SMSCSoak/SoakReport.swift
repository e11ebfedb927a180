public import SMSCSandbox

/// What a soak found: each message's outcome checked against what the sandbox accepted.
public struct SoakReport: Sendable {
    /// The messages sent.
    public var messages: Int
    /// How many messages ended each way.
    public var outcomes: [SoakOutcome: Int]
    /// Messages the sandbox accepted more than once (by the soak's own check or the sandbox's count, the larger).
    public var duplicates: Int
    /// One line per message whose outcome disagrees with what the sandbox accepted, or that has no outcome.
    public var unaccounted: [String]
    /// The sandbox's counts: requests, faults injected by kind, messages accepted.
    public var statistics: SandboxStatistics
    /// The client's failures by reason (the error's code, or the service error's number), with their counts.
    public var failures: [(reason: String, count: Int)]
    /// From the first send to the last outcome.
    public var elapsed: Duration

    /// Whether no message was sent twice and every message is accounted for.
    public var isClean: Bool { duplicates == 0 && unaccounted.isEmpty }
}
