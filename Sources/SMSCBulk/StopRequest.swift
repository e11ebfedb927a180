import Foundation

/// A flag that asks a run to stop starting rows, settable from any thread; tests use it in place of a signal.
final class StopRequest: @unchecked Sendable {
    // NSLock rather than Synchronization.Mutex: the package still supports macOS 13.
    private let lock = NSLock()
    private var requested = false

    /// Whether ``request()`` was called.
    var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }

    /// Asks the run to stop starting rows.
    func request() {
        lock.lock()
        defer { lock.unlock() }
        requested = true
    }
}
