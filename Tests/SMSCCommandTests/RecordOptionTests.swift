import Foundation
import SMSC
import SMSCSandbox
import SMSCTesting
import Testing

/// `--record DIR` writes every exchange of a command, bulk runs included, in the fixture format SMSCTesting
/// replays, with the credentials masked.
struct RecordOptionTests {
    static let password = "record-pw-77"
    /// Messages stay "waiting" for an hour, so the status read back does not depend on how fast a loaded machine
    /// runs the commands.
    static let sandbox = SandboxConfiguration(
        accounts: [SandboxAccount(login: "alex", password: password, balance: 500)],
        deliveryTimeline: .init(transferredAfter: .seconds(3600), deliveredAfter: .seconds(7200))
    )

    @Test func eachCommandsExchangeIsRecordedAndReplays() async throws {
        let directory = try Fixtures.temporaryPath("recorded")
        try await withSandboxServer(configuration: Self.sandbox) { server in
            let environment = ["SMSC_ENDPOINT": server.endpoint, "SMSC_LOGIN": "alex", "SMSC_PASSWORD": Self.password]
            for arguments in [
                ["balance"],
                ["send", "--phones", "79990000001", "--message", "Recorded", "--id", "rec-1"],
                ["cost", "--phones", "79990000001", "--message", "Recorded"],
                ["status", "--phone", "79990000001", "--id", "rec-1"],
            ] {
                let result = try await CommandRunner.run(arguments + ["--record", directory], environment: environment)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["001-balance.http", "002-send.http", "003-cost.http", "004-status.http"])
        for name in names {
            #expect(!(try String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8)).contains(Self.password))
        }
        // Replayed with no server: the library makes the same calls and gets the recorded answers.
        let replay = try SMSCReplayTransport(directory: directory)
        let client = try SMSCClient(credentials: .login("alex", password: "unused"), transport: replay)
        #expect(try await client.balance().amount == 500)
        #expect(try await client.send("Recorded", to: ["79990000001"], id: "rec-1").id == "rec-1")
        #expect(try await client.cost(of: "Recorded", to: ["79990000001"]).messageCount == 1)
        #expect(try await client.status(phone: "79990000001", id: "rec-1").deliveryStatus == .waiting)
        try replay.verify()
    }

    @Test func aBulkRunRecordsItsCheckAndEveryRow() async throws {
        let directory = try Fixtures.temporaryPath("bulk")
        let rows = try Fixtures.temporaryFile(
            "rows.csv", "phones,message,id\n79990000002,row one,b1\n79990000003,row two,b2\n")
        try await withSandboxServer(configuration: Self.sandbox) { server in
            let result = try await CommandRunner.run(
                ["send", "--csv", rows, "--concurrency", "1", "--record", directory],
                environment: ["SMSC_ENDPOINT": server.endpoint, "SMSC_LOGIN": "alex", "SMSC_PASSWORD": Self.password]
            )
            #expect(result.status == 0, "\(result.stderr)")
        }
        // The credentials check before the first row, then the rows in order (one at a time).
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
                "001-balance.http", "002-send.http", "003-send.http",
            ])
        #expect(
            try String(contentsOfFile: "\(directory)/003-send.http", encoding: .utf8).contains("<mes>row two</mes>"))
    }

    @Test func aDirectoryThatCannotBeMadeIsAnIOErrorAndNothingIsSent() async throws {
        try await withSandboxServer(configuration: Self.sandbox) { server in
            let blocker = try Fixtures.temporaryFile("not-a-directory", "")
            let result = try await CommandRunner.run(
                ["balance", "--record", blocker + "/inside", "--json"],
                environment: ["SMSC_ENDPOINT": server.endpoint, "SMSC_LOGIN": "alex", "SMSC_PASSWORD": Self.password]
            )
            #expect(result.status == 74)
            #expect(
                result.stdout.hasPrefix(
                    "{\"error\":{\"kind\":\"io\",\"code\":null,\"retry_safe\":false,\"message\":\"--record: "
                        + "\(blocker)/inside: cannot create or read the directory"
                ))
            #expect(server.requestCount == 0)
        }
    }
}
