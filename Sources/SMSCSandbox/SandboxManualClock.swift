public import Foundation
import Synchronization

/// A clock your test moves by hand, so delivery timelines and the one-minute duplicate window pass exactly when
/// the test says.
///
/// ```swift
/// let time = SandboxManualClock()
/// try await withSandboxServer(configuration: SandboxConfiguration(clock: time.clock)) { sandbox in
///     // send a message…
///     time.advance(by: 2)      // seconds: the message is now delivered
/// }
/// ```
public final class SandboxManualClock: Sendable {
    private let current: Mutex<Date>

    /// - Parameter start: The time the clock reads until it is moved; a fixed date by default, so tests repeat.
    public init(start: Date = Date(timeIntervalSince1970: 1_577_550_000)) {
        current = Mutex(start)
    }

    /// The clock to put in ``SandboxConfiguration/clock``.
    public var clock: SandboxClock {
        SandboxClock { [self] in now }
    }

    /// The time the clock reads.
    public var now: Date {
        current.withLock { $0 }
    }

    /// Moves the clock forward.
    ///
    /// - Parameter seconds: How far; a negative value moves it back.
    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
