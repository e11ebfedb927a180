import Foundation
import SMSCSandbox
import SOAPRuntime

/// A clock a test moves by hand.
final class ManualClock: Sendable {
    private let current: Locked<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_577_550_000)) {
        current = Locked(start)
    }

    var clock: SandboxClock {
        SandboxClock { [current] in current.withLock { $0 } }
    }

    var now: Date {
        current.withLock { $0 }
    }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
