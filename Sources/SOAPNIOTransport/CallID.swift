/// Names one call of one transport. The calling task holds only this: to cancel the call, it sends the identifier to
/// the event loop, which owns everything else of the call.
struct CallID: Hashable, Sendable, CustomStringConvertible {
    var value: UInt64

    var description: String { "call \(value)" }
}
