import Synchronization

/// Cancels a task from code that runs before the task's handle is known, such as a closure the task itself calls.
///
/// ``cancel()`` before ``attach(_:)`` is remembered, and the task is cancelled as soon as it is attached.
final class RunCancellation: Sendable {
    private struct State {
        var isCancelled = false
        var cancel: (@Sendable () -> Void)?
    }

    private let state = Mutex(State())

    /// Cancels the attached task, or the task attached next.
    func cancel() {
        let cancel = state.withLock { state in
            state.isCancelled = true
            return state.cancel
        }
        cancel?()
    }

    /// The task to cancel; cancelled at once if ``cancel()`` came first.
    func attach<Success: Sendable, Failure: Error>(_ task: Task<Success, Failure>) {
        let cancelledAlready = state.withLock { state in
            state.cancel = { task.cancel() }
            return state.isCancelled
        }
        if cancelledAlready { task.cancel() }
    }
}
