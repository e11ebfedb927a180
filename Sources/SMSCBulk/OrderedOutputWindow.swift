/// The rows read from the CSV file but not yet printed, so that rows finishing out of order are printed in order.
///
/// Rows enter in input order and leave in input order; the runner admits a row only while fewer than `window`
/// are inside, which bounds both memory and how far a row's journal records can be apart (see ``JournalCursor``).
struct OrderedOutputWindow {
    /// Where a printed row's outcome came from.
    enum Source: Equatable {
        /// This run's `perform` call.
        case performed
        /// An earlier run's journaled outcome.
        case replayed
    }

    /// A row ready to print.
    struct Completed: Equatable {
        var row: Int
        var outcome: BulkOutcome
        var source: Source
    }

    /// The next row to print.
    private(set) var nextRow = 1
    /// The next row to admit.
    private(set) var nextAdmitted = 1
    /// Finished rows waiting for an earlier row; `nil` for a row still in flight.
    private var slots: [Int: Completed?] = [:]
    /// The most rows the window has held, for tests that check memory stays flat.
    private(set) var highWater = 0

    /// How many rows are admitted and not yet printed.
    var count: Int { slots.count }

    var isEmpty: Bool { slots.isEmpty }

    /// Admits the next row as in flight.
    mutating func admitInFlight(row: Int) {
        admit(row: row, nil)
    }

    /// Admits the next row with its outcome already known.
    mutating func admitCompleted(row: Int, outcome: BulkOutcome, source: Source) {
        admit(row: row, Completed(row: row, outcome: outcome, source: source))
    }

    /// Records the outcome of an in-flight row.
    mutating func complete(row: Int, outcome: BulkOutcome) {
        precondition(slots[row] != nil, "row \(row) is not in flight")
        slots[row] = Completed(row: row, outcome: outcome, source: .performed)
    }

    /// Removes and returns the next row to print, if it is finished.
    mutating func popReady() -> Completed? {
        guard case .some(.some(let completed)) = slots[nextRow] else { return nil }
        slots[nextRow] = nil
        nextRow += 1
        return completed
    }

    private mutating func admit(row: Int, _ slot: Completed?) {
        precondition(row == nextAdmitted, "rows must be admitted in order")
        nextAdmitted += 1
        slots[row] = .some(slot)
        highWater = max(highWater, slots.count)
    }
}
