import SMSCBulk
import Synchronization

/// Counts the rows of a pass that are not settled, for ``BulkRun/Repetition``.
final class UnsettledCounter: Sendable {
    private let isSettled: @Sendable (BulkOutcome) -> Bool
    private let count = Mutex(0)

    init(isSettled: @escaping @Sendable (BulkOutcome) -> Bool) {
        self.isSettled = isSettled
    }

    func count(_ outcome: BulkOutcome) {
        if !isSettled(outcome) { count.withLock { $0 += 1 } }
    }

    var value: Int { count.withLock { $0 } }
}
