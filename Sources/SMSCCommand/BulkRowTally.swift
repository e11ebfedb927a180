import SMSCBulk
import Synchronization

/// What the printed rows of a bulk run say, for its exit status and closing message.
///
/// It reads the rows' lines as they are printed, so rows replayed from a journal count like rows sent by this run.
final class BulkRowTally: Sendable {
    /// The first failed row: its 1-based number, its error's `kind` and `message`.
    struct Failure: Sendable, Equatable {
        var row: Int
        var kind: String
        var message: String
    }

    private struct State {
        var rows = 0
        var failed = 0
        var firstFailure: Failure?
        var anyRowMayHaveReachedServer = false
        /// Rows whose `outcome` is `in_doubt`.
        var inDoubt = 0
        /// The messages of rows whose failure stopped the run, by row number; only a few rows (those in flight
        /// when the run stopped) can be here.
        var stopMessages: [Int: String] = [:]
    }

    private let state = Mutex(State())

    /// Counts one printed row; rows arrive in input order, so the n-th is data row n.
    func count(_ outcome: BulkOutcome) {
        guard outcome.exitCode != 0 else {
            // A result: it reached the server, and there is nothing else to note.
            state.withLock { state in
                state.rows += 1
                state.anyRowMayHaveReachedServer = true
            }
            return
        }
        let error = Self.error(in: outcome.output)
        let inDoubt = RecordedRowLine(line: outcome.output).outcome == .inDoubt
        state.withLock { state in
            state.rows += 1
            if inDoubt { state.inDoubt += 1 }
            if outcome.stopsRun, let error { state.stopMessages[state.rows] = error.message }
            // Only a validation error (the library refused the row before sending) and a row reported as never
            // started are certain not to have reached the server. Results, service errors, transport failures and
            // rows in doubt all may have.
            if !["validation", "not_started"].contains(error?.kind) { state.anyRowMayHaveReachedServer = true }
            if let error {
                state.failed += 1
                if state.firstFailure == nil {
                    state.firstFailure = Failure(row: state.rows, kind: error.kind, message: error.message)
                }
            }
        }
    }

    /// The message ``recordStop(row:message:)`` remembered for `row`.
    func stopMessage(row: Int) -> String? {
        state.withLock { $0.stopMessages[row] }
    }

    /// Rows printed, rows failed, the first failure, and whether any row may have reached the server.
    var snapshot: (rows: Int, failed: Int, firstFailure: Failure?, anyRowMayHaveReachedServer: Bool) {
        state.withLock { ($0.rows, $0.failed, $0.firstFailure, $0.anyRowMayHaveReachedServer) }
    }

    /// Rows printed as in doubt.
    var inDoubtCount: Int {
        state.withLock { $0.inDoubt }
    }

    /// The run's exit status from the runner's (that of the first failed row): 64 (`EX_USAGE`, "nothing sent")
    /// only when no row may have reached the server; otherwise a first failed row the library refused counts as 1,
    /// since other rows were sent.
    func exitCode(runnerExitCode: Int32) -> Int32 {
        let (_, _, firstFailure, anyRowMayHaveReachedServer) = snapshot
        guard runnerExitCode != 0, let firstFailure else { return runnerExitCode }
        if !anyRowMayHaveReachedServer { return 64 }
        return firstFailure.kind == CommandFailure.Kind.validation.rawValue ? 1 : runnerExitCode
    }

    /// The `error` member's kind and message; `nil` for a row without one.
    private static func error(in line: JSONValue) -> (kind: String, message: String)? {
        guard let error = line["error"] else { return nil }
        guard case .string(let kind)? = error["kind"], case .string(let message)? = error["message"] else {
            return ("?", "")
        }
        return (kind, message)
    }
}
