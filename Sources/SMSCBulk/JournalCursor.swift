/// Walks the records earlier runs left in a journal in step with the CSV file (a merge), telling for each row
/// whether it finished, was in flight when a run stopped, or never started, without loading the journal.
///
/// Why a small look-ahead suffices: a run starts rows in input order, and starts row `r + window` only after row
/// `r` was printed, which is after `r`'s outcome was synced. So within one run's part of the journal, a row's
/// outcome is at most about `window` records after its `started` record, and rows started by later runs come after
/// every row of earlier runs. A row that was in flight when a run died (started, no outcome) is among that run's
/// last `window` started rows, and the next run records it as in doubt before starting any new row. So the cursor
/// reads ahead at most one run's last window, plus those in-doubt records, before it can tell a row's fate.
///
/// The look-ahead buffer, keyed by row number, therefore holds at most `window + 2` rows for a journal this tool
/// wrote (`window` being the largest in any run's header); past ``lookAheadLimit`` the journal is refused as not
/// written by this tool, rather than letting memory grow with the file.
final class JournalCursor {
    /// What the journal says about one row.
    enum RowState: Equatable {
        /// The row has an outcome: print it again, do not send.
        case finished(output: JSONValue, exitCode: Int32)
        /// The row was started but has no outcome: its request may have been delivered. Do not send.
        case inDoubt
        /// No run started the row: send it.
        case notStarted
    }

    private struct Entry {
        var digest: RowDigest
        /// The journal line of the `started` record.
        var line: Int
        /// Which run (0-based, in journal order) started the row.
        var run: Int
        var outcome: (output: JSONValue, exitCode: Int32, digest: RowDigest, line: Int)?
    }

    private let journal: BulkJournal
    private let commandIdentity: String
    private let csvPath: String

    private var lines: JournalLines
    private var exhausted = false
    /// The 0-based index of the run whose records are being read; -1 before the first header.
    private var run = -1
    /// The run that wrote the latest `started` record read.
    private var latestStartingRun = -1
    private var latestStartedRow = 0
    private var largestWindow = 1
    private var lookAhead: [Int: Entry] = [:]

    /// The most rows the look-ahead buffer has held, for tests that check memory stays flat.
    private(set) var lookAheadHighWater = 0

    /// The most rows the look-ahead buffer may hold before the journal is refused as out of order.
    var lookAheadLimit: Int { 2 * largestWindow + 16 }

    /// Starts reading `journal`'s earlier records from the beginning.
    /// - Parameters:
    ///   - journal: The open journal.
    ///   - commandIdentity: The command every run's header must name.
    ///   - csvPath: The CSV file, for error messages about edited rows.
    init(journal: BulkJournal, commandIdentity: String, csvPath: String) {
        self.journal = journal
        self.commandIdentity = commandIdentity
        self.csvPath = csvPath
        self.lines = JournalLines(journal: journal)
    }

    /// What earlier runs did with data row `row`. Call it for rows 1, 2, 3, … in order.
    /// - Parameters:
    ///   - row: The 1-based data row.
    ///   - line: The CSV line the row starts on, for error messages.
    ///   - digest: The row's digest in the CSV file as it is now.
    /// - Throws: `BulkError` if the row was edited since it was journaled, or the journal is malformed, out of
    ///   order or another command's, or cannot be read.
    func state(ofRow row: Int, line: Int, digest: RowDigest) throws(BulkError) -> RowState {
        while true {
            if let entry = lookAhead[row] {
                if let outcome = entry.outcome {
                    lookAhead[row] = nil
                    try check(digest, against: outcome.digest, journalLine: outcome.line, row: row, csvLine: line)
                    return .finished(output: outcome.output, exitCode: outcome.exitCode)
                }
                // Records of an in-doubt row come before any row a later run started, so once such a row appears
                // (or the journal ends) no outcome for this row is coming.
                if exhausted || latestStartingRun > entry.run {
                    lookAhead[row] = nil
                    try check(digest, against: entry.digest, journalLine: entry.line, row: row, csvLine: line)
                    return .inDoubt
                }
            } else if exhausted {
                return .notStarted
            }
            try readRecord(lookingFor: row)
        }
    }

    private func readRecord(lookingFor row: Int) throws(BulkError) {
        guard let (bytes, lineNumber) = try lines.next() else {
            exhausted = true
            return
        }
        func refuse(_ message: String) -> BulkError {
            BulkError(kind: .journal, file: journal.path, line: lineNumber, message: message)
        }
        let record: JournalRecord
        do {
            record = try JournalRecord(parsing: bytes)
        } catch {
            throw refuse("not a journal record: \(error.reason)")
        }
        if run < 0 {
            guard case .header = record else {
                throw refuse("not an smsc bulk journal: the first line is not a journal header")
            }
        }
        switch record {
        case .header(let command, let window):
            try BulkJournal.checkCommand(command, matches: commandIdentity, path: journal.path, line: lineNumber)
            run += 1
            largestWindow = max(largestWindow, window)
        case .started(let started, let digest):
            guard started > latestStartedRow else {
                throw refuse(
                    "row \(started) is recorded as started after row \(latestStartedRow); this tool starts "
                        + "each row once and in order, so the journal was edited or is not this tool's")
            }
            if lookAhead[row] == nil, started > row {
                throw refuse(
                    "row \(started) is recorded as started but row \(row) never was; the journal does not "
                        + "belong to this file, or it was edited")
            }
            latestStartedRow = started
            latestStartingRun = run
            lookAhead[started] = Entry(digest: digest, line: lineNumber, run: run)
        case .finished(let finished, let digest, let output, let exitCode):
            // An outcome of a row already dealt with is a duplicate; the first one recorded is the one printed.
            guard finished >= row else { return }
            guard var entry = lookAhead[finished] else {
                throw refuse(
                    "row \(finished) has an outcome but was never recorded as started; the journal was edited "
                        + "or is not this tool's")
            }
            guard entry.outcome == nil else { return }
            entry.outcome = (output, exitCode, digest, lineNumber)
            lookAhead[finished] = entry
        }
        lookAheadHighWater = max(lookAheadHighWater, lookAhead.count)
        guard lookAhead.count <= lookAheadLimit else {
            throw refuse(
                "records are further out of order than this tool writes them (more than \(lookAheadLimit) "
                    + "rows ahead of row \(row)); the journal was edited or is not this tool's")
        }
    }

    private func check(
        _ digest: RowDigest, against recorded: RowDigest, journalLine: Int, row: Int, csvLine: Int
    )
        throws(BulkError)
    {
        guard digest != recorded else { return }
        throw BulkError(
            kind: .journal,
            file: csvPath,
            line: csvLine,
            row: row,
            message: "row \(row) is not the row that \(journal.path) recorded on line \(journalLine): the file was "
                + "edited after an earlier run. Restore it to resume; to send the edited file as new, use a new "
                + "journal (rows already sent would then be sent again)"
        )
    }
}
