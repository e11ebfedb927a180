/// What a run does with one row, given its ``BulkRowHistory``: what the command's `plan` closure returns.
///
/// The plan decides what the journal records around the row's `perform` call, which is what makes a run safe to
/// repeat: a row that may change something on the server is recorded as started before it is sent, so it is never
/// sent twice, while a read is simply repeated.
public struct BulkRowPlan: Sendable, Hashable, CustomStringConvertible {
    private enum Base: String, Sendable, Hashable {
        case replay
        case send
        case query
        case report
    }

    private let base: Base

    private init(_ base: Base) {
        self.base = base
    }

    /// Print the row's latest recorded outcome without calling `perform`. For a row with no recorded outcome it
    /// means ``report``.
    public static let replay = BulkRowPlan(.replay)
    /// Call `perform` for something that may change the server (a send): the journal records the row as started,
    /// durably, before `perform` runs, and records its outcome after. A run that stops in between leaves the row
    /// ``BulkRowHistory/unfinished``, never sent again blindly.
    public static let send = BulkRowPlan(.send)
    /// Call `perform` for something that changes nothing on the server (a status query, a check): only its outcome
    /// is journaled, as the row's latest. A run that stops in between leaves the row as it was, to be asked again.
    public static let query = BulkRowPlan(.query)
    /// Call `perform` to describe the row without recording anything: the line is printed, and the journal keeps
    /// what it had (for a row this run neither sends nor checks).
    public static let report = BulkRowPlan(.report)

    /// What an ordinary run does: send a row no run started, print a finished row's outcome again, and report a row
    /// that was in flight when an earlier run stopped without sending it again.
    public static func resuming(_ history: BulkRowHistory) -> BulkRowPlan {
        switch history {
        case .notStarted: .send
        case .unfinished: .report
        case .finished: .replay
        }
    }

    /// Whether the journal records the row as started before `perform` runs.
    var recordsStart: Bool { base == .send }
    /// Whether the journal records the outcome `perform` returns.
    var recordsOutcome: Bool { base == .send || base == .query }
    /// Whether `perform` runs; otherwise the recorded outcome is printed.
    var isReplay: Bool { base == .replay }

    /// `replay`, `send`, `query` or `report`.
    public var description: String { base.rawValue }
}
