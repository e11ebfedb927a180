import Synchronization

/// A flag that asks a run to stop starting rows, settable from any thread and never cleared.
///
/// The runner sets one when the task that awaits it is cancelled (which is how an executable passes on SIGINT or
/// SIGTERM: the library installs no signal handlers), and tests set one directly.
final class StopRequest: Sendable {
    private let state = Mutex(false)

    /// Whether ``request()`` was called.
    var isRequested: Bool {
        state.withLock { $0 }
    }

    /// Asks the run to stop starting rows.
    func request() {
        state.withLock { $0 = true }
    }
}
