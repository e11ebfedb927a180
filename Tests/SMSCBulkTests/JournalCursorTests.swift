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

    private func finished(_ row: Int, _ output: JSONValue? = nil, exit: Int32 = 0) -> String {
        JournalRecord.finished(row: row, digest: digest(row), outcome: output ?? .string("row \(row)"), exitCode: exit)
            .serialized
    }

    /// The state of rows `1...rows` in a journal holding `lines`, and the cursor's look-ahead high-water mark.
    private func states(_ lines: [String], rows: Int) throws -> ([JournalCursor.RowState], Int) {
        let directory = try TemporaryDirectory()
        let path = try directory.write("journal.jsonl", lines.map { $0 + "\n" }.joined())
        let journal = try BulkJournal(path: path, commandIdentity: identity, window: 2, syncsEachRecord: false)
        let cursor = JournalCursor(journal: journal, commandIdentity: identity, csvPath: "rows.csv")
        let states = try (1...rows).map { row in try cursor.state(ofRow: row, line: row + 1, digest: digest(row)) }
        return (states, cursor.lookAheadHighWater)
    }

    private func error(_ lines: [String], rows: Int) throws -> BulkError {
        do {
            _ = try states(lines, rows: rows)
        } catch let error as BulkError {
            return error
        }
        Issue.record("expected a BulkError")
        return BulkError(kind: .input, file: "", message: "")
    }

    @Test func findsOutcomesOfRowsThatFinishedOutOfOrder() throws {
        let (result, highWater) = try states(
            [
                header(window: 3), started(1), started(2), started(3), finished(2), finished(1), started(4),
                finished(3),
                finished(4),
            ],
            rows: 5
        )
        #expect(
            result == [
                .finished(output: .string("row 1"), exitCode: 0), .finished(output: .string("row 2"), exitCode: 0),
                .finished(output: .string("row 3"), exitCode: 0), .finished(output: .string("row 4"), exitCode: 0),
                .notStarted,
            ])
        #expect(highWater <= 3 + 2)
    }

    @Test func rowInFlightAtACrashIsInDoubtUntilALaterRunRecordsIt() throws {
        let crashed = [header(window: 2), started(1), started(2), finished(1), started(3), finished(3)]
        let (first, _) = try states(crashed, rows: 4)
        #expect(
            first == [
                .finished(output: .string("row 1"), exitCode: 0), .inDoubt,
                .finished(output: .string("row 3"), exitCode: 0), .notStarted,
            ])

        // The next run was interrupted before row 2 (its header only); the one after recorded row 2 in doubt, then
        // went on with row 4.
        let inDoubt = BulkOutcome.inDoubt(row: 2)
        let resumed =
            crashed + [
                header(window: 2), header(window: 4), finished(2, inDoubt.output, exit: 4), started(4), finished(4),
            ]
        let (second, _) = try states(resumed, rows: 5)
        #expect(
            second == [
                .finished(output: .string("row 1"), exitCode: 0), .finished(output: inDoubt.output, exitCode: 4),
                .finished(output: .string("row 3"), exitCode: 0), .finished(output: .string("row 4"), exitCode: 0),
                .notStarted,
            ])
    }

    @Test func rowStartedButNotFinishedBeforeALaterRunStartedRowsIsInDoubt() throws {
        let (result, _) = try states(
            [header(window: 2), started(1), started(2), finished(2), header(window: 2), started(3), finished(3)],
            rows: 3
        )
        #expect(
            result == [
                .inDoubt, .finished(output: .string("row 2"), exitCode: 0),
                .finished(output: .string("row 3"), exitCode: 0),
            ])
    }

    @Test func refusesRowsStartedOutOfOrderOrSkipped() throws {
        let backwards = try error([header(window: 2), started(1), started(2), started(1)], rows: 2)
        #expect(backwards.line == 4)
        #expect(backwards.message.contains("row 1 is recorded as started after row 2"))

        let skipped = try error([header(window: 2), started(1), finished(1), started(3)], rows: 2)
        #expect(skipped.line == 4)
        #expect(skipped.message.contains("row 3 is recorded as started but row 2 never was"))
    }

    @Test func refusesAnOutcomeForARowNeverStarted() throws {
        let error = try error([header(window: 2), started(1), finished(2)], rows: 1)
        #expect(error.line == 3)
        #expect(error.message.contains("row 2 has an outcome but was never recorded as started"))
    }

    @Test func refusesALaterRunOfAnotherCommand() throws {
        let error = try error(
            [header(window: 2), started(1), finished(1), header(window: 2, command: "status x"), started(2)],
            rows: 2
        )
        #expect(error.line == 4)
        #expect(error.message.contains("another command (status x)"))
    }

    @Test func refusesJournalsFurtherOutOfOrderThanTheWindowAllows() throws {
        // 40 rows started in a run with a window of 1 and no outcomes: this tool never writes that.
        let lines = [header(window: 1)] + (1...40).map(started)
        let error = try error(lines, rows: 1)
        #expect(error.message.contains("further out of order"))
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
        let cursor = JournalCursor(journal: journal, commandIdentity: identity, csvPath: "rows.csv")
        #expect {
            _ = try cursor.state(ofRow: 1, line: 7, digest: RowDigest(fields: ["row": "edited"]))
        } throws: { error in
            let error = try #require(error as? BulkError)
            return error.kind == .journal && error.file == "rows.csv" && error.line == 7 && error.row == 1
                && error.message.contains("recorded on line 3")
        }
    }
}
