/// Each message's outcome, written by the task that sent it.
final class SoakOutcomes: @unchecked Sendable {
    // Each slot is written by one task and read after all of them ended (the task group's end orders them).
    private let storage: UnsafeMutableBufferPointer<UInt8>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: 0)
    }

    deinit {
        storage.deallocate()
    }

    subscript(number: Int) -> SoakOutcome {
        get { SoakOutcome(rawValue: storage[number]) ?? .pending }
        set { storage[number] = newValue.rawValue }
    }
}
