public import Foundation

/// The sandbox's source of the current time: the system clock, a faster one, or one a test moves by hand
/// (``SandboxManualClock``).
public struct SandboxClock: Sendable {
    private let read: @Sendable () -> Date

    /// A clock that reads `now`.
    public init(now: @escaping @Sendable () -> Date) {
        self.read = now
    }

    /// The current time by this clock.
    public var now: Date { read() }

    /// The system's wall clock.
    public static let system = SandboxClock { Date() }

    /// A clock that starts at the system time and runs `factor` times faster, so delivery and the one-minute
    /// duplicate window pass sooner.
    ///
    /// - Parameter factor: How many seconds pass on this clock per real second; finite and above zero (a clock
    ///   that stands still or runs backwards would never deliver a message).
    public static func accelerated(by factor: Double) -> SandboxClock {
        precondition(
            factor.isFinite && factor > 0,
            "SandboxClock.accelerated(by:) needs a finite factor above zero, not \(factor)"
        )
        let start = Date()
        let monotonicStart = ContinuousClock.now
        return SandboxClock {
            start.addingTimeInterval((ContinuousClock.now - monotonicStart).seconds * factor)
        }
    }
}
