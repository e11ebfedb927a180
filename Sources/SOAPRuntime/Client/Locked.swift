import Foundation

/// A value behind a lock, for the little shared mutable state clients and transports keep (the last exchange,
/// a shutdown in progress). Shared by this package's modules only.
package final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    package init(_ value: Value) {
        self.value = value
    }

    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
