import Foundation
import SMSCSandbox
import Testing

/// `smsc status --csv --journal` with `--repoll` and `--until-final`, against a sandbox whose clock the test drives:
/// messages stay waiting until the test moves the clock past their delivery.
struct StatusRepollTests {
    private struct Line {
        var row: Int
        var outcome: String
        var final: Bool?
        var status: Int?

        init(_ text: String) throws {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            row = try #require(object["row"] as? Int)
            outcome = try #require(object["outcome"] as? String)
            final = object["final"] as? Bool
            status = (object["result"] as? [String: Any])?["status"] as? Int
        }
    }

    /// A sandbox on a manual clock with three messages sent, and a status CSV file naming them.
    private func withThreeWaitingMessages(
        _ body: (SandboxServer, SandboxManualClock, _ run: [String]) async throws -> Void
    ) async throws {
        let clock = SandboxManualClock()
        var configuration = SandboxConfiguration()
        configuration.clock = clock.clock
        try await withSandboxServer(configuration: configuration) { sandbox in
            let tag = UUID().uuidString.prefix(8)
            var csv = "phone,id\n"
            for row in 1...3 {
                let phone = "7999000\(3000 + row)"
                let sent = try await CommandRunner.run(
                    ["send", "--phones", phone, "--message", "repoll \(tag) \(row)", "--id", "repoll-\(tag)-\(row)"]
                        + Fixtures.demo(sandbox.endpoint))
                try #require(sent.status == 0)
                csv += "\(phone),repoll-\(tag)-\(row)\n"
            }
            let file = try Fixtures.temporaryFile("status.csv", csv)
            let journal = try Fixtures.temporaryPath("journal.jsonl")
            try await body(sandbox, clock, ["status", "--csv", file, "--journal", journal] + Fixtures.demo(sandbox.endpoint))
        }
    }

    @Test
    func repollAsksAgainOnlyAboutRowsThatAreNotFinal() async throws {
        try await withThreeWaitingMessages { sandbox, clock, run in
            let first = try await CommandRunner.run(run)
            #expect(first.status == 0)
            let waiting = try first.lines.map(Line.init)
            #expect(waiting.map(\.final) == [false, false, false])
            #expect(waiting.map(\.status) == [-1, -1, -1])

            // Without --repoll a rerun prints the journal: only the preflight reaches the sandbox.
            var requests = sandbox.requestCount
            let replayed = try await CommandRunner.run(run)
            #expect(replayed.lines == first.lines)
            #expect(sandbox.requestCount == requests + 1)

            clock.advance(by: 11)
            requests = sandbox.requestCount
            let repolled = try await CommandRunner.run(run + ["--repoll", "--repoll-after", "1"])
            #expect(repolled.status == 0)
            let delivered = try repolled.lines.map(Line.init)
            #expect(delivered.map(\.final) == [true, true, true])
            #expect(delivered.map(\.status) == [1, 1, 1])
            #expect(sandbox.requestCount == requests + 1 + 3, "the preflight and one query per row")

            // Every row is final now: --repoll asks nothing.
            requests = sandbox.requestCount
            let again = try await CommandRunner.run(run + ["--repoll", "--repoll-after", "1"])
            #expect(again.lines == repolled.lines)
            #expect(sandbox.requestCount == requests + 1)
        }
    }

    @Test
    func untilFinalRepeatsPassesUntilEveryRowIsFinalAndPrintsTheLastStatuses() async throws {
        try await withThreeWaitingMessages { sandbox, clock, run in
            let first = try await CommandRunner.run(run)
            #expect(try first.lines.map(Line.init).map(\.final) == [false, false, false])
            let requests = sandbox.requestCount
            let running = try RunningCommand(run + ["--until-final", "60", "--repoll-after", "1"])
            // The first pass asks about the three rows (after the preflight) and finds them still waiting; then the
            // messages are delivered, and the next pass finds them final.
            while sandbox.requestCount < requests + 1 + 3 {
                try await Task.sleep(for: .milliseconds(20))
            }
            clock.advance(by: 11)
            let result = try await running.result()
            #expect(result.status == 0, "\(result.stderr)")
            let lines = try result.lines.map(Line.init)
            #expect(lines.map(\.row) == [1, 2, 3], "one line per row, printed once at the end")
            #expect(lines.map(\.final) == [true, true, true])
            #expect(lines.map(\.status) == [1, 1, 1])
        }
    }

    @Test
    func untilFinalStopsAtItsDeadlineAndSaysHowManyRowsAreNotFinal() async throws {
        try await withThreeWaitingMessages { _, _, run in
            _ = try await CommandRunner.run(run)
            let result = try await CommandRunner.run(run + ["--until-final", "2", "--repoll-after", "1"])
            #expect(result.status == 75)
            #expect(try result.lines.map(Line.init).map(\.final) == [false, false, false])
            #expect(result.stderr.hasPrefix("smsc: 3 rows are still not final after "))
        }
    }

    @Test
    func repollingNeedsAJournalAndKeepsToTheServicesLimitAgainstItsHosts() async throws {
        let file = try Fixtures.temporaryFile("status.csv", "phone,id\n79990000001,1\n")
        let noJournal = try await CommandRunner.run(
            ["status", "--csv", file, "--repoll", "--login", "a", "--password", "b"])
        #expect(noJournal.status == 64)
        #expect(noJournal.stderr.contains("read the last statuses from --journal"))
        let journal = try Fixtures.temporaryPath("journal.jsonl")
        let tooOften = try await CommandRunner.run(
            ["status", "--csv", file, "--journal", journal, "--repoll", "--repoll-after", "5", "--login", "a",
             "--password", "b"])
        #expect(tooOften.status == 64)
        #expect(tooOften.stderr.contains("--repoll-after 5 is below 12"))
    }
}
