import Synchronization

/// A value behind the package's one lock, `Mutex`, shareable by reference: the server's bookkeeping is touched from
/// event loops, connection tasks and tests, through escaping closures that cannot capture a noncopyable `Mutex`.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) {
        mutex = Mutex(value)
    }

    @discardableResult
    func withLock<Result: Sendable, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try mutex.withLock { (value: inout sending Value) throws(Failure) -> sending Result in
            try body(&value)
        }
    }
}
