import Testing

/// Returns once `condition` holds, checking after each turn of the other tasks; fails after 10 000 turns.
func waitUntil(_ condition: @Sendable () -> Bool) async throws {
    for _ in 0..<10_000 {
        if condition() { return }
        await Task.yield()
    }
    Issue.record("the condition never held")
    throw CancellationError()
}
