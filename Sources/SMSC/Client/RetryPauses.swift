/// Draws and waits out the pauses between the attempts of a read: the randomness and the clock retries depend on,
/// replaced by tests.
struct RetryPauses: Sendable {
    /// A random duration from zero to the cap, both included.
    var jitter: @Sendable (Duration) -> Duration
    /// Waits the duration; throws when the task is cancelled.
    var sleep: @Sendable (Duration) async throws -> Void
    /// The current instant.
    var now: @Sendable () -> ContinuousClock.Instant

    static let live = RetryPauses(
        jitter: { cap in cap > .zero ? .nanoseconds(Int64.random(in: 0...cap.nanoseconds)) : .zero },
        sleep: { try await Task.sleep(for: $0) },
        now: { ContinuousClock.now }
    )
}
