import Testing

@testable import SMSCBulk

/// The merge of journal and CSV on journals written by hand, as crashed and interrupted runs leave them.
struct JournalCursorTests {
    private let identity = RunnerHarness.identity

    private func digest(_ row: Int) -> RowDigest {
        RowDigest(fields: ["row": String(row)])
    }

    private func header(window: Int, command: String? = nil) -> String {
        JournalRecord.header(command: command ?? identity, window: window).serialized
    }

    private func started(_ row: Int) -> String {
        JournalRecord.started(row: row, digest: digest(row)).serialized
    }

    private func finished(
        _ row: Int, _ output: JSONValue? = nil, exit: Int32 = 0, at: Int64 = 1_796_400_000
    ) -> String {
        JournalRecord.finished(
            row: row,
            digest: digest(row),
            outcome: output ?? .string("row \(row)"),
            exitCode: exit,
            at: at
        ).serialized
    }

    private func outcome(_ text: String, exit: Int32 = 0, at: Int64 = 1_796_400_000) -> BulkRowHistory {
        .finished(BulkOutcome(output: .string(text), exitCode: exit), at: at)
    }

    /// The history of rows `1...rows` in a journal holding `lines`, and the cursor's look-ahead high-water mark.
    private func histories(_ lines: [String], rows: Int) throws -> ([BulkRowHistory], Int) {
        let directory = try TemporaryDirectory()
        let path = try directory.write("journal.jsonl", lines.map { $0 + "\n" }.joined())
        let journal = try BulkJournal(path: path, commandIdentity: identity, window: 2, syncsEachRecord: false)
        let cursor = try JournalCursor(journal: journal, commandIdentity: identity, csvPath: "rows.csv")
        let histories = try (1...rows).map { row in
            try cursor.history(ofRow: row, line: row + 1, digest: digest(row))
        }
        return (histories, cursor.lookAheadHighWater)
    }

    private func error(_ lines: [String], rows: Int) throws -> BulkError {
        do {
            _ = try histories(lines, rows: rows)
        } catch let error as BulkError {
            return error
        }
        Issue.record("expected a BulkError")
        return BulkError(kind: .input, file: "", message: "")
    }

    @Test func findsOutcomesOfRowsThatFinishedOutOfOrder() throws {
        let (result, highWater) = try histories(
            [
                header(window: 3), started(1), started(2), started(3), finished(2), finished(1), started(4),
                finished(3), finished(4),
            ],
            rows: 5
        )
        #expect(result == [outcome("row 1"), outcome("row 2"), outcome("row 3"), outcome("row 4"), .notStarted])
        #expect(highWater <= 3 + 1)
    }

    @Test func rowInFlightAtACrashStaysUnfinishedUntilALaterRunRecordsAnOutcome() throws {
        let crashed = [header(window: 2), started(1), started(2), finished(1), started(3), finished(3)]
        let (first, _) = try histories(crashed, rows: 4)
        #expect(first == [outcome("row 1"), .unfinished, outcome("row 3"), .notStarted])

        // A resumed run reported row 2 without recording anything and sent row 4; a settling run then recorded
        // what get_status said about row 2.
        let settled =
            crashed + [
                header(window: 2), started(4), finished(4), header(window: 4), finished(2, .string("settled"), at: 9),
            ]
        let (second, _) = try histories(settled, rows: 5)
        #expect(
            second == [outcome("row 1"), outcome("settled", at: 9), outcome("row 3"), outcome("row 4"), .notStarted])
    }

    @Test func aLaterRunsOutcomeSupersedesAnEarlierOne() throws {
        // Three status passes: each records only what it asked about, and the latest answer counts.
        let (result, _) = try histories(
            [
                header(window: 2), finished(1, .string("waiting"), at: 1), finished(2, .string("waiting"), at: 1),
                header(window: 2), finished(1, .string("delivered"), at: 20),
                header(window: 2), finished(2, .string("expired"), at: 40),
            ],
            rows: 2
        )
        #expect(result == [outcome("delivered", at: 20), outcome("expired", at: 40)])
    }

    @Test func aRowStartedAgainAfterItsOutcomeIsUnfinished() throws {
        // Settled as not sent, then started by a run sending what is missing, which stopped before the outcome.
        let (result, _) = try histories(
            [
                header(window: 2), started(1), finished(1, .string("in doubt"), exit: 4),
                header(window: 2), finished(1, .string("not sent"), exit: 1),
                header(window: 2), started(1),
            ],
            rows: 1
        )
        #expect(result == [.unfinished])
    }

    @Test func readsEachRunAheadByItsWindowOnly() throws {
        // Two runs over 200 rows: memory holds a window's worth of each, not the file.
        var lines = [header(window: 3)]
        for row in 1...200 { lines += [started(row), finished(row)] }
        lines.append(header(window: 5))
        for row in 1...200 { lines.append(finished(row, .string("again \(row)"))) }
        let (result, highWater) = try histories(lines, rows: 200)
        #expect(result == (1...200).map { outcome("again \($0)") })
        #expect(highWater <= (3 + 1) + (5 + 1))
    }

    @Test func refusesRowsStartedTwiceInOneRun() throws {
        let backwards = try error([header(window: 2), started(1), started(2), started(1)], rows: 2)
        #expect(backwards.line == 4)
        #expect(backwards.message.contains("row 1 is recorded as started after row 2"))
    }

    @Test func refusesARecordFurtherBehindThanTheWindowAllows() throws {
        // Window 1: row 1's outcome cannot come after row 5 was started.
        let lines = [header(window: 1)] + (1...5).map(started) + [finished(1)]
        let error = try error(lines, rows: 5)
        #expect(error.line == 7)
        #expect(error.message.contains("a record of row 1 comes after the records of row 5"))
    }

    @Test func refusesALaterRunOfAnotherCommand() throws {
        let error = try error(
            [header(window: 2), started(1), finished(1), header(window: 2, command: "status x"), started(2)],
            rows: 2
        )
        #expect(error.line == 4)
        #expect(error.message.contains("another command (status x)"))
    }

    @Test func refusesAMalformedLine() throws {
        let error = try error([header(window: 2), started(1), "{\"row\":", finished(1)], rows: 1)
        #expect(error.line == 3)
        #expect(error.message.hasPrefix("not a journal record"))
    }

    @Test func refusesARowWhoseDigestChanged() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            "journal.jsonl", [header(window: 2), started(1), finished(1)].map { $0 + "\n" }.joined())
        let journal = try BulkJournal(path: path, commandIdentity: identity, window: 2, syncsEachRecord: false)
        let cursor = try JournalCursor(journal: journal, commandIdentity: identity, csvPath: "rows.csv")
        #expect {
            _ = try cursor.history(ofRow: 1, line: 7, digest: RowDigest(fields: ["row": "edited"]))
        } throws: { error in
            let error = try #require(error as? BulkError)
            return error.kind == .journal && error.file == "rows.csv" && error.line == 7 && error.row == 1
                && error.message.contains("recorded on line 2")
        }
    }
}
