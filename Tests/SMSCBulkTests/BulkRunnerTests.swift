import Foundation
import Testing

@testable import SMSCBulk

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct BulkRunnerTests {
    /// The echo output line of `row`, as the runner prints it.
    private func line(_ row: Int) -> String {
        #"{"row":\#(row),"phones":"7999\#(String(format: "%07d", row))"}"#
    }

    /// The `error.message` of an output line, or `nil`.
    private static func message(_ line: String) -> String? {
        guard case .object(let members)? = try? JSONValue(parsing: Array(line.utf8)),
            case .object(let error)? = members.first(where: { $0.key == "error" })?.value,
            case .string(let message)? = error.first(where: { $0.key == "message" })?.value
        else { return nil }
        return message
    }

    // MARK: - Order and concurrency

    @Test func printsRowsInInputOrderWhenTheyFinishOutOfOrder() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 40), journal: false)
        let record = await harness.run(concurrency: 5) { row in
            // A scrambled but reproducible delay per row, so later rows often finish first.
            try? await Task.sleep(for: .milliseconds((row.number * 7919) % 13))
            return RunnerHarness.echo(row)
        }
        #expect(record.lines == (1...40).map(line))
        #expect(record.summary == BulkSummary(rowCount: 40, succeeded: 40))
        #expect(Set(record.performed) == Set(1...40))
    }

    @Test(arguments: [1, 3, 8])
    func neverRunsMoreThanTheConcurrencyAtOnce(concurrency: Int) async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 30), journal: false)
        let counts = Locked((current: 0, most: 0))
        let record = await harness.run(concurrency: concurrency) { row in
            counts.withLock {
                $0.current += 1
                $0.most = max($0.most, $0.current)
            }
            try? await Task.sleep(for: .milliseconds(1 + (row.number * 31) % 5))
            counts.withLock { $0.current -= 1 }
            return RunnerHarness.echo(row)
        }
        #expect(record.lines.count == 30)
        #expect(counts.current.most <= concurrency)
        #expect(record.statistics.inFlightHighWater <= concurrency)
        #expect(record.statistics.windowHighWater <= concurrency)
        if concurrency > 1 {
            #expect(counts.current.most > 1, "rows should overlap")
        }
    }

    @Test func headOfLineRowHoldsBackLaterRowsButNotBeyondTheWindow() async throws {
        // Row 1 finishes last; rows 2 and 3 may finish, but row 4 must not start until row 1 is printed.
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 6), journal: false)
        let startedBeforeFirstFinished = Locked<[Int]>([])
        let firstFinished = Locked(false)
        let record = await harness.run(concurrency: 3) { row in
            if !firstFinished.current {
                startedBeforeFirstFinished.withLock { $0.append(row.number) }
            }
            if row.number == 1 {
                try? await Task.sleep(for: .milliseconds(100))
                firstFinished.withLock { $0 = true }
            }
            return RunnerHarness.echo(row)
        }
        #expect(Set(startedBeforeFirstFinished.current) == [1, 2, 3])
        #expect(record.lines == (1...6).map(line))
    }

    @Test func rowsReleasedTogetherAreEmittedInOneCall() async throws {
        // Row 1 finishes only after rows 2 and 3 have: its outcome releases all three lines at once, so a command
        // writes them with one `write`.
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 3), journal: false)
        let laterRowsDone = AsyncStream.makeStream(of: Void.self)
        let finishedLater = Locked(0)
        let batches = Locked<[[String]]>([])
        let runner = BulkRunner(
            configuration: .init(
                csvPath: harness.csvPath,
                requiredColumns: ["phones", "message"],
                concurrency: 3,
                commandIdentity: RunnerHarness.identity
            ),
            hooks: RunnerHarness.quietHooks
        )
        let (result, _) = await runner.execute(
            perform: { row, _ in
                if row.number == 1 {
                    for await _ in laterRowsDone.stream { break }
                } else if finishedLater.withLock({
                    $0 += 1; return $0
                }) == 2 {
                    laterRowsDone.continuation.finish()
                }
                return RunnerHarness.echo(row)
            },
            emit: { outcomes in batches.withLock { $0.append(outcomes.map(\.output.serialized)) } }
        )
        #expect(try result.get().rowCount == 3)
        #expect(batches.current == [(1...3).map(line)])
    }

    // MARK: - Memory

    @Test func buffersStayWithinTheWindowForALongFileAndItsResume() async throws {
        let rows = 20_000
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: rows))
        var hooks = RunnerHarness.quietHooks
        // 40,000 fsyncs would measure the disk, not the runner.
        hooks.journalSyncs = false
        let first = await harness.run(concurrency: 8, hooks: hooks)
        #expect(first.summary == BulkSummary(rowCount: rows, succeeded: rows))
        #expect(first.statistics.windowHighWater <= 8)
        #expect(first.statistics.inFlightHighWater <= 8)

        let resumed = await harness.run(concurrency: 8, hooks: hooks) { _ in
            Issue.record("a finished row was sent again")
            return BulkOutcome(output: .null, exitCode: 1)
        }
        #expect(resumed.summary == BulkSummary(rowCount: rows, succeeded: rows, replayed: rows))
        #expect(resumed.lines == first.lines)
        #expect(resumed.statistics.windowHighWater <= 8)
        #expect(resumed.statistics.lookAheadHighWater <= 8 + 2)
        #expect(resumed.statistics.lookAheadHighWater >= 1)
    }

    // MARK: - Exit codes

    @Test func exitCodeIsThatOfTheFirstFailedRowInInputOrder() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 5), journal: false)
        let record = await harness.run(concurrency: 5) { row in
            // Row 4 fails first in time, row 2 first in input order.
            let (exitCode, delay): (Int32, Int) =
                switch row.number {
                case 2: (3, 50)
                case 4: (2, 0)
                default: (0, 0)
                }
            try? await Task.sleep(for: .milliseconds(delay))
            return RunnerHarness.echo(row, exitCode: exitCode)
        }
        #expect(record.summary == BulkSummary(rowCount: 5, succeeded: 3, failed: 2, exitCode: 3))
    }

    @Test func emptyFileSucceedsWithNoRows() async throws {
        let harness = try RunnerHarness(csv: "phones,message\n")
        let record = await harness.run()
        #expect(record.summary == BulkSummary())
        #expect(record.lines.isEmpty)
    }

    // MARK: - Input errors

    @Test func badHeaderFailsBeforeAnyRowOrJournal() async throws {
        let harness = try RunnerHarness(csv: "phone,message\n7999,hi\n")
        let record = await harness.run()
        let error = try #require(record.error)
        #expect(error.kind == .input)
        #expect(error.exitCode == 64)
        #expect(error.line == 1)
        #expect(error.message.hasPrefix("unknown column 'phone'"))
        #expect(record.performed.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: try #require(harness.journalPath)))
    }

    /// A 6-row file whose row 4 (line 5) has a stray quote.
    private static let csvWithMalformedRow4: String = {
        var lines = RunnerHarness.csv(rows: 6).split(separator: "\n").map(String.init)
        lines[4] = "79990000004,say \"hi\""
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test(arguments: [false, true])
    func malformedRowAnywhereInARegularFileFailsBeforeAnyRowOrJournal(showsProgress: Bool) async throws {
        var harness = try RunnerHarness(csv: Self.csvWithMalformedRow4)
        let written = Locked("")
        var hooks = RunnerHarness.quietHooks
        hooks.writeProgress = { text in written.withLock { $0 += text } }
        let broken = await harness.run(concurrency: 2, hooks: hooks, showsProgress: showsProgress)
        let error = try #require(broken.error)
        #expect(error.kind == .input)
        #expect(error.exitCode == 64)
        #expect(error.file == harness.csvPath)
        #expect(error.line == 5)
        #expect(error.row == 4)
        #expect(error.description.hasPrefix("\(harness.csvPath):5: a double quote inside an unquoted field"))
        #expect(broken.performed.isEmpty, "no row is sent from a file that has a malformed row")
        #expect(broken.lines.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: try #require(harness.journalPath)), "nothing is journaled")
        #expect(written.current.isEmpty, "no progress is drawn for a run that does not start")

        harness.csvPath = try harness.directory.write("rows.csv", RunnerHarness.csv(rows: 6))
        let fixed = await harness.run(concurrency: 2)
        #expect(fixed.lines == (1...6).map(line))
        #expect(fixed.performed.sorted() == Array(1...6))
        #expect(fixed.summary == BulkSummary(rowCount: 6, succeeded: 6))
    }

    @Test func malformedRowOfAPipeIsFoundWhenTheRunReachesItAndResumesOnceFixed() async throws {
        // A pipe can be read only once, so it cannot be checked ahead: the rows before the malformed one are sent.
        var harness = try RunnerHarness(csv: "")
        harness.csvPath = try Self.fifo(in: harness.directory, feeding: Self.csvWithMalformedRow4)
        let broken = await harness.run(concurrency: 2)
        let error = try #require(broken.error)
        #expect(error.kind == .input)
        #expect(error.line == 5)
        #expect(error.row == 4)
        #expect(broken.lines == (1...3).map(line))
        #expect(broken.performed.sorted() == [1, 2, 3])

        harness.csvPath = try harness.directory.write("rows.csv", RunnerHarness.csv(rows: 6))
        let fixed = await harness.run(concurrency: 2)
        #expect(fixed.lines == (1...6).map(line))
        #expect(fixed.performed.sorted() == [4, 5, 6])
        #expect(fixed.summary == BulkSummary(rowCount: 6, succeeded: 6, replayed: 3))
    }

    /// Makes a FIFO in `directory` and writes `text` into it from a thread once the run opens it.
    private static func fifo(in directory: TemporaryDirectory, feeding text: String) throws -> String {
        let fifo = directory.path("rows-\(UUID().uuidString).fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        let bytes = Array(text.utf8)
        // A thread, not a task: opening a FIFO blocks until the other end opens, and that must not hold up the
        // cooperative pool the run needs.
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return }
            _ = writeAll(descriptor, bytes)
            close(descriptor)
        }
        writer.start()
        return fifo
    }

    // MARK: - Resume

    @Test func resumeAfterACrashReplaysFinishedRowsAndNeverResendsTheRowInFlight() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 8))
        let journalPath = try #require(harness.journalPath)
        let crashPath = harness.directory.path("crashed.jsonl")

        // Run 1: row 3 hangs. With a window of 3, rows 4 and 5 finish but wait behind it, and row 6 cannot start:
        // the journal gets its header, rows 1 to 5 started and the outcomes of rows 1, 2, 4 and 5, ten records, and
        // nothing more while row 3 hangs. The journal's hook runs on the run's task before each record is written, so
        // row 3 is let go as the tenth is written, and the "crash" copy is taken as the eleventh, row 3's outcome, is
        // about to be: the journal a kill at that moment would leave.
        var hooks = RunnerHarness.quietHooks
        let records = Locked(0)
        let rowThree = Latch()
        let crashed = Locked<String?>(nil)
        hooks.journalWriteFailure = {
            switch records.withLock({
                $0 += 1; return $0
            }) {
            case 10: rowThree.open()
            case 11: crashed.withLock { $0 = try? String(contentsOfFile: journalPath, encoding: .utf8) }
            default: break
            }
            return nil
        }
        let first = await harness.run(concurrency: 3, hooks: hooks) { row in
            if row.number == 3 {
                await rowThree.wait()
            }
            return RunnerHarness.echo(row)
        }
        #expect(first.performed.sorted() == Array(1...8))
        let journal = try #require(crashed.current)
        try harness.directory.write("crashed.jsonl", journal)
        #expect(journal.split(separator: "\n").count == 10)
        #expect(journal.contains(#""outcome":{"row":4"#) && journal.contains(#""outcome":{"row":5"#))
        #expect(journal.contains(#"{"row":3,"#) && !journal.contains(#""outcome":{"row":3"#))
        #expect(!journal.contains(#"{"row":6,"#))

        // Run 2 resumes from the crash: replays 1, 2, 4, 5; row 3 is unfinished, so it is reported, not sent; sends
        // only 6, 7, 8.
        var resumed = harness
        resumed.journalPath = crashPath
        let second = await resumed.run(concurrency: 3) { row in RunnerHarness.echo(row) }
        #expect(second.performed.sorted() == [6, 7, 8])
        let inDoubt = #"{"row":3,"in_doubt":true}"#
        #expect(second.lines == [line(1), line(2), inDoubt, line(4), line(5), line(6), line(7), line(8)])
        #expect(second.summary == BulkSummary(rowCount: 8, succeeded: 7, failed: 1, replayed: 4, exitCode: 4))

        // Run 3 sends nothing and prints the same lines; row 3 is still unfinished, as no run recorded an outcome.
        let third = await resumed.run(concurrency: 2) { row in
            Issue.record("row \(row.number) was sent again")
            return RunnerHarness.echo(row)
        }
        if case .failure(let error) = third.result {
            Issue.record("run 3 failed: \(error)")
        }
        #expect(third.performed.isEmpty)
        #expect(third.lines == second.lines)
        #expect(third.summary == BulkSummary(rowCount: 8, succeeded: 7, failed: 1, replayed: 7, exitCode: 4))
    }

    @Test func thePlanDecidesWhatTheJournalRecords() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 3))
        var hooks = RunnerHarness.quietHooks
        hooks.wallClock = { 1_796_400_000 }
        let plans: [Int: BulkRowPlan] = [1: .send, 2: .query, 3: .report]
        let first = await harness.run(hooks: hooks, plan: { row, _ in plans[row.number]! })
        #expect(first.performed == [1, 2, 3])
        let journal = try harness.journalLines()
        #expect(journal.count == 4)
        #expect(journal[1].hasPrefix(#"{"row":1,"#) && journal[1].hasSuffix(#""state":"started"}"#))
        #expect(journal[2].hasPrefix(#"{"row":1,"#) && journal[2].hasSuffix(#","exit":0,"at":1796400000}"#))
        #expect(journal[3].hasPrefix(#"{"row":2,"#) && journal[3].hasSuffix(#","exit":0,"at":1796400000}"#))

        // The next run sees rows 1 and 2 finished at that time, and row 3 as never started.
        let seen = Locked<[BulkRowHistory]>([])
        let second = await harness.run(plan: { _, history in
            seen.withLock { $0.append(history) }
            return .replay
        })
        let recorded = { (row: Int) in
            BulkRowHistory.finished(RunnerHarness.echo(BulkRow(number: row, line: row + 1, fields: [
                "phones": "7999000000\(row)"
            ])), at: 1_796_400_000)
        }
        #expect(seen.current == [recorded(1), recorded(2), .notStarted])
        #expect(second.performed == [3], "a replay of a row with nothing recorded reports it")
        #expect(second.lines == first.lines)
        #expect(try harness.journalLines().count == 5, "a run that only replays and reports adds its header only")
    }

    @Test func aQueriedRowsLatestOutcomeIsTheOneReplayed() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 2))
        let answer: @Sendable (BulkRow, String) -> BulkOutcome = { row, text in
            BulkOutcome(output: .object([("row", .number(String(row.number))), ("status", .string(text))]), exitCode: 0)
        }
        _ = await harness.run(perform: { answer($0, "waiting") }, plan: { _, _ in .query })
        // Only row 2 is asked again.
        let second = await harness.run(
            perform: { answer($0, "delivered") },
            plan: { row, _ in row.number == 2 ? .query : .replay }
        )
        #expect(second.performed == [2])
        let third = await harness.run(
            perform: { row in
                Issue.record("row \(row.number) was performed")
                return answer(row, "?")
            },
            plan: { _, _ in .replay }
        )
        #expect(third.lines == [#"{"row":1,"status":"waiting"}"#, #"{"row":2,"status":"delivered"}"#])
        #expect(third.summary == BulkSummary(rowCount: 2, succeeded: 2, replayed: 2))
    }

    @Test func aRowsStableKeyIsTheSameInEveryRunAndDiffersBetweenRows() async throws {
        let harness = try RunnerHarness(csv: "phones,message\n79990000001,same\n79990000001,same\n")
        let keys = Locked<[String]>([])
        for _ in 1...2 {
            _ = await harness.run(
                perform: { row in
                    keys.withLock { $0.append(row.stableKey) }
                    return RunnerHarness.echo(row)
                },
                plan: { _, _ in .report }
            )
        }
        #expect(keys.current.count == 4)
        #expect(keys.current[0] == keys.current[2] && keys.current[1] == keys.current[3])
        #expect(keys.current[0] != keys.current[1], "identical rows are different rows")
        #expect(keys.current.allSatisfy { $0.count == 64 })
    }

    @Test func resumeWithAnEditedRowIsRefusedBeforeSendingAnything() async throws {
        var harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 3))
        _ = await harness.run()
        let edited =
            RunnerHarness.csv(rows: 3).replacingOccurrences(of: "message 2", with: "changed")
            + "79990000004,new row\n"
        harness.csvPath = try harness.directory.write("rows.csv", edited)
        let record = await harness.run()
        let error = try #require(record.error)
        #expect(error.kind == .journal)
        #expect(error.exitCode == 64)
        #expect(error.row == 2)
        #expect(error.line == 3)
        #expect(error.file == harness.csvPath)
        #expect(error.message.contains("row 2 is not the row that"))
        #expect(record.performed.isEmpty, "the new row must not be sent while the file does not match")
        #expect(record.lines == [line(1)])
    }

    /// A row left in doubt (started, no outcome: it may have been delivered) is held to the content it was started
    /// with, as a finished row is: edited, it stops the resumed run before anything is sent or journaled for it, so
    /// an edit cannot turn a row that may have gone out into a new row that is sent. Restored, it is reported in doubt
    /// and still not sent.
    @Test func resumeWithAnInDoubtRowEditedIsRefusedAndTheRowIsNeverSent() async throws {
        var harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 4))
        _ = await harness.run(concurrency: 1)
        // What a crash while row 2 was in flight leaves: row 1 finished, row 2's started record and no outcome.
        let journal = try harness.journalLines()
        try #require(journal.count == 9)
        #expect(journal[3].contains(#""row":2,"#) && journal[3].contains(#""state":"started""#))
        let crashed = journal.prefix(4).joined(separator: "\n") + "\n"
        try harness.directory.write("journal.jsonl", crashed)

        let original = RunnerHarness.csv(rows: 4)
        let edited = original.replacingOccurrences(of: "message 2\n", with: "message 2 (corrected)\n")
        try #require(edited != original)
        harness.csvPath = try harness.directory.write("edited.csv", edited)
        let refused = await harness.run(concurrency: 1)
        let error = try #require(refused.error)
        #expect(error.kind == .journal)
        #expect(error.exitCode == 64)
        #expect(error.row == 2)
        #expect(error.line == 3)
        #expect(error.file == harness.csvPath)
        let journalPath = try #require(harness.journalPath)
        #expect(error.message.contains("row 2 is not the row that \(journalPath) recorded on line 4"))
        #expect(refused.performed.isEmpty, "neither the edited row nor the rows after it may be sent")
        #expect(refused.lines == [line(1)])
        // The refused run journaled no outcome for the row, so it stays in doubt for the next run.
        let afterRefusal = try harness.journalLines()
        #expect(Array(afterRefusal.prefix(4)) == Array(journal.prefix(4)))
        #expect(!afterRefusal.dropFirst(4).contains { $0.hasPrefix(#"{"row":"#) }, "\(afterRefusal)")

        // With the file restored the row is reported in doubt, not sent; the rows after it are sent.
        harness.csvPath = try harness.directory.write("rows.csv", original)
        let resumed = await harness.run(concurrency: 1)
        #expect(resumed.error == nil)
        #expect(resumed.performed == [3, 4])
        #expect(
            resumed.summary == BulkSummary(rowCount: 4, succeeded: 3, failed: 1, replayed: 1, exitCode: 4)
        )
        #expect(resumed.lines[1] == #"{"row":2,"in_doubt":true}"#)
    }

    @Test func addingAnEmptyOptionalColumnDoesNotMakeRowsLookEdited() async throws {
        var harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 3))
        let first = await harness.run()
        // The CLI treats an empty cell as an absent column: the same rows, so they are replayed, not refused.
        let withEmptyColumn = RunnerHarness.csv(rows: 3).replacingOccurrences(of: "\n", with: ",\n")
            .replacingOccurrences(of: "phones,message,", with: "phones,message,sender")
        harness.csvPath = try harness.directory.write("rows.csv", withEmptyColumn)
        let second = await harness.run { row in
            Issue.record("row \(row.number) was sent again")
            return RunnerHarness.echo(row)
        }
        #expect(second.error == nil)
        #expect(second.lines == first.lines)
        #expect(second.summary == BulkSummary(rowCount: 3, succeeded: 3, replayed: 3))

        // A value in the new column is an edit.
        harness.csvPath = try harness.directory.write(
            "rows.csv",
            withEmptyColumn.replacingOccurrences(of: "message 2,", with: "message 2,Shop")
        )
        let edited = await harness.run()
        #expect(edited.error?.row == 2)
        #expect(edited.error?.message.contains("row 2 is not the row that") == true)
    }

    @Test func journalOfAnotherCommandIsRefusedAndLeftUntouched() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 2))
        _ = await harness.run()
        let before = try harness.directory.read("journal.jsonl")
        let record = await harness.run(identity: "send https://smsc.ru/sys/soap.php login=bob")
        let error = try #require(record.error)
        #expect(error.kind == .journal)
        #expect(error.line == 1)
        #expect(error.message.contains("another command (send https://smsc.ru/sys/soap.php login=alex)"))
        #expect(record.performed.isEmpty)
        #expect(try harness.directory.read("journal.jsonl") == before)
    }

    @Test func resumeWithMoreRowsAndADifferentConcurrency() async throws {
        var harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 10))
        let first = await harness.run(concurrency: 6)
        harness.csvPath = try harness.directory.write("rows.csv", RunnerHarness.csv(rows: 14))
        let second = await harness.run(concurrency: 1)
        #expect(second.lines == (1...14).map(line))
        #expect(second.performed == [11, 12, 13, 14])
        #expect(Array(second.lines.prefix(10)) == first.lines)
    }

    // MARK: - A failure that stops the run

    @Test func outcomeThatStopsTheRunLetsRowsInFlightFinishAndLeavesTheRestToARerun() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 8))
        let stopping = BulkOutcome(
            output: .object([("error", .object([("kind", .string("authentication")), ("code", .number("2"))]))]),
            exitCode: 77,
            stopsRun: true
        )
        let first = await harness.run(concurrency: 3) { row in
            if row.number == 3 { return stopping }
            // Rows 1 and 2 are still in flight when row 3 stops the run: they finish and are printed.
            try? await Task.sleep(for: .milliseconds(100))
            return RunnerHarness.echo(row)
        }
        #expect(first.performed.sorted() == [1, 2, 3], "no row starts after the stopping one")
        #expect(first.lines == [line(1), line(2), stopping.output.serialized])
        #expect(first.summary == BulkSummary(rowCount: 3, succeeded: 2, failed: 1, exitCode: 77, stoppedAtRow: 3))
        let journal = try harness.journalLines()
        #expect(journal.count == 1 + 3 * 2, "a header, and rows 1 to 3 started and finished")
        #expect(journal.contains { $0.contains(#"{"row":3,"#) && $0.contains(#""exit":77"#) })
        #expect(!journal.contains { $0.contains(#"{"row":4,"#) }, "rows not started stay unjournaled")

        // The rerun replays row 3's failure without stopping, and sends the rows that were not started.
        let second = await harness.run(concurrency: 3)
        #expect(second.performed.sorted() == Array(4...8))
        #expect(second.lines == [line(1), line(2), stopping.output.serialized] + (4...8).map(line))
        #expect(second.summary == BulkSummary(rowCount: 8, succeeded: 7, failed: 1, replayed: 3, exitCode: 77))
    }

    @Test func replayedOutcomesNeverStopTheRun() async throws {
        // Every row of the first run stops it on its own; replaying them must not stop the second.
        var harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 2))
        let first = await harness.run(concurrency: 1) { row in
            BulkOutcome(output: .string("blocked \(row.number)"), exitCode: 5, stopsRun: true)
        }
        #expect(first.summary?.stoppedAtRow == 1)
        #expect(first.performed == [1])
        let second = await harness.run(concurrency: 1) { row in
            BulkOutcome(output: .string("blocked \(row.number)"), exitCode: 5, stopsRun: true)
        }
        #expect(second.performed == [2], "the replayed row 1 did not stop the run")
        #expect(second.summary == BulkSummary(rowCount: 2, failed: 2, replayed: 1, exitCode: 5, stoppedAtRow: 2))

        harness.csvPath = try harness.directory.write("rows.csv", RunnerHarness.csv(rows: 4))
        let third = await harness.run(concurrency: 1)
        #expect(third.performed == [3, 4])
        #expect(third.lines.prefix(2) == [#""blocked 1""#, #""blocked 2""#])
        #expect(third.summary == BulkSummary(rowCount: 4, succeeded: 2, failed: 2, replayed: 2, exitCode: 5))
    }

    @Test func whenRowsInFlightAlsoStopTheRunTheFirstInInputOrderIsReported() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 6), journal: false)
        let record = await harness.run(concurrency: 2) { row in
            // Row 2 stops the run first; row 1, still in flight, then stops it too.
            if row.number == 1 {
                try? await Task.sleep(for: .milliseconds(100))
            }
            return BulkOutcome(
                output: .string("unreachable \(row.number)"), exitCode: Int32(70 + row.number), stopsRun: true)
        }
        #expect(record.performed.sorted() == [1, 2])
        #expect(record.summary == BulkSummary(rowCount: 2, failed: 2, exitCode: 71, stoppedAtRow: 1))
    }

    // MARK: - Interruption

    /// What the `smsc` tool's first SIGINT or SIGTERM does, driven directly: the tool's signal handler cancels the
    /// run's task, which the runner turns into a stop request.
    @Test func stopRequestLetsRowsInFlightFinishAndResumesWhereItStopped() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 12))
        let stop = StopRequest()
        var hooks = RunnerHarness.quietHooks
        hooks.stopRequest = stop
        // Rows 1 to 3 fill the window and wait for the test: the stop comes while every one of them is in flight.
        let gates = Locked<[CheckedContinuation<Void, Never>]>([])
        let (started, startedRows) = AsyncStream.makeStream(of: Int.self)
        let firstRun = Task {
            await harness.run(concurrency: 3, hooks: hooks) { row in
                await withCheckedContinuation { continuation in
                    gates.withLock { $0.append(continuation) }
                    startedRows.yield(row.number)
                }
                return RunnerHarness.echo(row)
            }
        }
        var inFlight: [Int] = []
        for await row in started {
            inFlight.append(row)
            if inFlight.count == 3 { break }
        }
        stop.request()
        gates.withLock { gates in
            gates.forEach { $0.resume() }
            gates.removeAll()
        }
        let first = await firstRun.value
        startedRows.finish()
        #expect(inFlight.sorted() == [1, 2, 3])
        #expect(first.summary == BulkSummary(rowCount: 3, succeeded: 3, interrupted: true, exitCode: 130))
        #expect(first.performed.sorted() == [1, 2, 3], "no row starts after the stop")
        #expect(first.lines == (1...3).map(line), "every row in flight finished and was printed")
        let journal = try harness.journalLines()
        #expect(journal.count == 1 + 3 * 2, "a header, and rows 1 to 3 started and finished")
        #expect(!journal.contains { $0.contains(#"{"row":4,"#) }, "rows not started stay unjournaled")

        let second = await harness.run(concurrency: 3)
        #expect(second.lines == (1...12).map(line))
        #expect(second.performed.sorted() == Array(4...12))
        #expect(second.summary == BulkSummary(rowCount: 12, succeeded: 12, replayed: 3))
    }

    @Test func cancellingTheRunStopsStartingRowsAndLetsRowsInFlightFinishUncancelled() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 50))
        let started = Locked<[Int]>([])
        let finished = Locked<[Int]>([])
        let sawCancellation = Locked<[Int]>([])
        let cancelled = Locked(false)
        let task = Task {
            await harness.run(concurrency: 2) { row in
                started.withLock { $0.append(row.number) }
                // Rows 3 and 4 are in flight when the caller is cancelled, and keep working after it.
                if row.number >= 3 {
                    while !cancelled.current {
                        await Task.yield()
                    }
                }
                do {
                    // Throws CancellationError if the row's task was cancelled with the caller's.
                    try await Task.sleep(for: .milliseconds(20))
                } catch {
                    sawCancellation.withLock { $0.append(row.number) }
                }
                if Task.isCancelled {
                    sawCancellation.withLock { $0.append(row.number) }
                }
                finished.withLock { $0.append(row.number) }
                return RunnerHarness.echo(row)
            }
        }
        while started.current.count < 4 {
            try await Task.sleep(for: .milliseconds(1))
        }
        task.cancel()
        cancelled.withLock { $0 = true }
        let record = await task.value

        #expect(sawCancellation.current.isEmpty, "rows in flight must not be cancelled")
        #expect(started.current.sorted() == [1, 2, 3, 4], "no row starts after the cancellation")
        #expect(finished.current.sorted() == started.current.sorted(), "every started row completed")
        #expect(record.summary == BulkSummary(rowCount: 4, succeeded: 4, interrupted: true, exitCode: 130))
        #expect(record.lines == (1...4).map(line))

        // Every row in flight was journaled as finished: the resume sends the rest and finds nothing in doubt.
        let resumed = await harness.run(concurrency: 2)
        #expect(resumed.performed.sorted() == Array(5...50))
        #expect(resumed.summary == BulkSummary(rowCount: 50, succeeded: 50, replayed: 4))
    }

    @Test func cancellingBeforeTheRunStartsSendsNothing() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 3))
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await harness.run()
        }
        let record = await task.value
        #expect(record.performed.isEmpty)
        #expect(record.summary == BulkSummary(interrupted: true, exitCode: 130))
    }

    // MARK: - Public API

    @Test func publicAPIRunsWithDefaultSettingsAndLeavesSignalsAlone() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 3))
        let runner = BulkRunner(
            configuration: .init(
                csvPath: harness.csvPath,
                requiredColumns: ["phones", "message"],
                journalPath: harness.journalPath,
                commandIdentity: RunnerHarness.identity
            )
        )
        let before = Self.signalDispositions()
        let during = Locked<[[Int]]>([])
        let lines = Locked<[String]>([])
        let summary = try await runner.run(
            perform: { row, _ in
                during.withLock { $0 = Self.signalDispositions() }
                return RunnerHarness.echo(row, exitCode: row.number == 3 ? 5 : 0)
            },
            emit: { emitted in lines.withLock { $0.append(contentsOf: emitted.map(\.output.serialized)) } }
        )
        #expect(summary == BulkSummary(rowCount: 3, succeeded: 2, failed: 1, exitCode: 5))
        #expect(lines.current.count == 3)
        #expect(during.current == before, "a library installs no signal handlers; the executable does")
        await #expect(throws: BulkError.self) {
            _ = try await BulkRunner(
                configuration: .init(csvPath: harness.csvPath, requiredColumns: ["phone"], commandIdentity: "x")
            ).run(perform: { row, _ in RunnerHarness.echo(row) }, emit: { _ in })
        }
    }

    /// The handler (as an address: `SIG_DFL` is 0) and the flags of SIGINT's and SIGTERM's `sigaction`, to compare
    /// before and during a run.
    private static func signalDispositions() -> [[Int]] {
        [SIGINT, SIGTERM].map { signal in
            var action = sigaction()
            sigaction(signal, nil, &action)
            #if canImport(Glibc)
            let handler = unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
            #else
            let handler = unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self)
            #endif
            return [handler, Int(action.sa_flags)]
        }
    }

    // MARK: - Progress

    @Test func progressOverAPipeReadsEveryRowOnceAndDrawsNoTotal() async throws {
        // A pipe cannot be read twice: counting its rows up front would take them from the run.
        let rows = 5_000
        var harness = try RunnerHarness(csv: "", journal: false)
        let fifo = harness.directory.path("rows.fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        harness.csvPath = fifo
        let text = Array(RunnerHarness.csv(rows: rows).utf8)
        // A thread, not a task: opening a FIFO blocks until the other end opens, and that must not hold up the
        // cooperative pool the run needs.
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return }
            // Several writes, each smaller than the pipe's buffer, so the run reads while the writer still writes.
            var offset = 0
            while offset < text.count {
                let end = min(offset + 4096, text.count)
                _ = writeAll(descriptor, Array(text[offset..<end]))
                offset = end
            }
            close(descriptor)
        }
        writer.start()

        let written = Locked("")
        var hooks = RunnerHarness.quietHooks
        hooks.writeProgress = { text in written.withLock { $0 += text } }
        let mismatches = Locked<[String]>([])
        let record = await harness.run(concurrency: 4, hooks: hooks, showsProgress: true) { row in
            let phones = "7999\(String(format: "%07d", row.number))"
            if row["phones"] != phones || row["message"] != "message \(row.number)" {
                mismatches.withLock { $0.append("row \(row.number): \(row.fields)") }
            }
            return RunnerHarness.echo(row)
        }
        // Counts and first differences rather than whole arrays: a failure here would otherwise print 5,000 rows.
        #expect(record.summary == BulkSummary(rowCount: rows, succeeded: rows))
        let performed = record.performed.sorted()
        #expect(performed.count == rows, "every row performed exactly once")
        #expect(performed.indices.first { performed[$0] != $0 + 1 } == nil, "no row skipped or repeated")
        #expect(mismatches.current.isEmpty, "\(mismatches.current.prefix(3))")
        #expect(record.lines.count == rows)
        #expect(record.lines.indices.first { record.lines[$0] != line($0 + 1) } == nil)
        let output = written.current
        #expect(output.hasPrefix("\r0 rows"))
        #expect(output.hasSuffix("\r\(rows) rows\n"))
        #expect(!output.contains("/"), "no total is known for a pipe")
    }

    @Test func drawsProgressOnlyWhenAsked() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 3), journal: false)
        let written = Locked("")
        var hooks = RunnerHarness.quietHooks
        hooks.writeProgress = { text in written.withLock { $0 += text } }
        _ = await harness.run(hooks: hooks, showsProgress: false)
        #expect(written.current.isEmpty)

        let record = await harness.run(hooks: hooks, showsProgress: true) { row in
            RunnerHarness.echo(row, exitCode: row.number == 2 ? 1 : 0)
        }
        #expect(record.summary?.failed == 1)
        let output = written.current
        #expect(output.hasPrefix("\r[..............................] 0/3 rows"))
        #expect(output.hasSuffix("\r[##############################] 3/3 rows  1 failed\n"))
    }
}
