import Foundation
import SMSC
import SMSCSandbox
import Testing

/// `smsc send --csv --journal --settle [--send-missing]` against the sandbox with faults: what settling records for
/// each row must be what the sandbox itself recorded for that message.
struct BulkSettleTests {
    /// A row of a bulk line, read back.
    private struct Line {
        var row: Int
        var outcome: String
        var sent: Bool?
        var settledBy: String?

        init(_ text: String) throws {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            row = try #require(object["row"] as? Int)
            outcome = try #require(object["outcome"] as? String)
            sent = object["sent"] as? Bool
            settledBy = object["settled_by"] as? String
        }
    }

    private static func phone(_ row: Int) -> String { "7999000\(String(format: "%04d", 2000 + row))" }

    /// Sends and status queries fail often, in every way that leaves a send in doubt (acted on, then the reply is
    /// lost) or not (refused before acting); the preflight's get_balance is left alone so that every run starts.
    private static let faults = SandboxFaultInjection(
        rates: [.resetAfterProcessing: 0.3, .truncatedReply: 0.2, .badGateway: 0.1, .resetBeforeProcessing: 0.1],
        operations: [.sendSMS, .getStatus],
        seed: 21
    )

    @Test
    func settledOutcomesEqualTheSandboxsRecordOfEachMessageAndSendingTheMissingOnesSendsEachOnce() async throws {
        var configuration = SandboxConfiguration()
        configuration.faults = Self.faults
        try await withSandboxServer(configuration: configuration) { sandbox in
            let tag = Fixtures.uniqueText("settle")
            let rows = 60
            let text = { (row: Int) in "\(tag) \(row)" }
            var csv = "phones,message\n"
            for row in 1...rows { csv += "\(Self.phone(row)),\(text(row))\n" }
            let file = try Fixtures.temporaryFile("rows.csv", csv)
            let journal = try Fixtures.temporaryPath("journal.jsonl")
            let run =
                ["send", "--csv", file, "--journal", journal, "--generate-ids", "--timeout", "5"]
                + Fixtures.demo(sandbox.endpoint)

            let first = try await CommandRunner.run(run)
            let sent = try first.lines.map(Line.init)
            #expect(sent.map(\.row) == Array(1...rows))
            let inDoubt = sent.filter { $0.outcome == "in_doubt" }
            #expect(!inDoubt.isEmpty, "the faults leave some sends in doubt")
            #expect(inDoubt.allSatisfy { $0.sent == nil })
            #expect(first.status == 4 || first.status == 1)
            #expect(first.stderr.contains("of them may have been sent: settle them with `smsc send --settle`"))

            // Settling sends nothing; its own get_status checks fail too, so it may take a few runs.
            var settled = sent
            for _ in 1...10 where settled.contains(where: { $0.outcome == "in_doubt" }) {
                let result = try await CommandRunner.run(run + ["--settle"])
                settled = try result.lines.map(Line.init)
                #expect(settled.count == rows)
            }
            #expect(!settled.contains { $0.outcome == "in_doubt" }, "every row with an id can be settled")
            for line in settled {
                let accepted = sandbox.timesAccepted(text(line.row), to: Self.phone(line.row))
                #expect(accepted == (line.sent == true ? 1 : 0), "row \(line.row): \(line)")
            }
            for row in inDoubt.map(\.row) {
                #expect(settled[row - 1].settledBy == "get_status", "row \(row) was settled by a check")
            }

            // Sending the missing rows sends each exactly once, under the same faults.
            var final = settled
            for _ in 1...10 where final.contains(where: { $0.sent != true }) {
                let result = try await CommandRunner.run(run + ["--settle", "--send-missing"])
                final = try result.lines.map(Line.init)
            }
            #expect(final.allSatisfy { $0.sent == true && $0.outcome == "ok" })
            for row in 1...rows {
                #expect(sandbox.timesAccepted(text(row), to: Self.phone(row)) == 1, "row \(row) was sent once")
            }
        }
    }

    @Test
    func settlingARunThatWasKilledMidRowFindsWhatTheSandboxAccepted() async throws {
        // Every send is acted on and its reply held back, so the run is killed with rows in flight, some of them
        // already accepted.
        var configuration = SandboxConfiguration()
        configuration.faults = SandboxFaultInjection(
            rates: [.delayedReply: 1],
            operations: [.sendSMS],
            replyDelay: .seconds(60),
            seed: 1
        )
        try await withSandboxServer(configuration: configuration) { sandbox in
            let tag = Fixtures.uniqueText("killed")
            let text = { (row: Int) in "\(tag) \(row)" }
            var csv = "phones,message,id\n"
            for row in 1...4 { csv += "\(Self.phone(row)),\(text(row)),killed-\(row)\n" }
            let file = try Fixtures.temporaryFile("rows.csv", csv)
            let journal = try Fixtures.temporaryPath("journal.jsonl")
            let run =
                ["send", "--csv", file, "--journal", journal, "--concurrency", "2"] + Fixtures.demo(sandbox.endpoint)

            let running = try RunningCommand(run)
            // Rows 1 and 2 are in flight; wait until the sandbox has accepted row 1, then kill the run.
            while sandbox.timesAccepted(text(1), to: Self.phone(1)) == 0 {
                try await Task.sleep(for: .milliseconds(20))
            }
            running.kill(SIGKILL)
            _ = try await running.result()

            let resumed = try await CommandRunner.run(run + ["--settle"])
            let lines = try resumed.lines.map(Line.init)
            #expect(lines.count == 4)
            #expect(lines[0].outcome == "ok" && lines[0].sent == true && lines[0].settledBy == "get_status")
            for line in lines {
                let accepted = sandbox.timesAccepted(text(line.row), to: Self.phone(line.row))
                #expect(accepted == (line.sent == true ? 1 : 0), "row \(line.row): \(line)")
            }
            // Rows 3 and 4 were never started: settling reports them and sends nothing.
            #expect(lines[2].outcome == "failed" && lines[2].sent == false)
            #expect(resumed.stdout.contains(#""kind":"not_started""#))
        }
    }
}
