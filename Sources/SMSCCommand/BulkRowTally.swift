import Foundation
import Synchronization

/// What the printed rows of a bulk run say, for its exit status and closing message.
///
/// It reads the lines as they are printed, so rows replayed from a journal count like rows sent by this run.
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
        /// The messages of rows whose failure stopped the run, by row number; only a few rows (those in flight
        /// when the run stopped) can be here.
        var stopMessages: [Int: String] = [:]
    }

    private let state = Mutex(State())

    /// Counts one printed line; lines arrive in input order, so the n-th line is data row n.
    func count(_ line: String) {
        let error = Self.error(in: line)
        state.withLock { state in
            state.rows += 1
            // Only a validation error is certain not to have reached the server: the library refused the row
            // before sending. Results, service errors, transport failures and rows in doubt all may have.
            if error?.kind != "validation" { state.anyRowMayHaveReachedServer = true }
            if let error {
                state.failed += 1
                if state.firstFailure == nil {
                    state.firstFailure = Failure(row: state.rows, kind: error.kind, message: error.message)
                }
            }
        }
    }

    /// Remembers the message of a row whose failure stops the run (``SMSCBulk/BulkOutcome/stopsRun``), for the
    /// closing line that names it.
    func recordStop(row: Int, message: String) {
        state.withLock { $0.stopMessages[row] = message }
    }

    /// The message ``recordStop(row:message:)`` remembered for `row`.
    func stopMessage(row: Int) -> String? {
        state.withLock { $0.stopMessages[row] }
    }

    /// Rows printed, rows failed, the first failure, and whether any row may have reached the server.
    var snapshot: (rows: Int, failed: Int, firstFailure: Failure?, anyRowMayHaveReachedServer: Bool) {
        state.withLock { ($0.rows, $0.failed, $0.firstFailure, $0.anyRowMayHaveReachedServer) }
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

    /// `{"error":{"kind":…,"message":…}}` read back; `nil` for a result line.
    private static func error(in line: String) -> (kind: String, message: String)? {
        // Results never have an `error` key (the tool leaves the service's `error` out), so the prefix decides.
        guard line.hasPrefix("{\"error\":"),
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let error = object["error"] as? [String: Any]
        else { return nil }
        return (error["kind"] as? String ?? "?", error["message"] as? String ?? "")
    }
}
