/// What the journal says earlier runs did with a row: the command reads it to decide what this run does with the
/// row (see ``BulkRowPlan``).
public enum BulkRowHistory: Sendable, Equatable {
    /// No earlier run sent, checked or reported the row (or there is no journal).
    case notStarted
    /// An earlier run started sending the row and stopped before it had an outcome: its request may have reached
    /// the server, so whether it took effect is unknown.
    case unfinished
    /// The row's latest outcome, recorded `at` seconds since 1970.
    case finished(BulkOutcome, at: Int64)

    /// The latest recorded outcome, for a finished row.
    public var outcome: BulkOutcome? {
        if case .finished(let outcome, _) = self { return outcome }
        return nil
    }
}
