import Synchronization

/// A value shared between a test and the closures it hands to the runner, which may run on any thread.
///
/// A class around the `Mutex` rather than the `Mutex` itself: escaping closures cannot capture a noncopyable value.
final class Locked<Value: Sendable>: Sendable {
    let state: Mutex<Value>

    init(_ value: Value) {
        state = Mutex(value)
    }

    /// Reads or changes the value under the lock.
    @discardableResult
    func withLock<Result: Sendable, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try state.withLock { (value) throws(Failure) -> Result in try body(&value) }
    }

    var current: Value {
        withLock { $0 }
    }
}
