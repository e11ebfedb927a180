public import Foundation

/// The sandbox's source of the current time: the system clock, a faster one, or one a test sets by hand.
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
    public static func accelerated(by factor: Double) -> SandboxClock {
        let start = Date()
        let monotonicStart = ContinuousClock.now
        return SandboxClock {
            let elapsed = ContinuousClock.now - monotonicStart
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return start.addingTimeInterval(seconds * factor)
        }
    }
}
