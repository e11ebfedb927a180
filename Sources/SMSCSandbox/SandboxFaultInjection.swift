public import SMSC

/// Which failures a ``SandboxServer`` injects into the SOAP exchanges it answers, and how often.
///
/// Each SOAP request draws once: fault *k* strikes with probability `rates[k]`, and the request is answered
/// normally otherwise. The draws come from a generator seeded with ``seed``, so a run with the same seed and the
/// same requests in the same order injects the same faults.
///
/// ```swift
/// var faults = SandboxFaultInjection(rates: [.resetAfterProcessing: 0.05, .badGateway: 0.02])
/// faults.operations = [.sendSMS, .sendSMS2]
/// let sandbox = try await SandboxServer.start(configuration: .init(faults: faults))
/// ```
public struct SandboxFaultInjection: Sendable, Hashable {
    /// The probability of each fault per request, each 0…1; together at most 1.
    public var rates: [SandboxFault: Double]
    /// The operations that may be struck; `nil` (the default) for all of them.
    public var operations: Set<SMSCOperation>?
    /// How long ``SandboxFault/delayedReply`` holds a reply back.
    public var replyDelay: Duration
    /// The most faults to inject in all; `nil` for no limit. `1` with a rate of 1 strikes exactly the first request.
    public var limit: Int?
    /// Seeds the draws, so that runs can be repeated.
    public var seed: UInt64

    /// - Parameters:
    ///   - rates: The probability of each fault per request.
    ///   - operations: The operations that may be struck; all when `nil`.
    ///   - replyDelay: How long a delayed reply is held back.
    ///   - limit: The most faults to inject in all.
    ///   - seed: Seeds the draws; a random one by default.
    public init(
        rates: [SandboxFault: Double] = [:],
        operations: Set<SMSCOperation>? = nil,
        replyDelay: Duration = .seconds(90),
        limit: Int? = nil,
        seed: UInt64 = .random(in: .min ... .max)
    ) {
        self.rates = rates
        self.operations = operations
        self.replyDelay = replyDelay
        self.limit = limit
        self.seed = seed
    }

    /// No faults.
    public static let none = SandboxFaultInjection(seed: 0)

    /// The first rule the settings break, or `nil`.
    var problem: String? {
        for fault in SandboxFault.allCases {
            if let rate = rates[fault], !(rate.isFinite && (0...1).contains(rate)) {
                return "faults: the rate of \(fault) must be 0…1, not \(rate)"
            }
        }
        let total = rates.values.reduce(0, +)
        if total > 1 + 1e-9 {
            return "faults: the rates add up to \(total); together they can be at most 1"
        }
        if replyDelay < .zero {
            return "faults: replyDelay must be zero or more"
        }
        if let limit, limit < 0 {
            return "faults: limit must be zero or more"
        }
        return nil
    }
}
