import SMSC
import Synchronization

/// How many failures of each kind: the error's code, and for service errors its number.
final class SoakFailureReasons: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    func count(_ error: SMSCError) {
        let reason =
            error.serviceError.map { "service error \($0.code)" }
            ?? "\(error.code)" + (error.messageMayHaveBeenSent ? " (in doubt)" : "")
        counts.withLock { $0[reason, default: 0] += 1 }
    }

    /// Each reason with its count, by reason.
    var counted: [(reason: String, count: Int)] {
        counts.withLock { $0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
