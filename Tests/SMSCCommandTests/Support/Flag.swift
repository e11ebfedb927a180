import Synchronization

/// A Boolean a test flips while a server's handler reads it from other threads.
final class Flag: Sendable {
    private let stored: Mutex<Bool>

    init(_ value: Bool) {
        stored = Mutex(value)
    }

    var value: Bool {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
}
