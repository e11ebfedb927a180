import Synchronization

/// A `Mutex` that can be shared by reference: captured by escaping closures, or held by value types that must share
/// one state. `Synchronization.Mutex` is the package's only lock; this box exists because a `Mutex` is
/// noncopyable and so cannot be captured or copied. Shared by this package's modules only.
package final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    package init(_ value: Value) {
        mutex = Mutex(value)
    }

    /// Reads or changes the value under the lock.
    @discardableResult
    package func withLock<Result: Sendable, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try mutex.withLock { (value: inout sending Value) throws(Failure) -> sending Result in
            try body(&value)
        }
    }
}
