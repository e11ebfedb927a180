/// Reads the records earlier runs left in a journal in step with the CSV file, telling for each row what those runs
/// did with it (its ``BulkRowHistory``), without loading the journal.
///
/// A journal is a series of runs, each a header followed by that run's records. Within one run the records are in
/// row order but for a bounded overlap: a run admits rows in input order and admits row `r + window` only after row
/// `r` was printed, which is after every record of `r` was synced. So once a run's part shows a record of a row at
/// or past `r + window`, it holds no more records of row `r`.
///
/// The cursor therefore reads each run's part with a reader of its own, in step (a merge of sorted streams), and
/// keeps from each only the rows from the one asked about to `window` rows ahead of it: at most `window + 1` rows
/// per run. Memory grows with the number of runs times their windows, never with the number of rows. A record that
/// comes after records `window` rows past its own is refused as not written by this tool.
///
/// A row's history folds its records across runs in file order: a `started` record makes it unfinished, an outcome
/// makes it finished with that outcome, so the latest run that said anything about the row decides.
final class JournalCursor {
    /// One run's part of the journal, read ahead by up to its window.
    private struct RunPart {
        /// The run's 0-based index, in journal order.
        var index: Int
        var window: Int
        var lines: JournalLines
        var exhausted = false
        /// The highest row any record read so far is about.
        var highestRow = 0
        /// The latest row a `started` record named: rows are started once each, in order.
        var latestStartedRow = 0
        /// Records read but not yet asked for, by row, in file order.
        var lookAhead: [Int: [(record: JournalRecord, line: Int)]] = [:]
    }

    private let journal: BulkJournal
    private let csvPath: String
    private var parts: [RunPart] = []
    /// The next row ``history(ofRow:line:digest:)`` expects.
    private var expectedRow = 1

    /// The most rows all look-ahead buffers together have held, for tests that check memory stays flat.
    private(set) var lookAheadHighWater = 0

    /// Finds the runs in `journal`'s earlier records (a pass over the file that keeps only where each run starts)
    /// and checks that each was written by `commandIdentity`.
    /// - Parameters:
    ///   - journal: The open journal.
    ///   - commandIdentity: The command every run's header must name.
    ///   - csvPath: The CSV file, for error messages about edited rows.
    /// - Throws: `BulkError` if the journal is another command's, malformed, or cannot be read.
    init(journal: BulkJournal, commandIdentity: String, csvPath: String) throws(BulkError) {
        self.journal = journal
        self.csvPath = csvPath
        var headers: [(offset: Int64, line: Int, window: Int)] = []
        var scan = JournalLines(journal: journal)
        let headerPrefix = Array(JournalRecord.headerPrefix.utf8)
        while let line = try scan.next() {
            let isHeader = line.bytes.starts(with: headerPrefix)
            if headers.isEmpty, !isHeader {
                throw refusal(line.number, "not an smsc bulk journal: the first line is not a journal header")
            }
            guard isHeader else { continue }
            let record: JournalRecord
            do {
                record = try JournalRecord(parsing: line.bytes)
            } catch {
                throw refusal(line.number, "not a journal record: \(error.reason)")
            }
            guard case .header(let command, let window) = record else { continue }
            try BulkJournal.checkCommand(command, matches: commandIdentity, path: journal.path, line: line.number)
            headers.append((line.offset, line.number, window))
        }
        for (index, header) in headers.enumerated() {
            let end = index + 1 < headers.count ? headers[index + 1].offset : journal.earlierLength
            var lines = JournalLines(
                journal: journal,
                from: header.offset,
                to: end,
                firstLineNumber: header.line,
                chunkSize: 16 * 1024
            )
            _ = try lines.next()  // the header itself
            parts.append(RunPart(index: index, window: header.window, lines: lines))
        }
    }

    /// What earlier runs did with data row `row`. Call it for rows 1, 2, 3, … in order.
    /// - Parameters:
    ///   - row: The 1-based data row.
    ///   - line: The CSV line the row starts on, for error messages.
    ///   - digest: The row's digest in the CSV file as it is now.
    /// - Throws: `BulkError` if the row was edited since it was journaled, or the journal is malformed or out of
    ///   order, or cannot be read.
    func history(ofRow row: Int, line: Int, digest: RowDigest) throws(BulkError) -> BulkRowHistory {
        precondition(row == expectedRow, "rows must be asked about in order")
        expectedRow += 1
        var history = BulkRowHistory.notStarted
        for index in parts.indices {
            try readAhead(part: index, pastRow: row)
            guard let records = parts[index].lookAhead.removeValue(forKey: row) else { continue }
            for (record, journalLine) in records {
                switch record {
                case .started(_, let recorded):
                    try check(digest, against: recorded, journalLine: journalLine, row: row, csvLine: line)
                    history = .unfinished
                case .finished(_, let recorded, let output, let exitCode, let at):
                    try check(digest, against: recorded, journalLine: journalLine, row: row, csvLine: line)
                    history = .finished(BulkOutcome(output: output, exitCode: exitCode), at: at)
                case .header:
                    break
                }
            }
        }
        return history
    }

    /// Reads run `index`'s records until they are past `row` by the run's window, or end.
    private func readAhead(part index: Int, pastRow row: Int) throws(BulkError) {
        while !parts[index].exhausted, parts[index].highestRow < row + parts[index].window {
            guard let line = try parts[index].lines.next() else {
                parts[index].exhausted = true
                return
            }
            let record: JournalRecord
            do {
                record = try JournalRecord(parsing: line.bytes)
            } catch {
                throw refusal(line.number, "not a journal record: \(error.reason)")
            }
            let recordRow: Int
            switch record {
            case .header:
                throw refusal(line.number, "a journal header inside a run's records; the journal was edited")
            case .started(let started, _):
                guard started > parts[index].latestStartedRow else {
                    throw refusal(
                        line.number,
                        "row \(started) is recorded as started after row \(parts[index].latestStartedRow); this "
                            + "tool starts each row once per run and in order, so the journal was edited or is not "
                            + "this tool's"
                    )
                }
                parts[index].latestStartedRow = started
                recordRow = started
            case .finished(let finished, _, _, _, _):
                recordRow = finished
            }
            guard recordRow >= row else {
                throw refusal(
                    line.number,
                    "a record of row \(recordRow) comes after the records of row \(row) and later rows; this tool "
                        + "writes them closer together, so the journal was edited or is not this tool's"
                )
            }
            parts[index].highestRow = max(parts[index].highestRow, recordRow)
            parts[index].lookAhead[recordRow, default: []].append((record, line.number))
            lookAheadHighWater = max(lookAheadHighWater, parts.reduce(0) { $0 + $1.lookAhead.count })
        }
    }

    private func refusal(_ line: Int, _ message: String) -> BulkError {
        BulkError(kind: .journal, file: journal.path, line: line, message: message)
    }

    private func check(
        _ digest: RowDigest, against recorded: RowDigest, journalLine: Int, row: Int, csvLine: Int
    ) throws(BulkError) {
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
