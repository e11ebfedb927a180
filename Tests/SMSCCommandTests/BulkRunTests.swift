import Foundation
import SMSCSandbox
import SOAPTestServer
import Synchronization
import Testing

/// `smsc send --csv` and `smsc status --csv`.
struct BulkRunTests {
    @Test
    func sendsEveryRowAndPrintsOneLinePerRowInInputOrder() async throws {
        try await withSandboxServer { sandbox in
            let tag = UUID().uuidString.prefix(6)
            var csv = "phones,message,id\n"
            for row in 1...8 {
                csv += "7999000010\(row),bulk \(tag) \(row),bulk-\(row)\n"
            }
            let file = try Fixtures.temporaryFile("rows.csv", csv)
            let result = try await CommandRunner.run(
                ["send", "--csv", file, "--concurrency", "3"] + Fixtures.demo(sandbox.endpoint))
            #expect(result.status == 0)
            #expect(result.lines.count == 8)
            for (index, line) in result.lines.enumerated() {
                let row = index + 1
                #expect(
                    line.hasPrefix(
                        "{\"row\":\(row),\"id\":\"bulk-\(row)\",\"phones\":\"7999000010\(row)\",\"outcome\":\"ok\","
                            + "\"sent\":true,\"result\":{\"id\":\"bulk-\(row)\",\"cnt\":1,\"cost\":2.50,\"balance\":"
                    ))
                #expect(line.hasSuffix("}}"))
            }
            // Eight sends and the preflight's get_balance.
            #expect(sandbox.requestCount == 9)

            let statuses = try Fixtures.temporaryFile("status.csv", "phone,id\n79990000101,bulk-1\n79990000102,nope\n")
            let status = try await CommandRunner.run(
                ["status", "--csv", statuses, "--all", "1"] + Fixtures.demo(sandbox.endpoint))
            #expect(status.status == 1)
            #expect(status.lines.count == 2)
            // Sent moments ago, and the sandbox delivers after 10 s: still waiting (-1) or with the operator (0),
            // neither of which is final.
            let pending =
                "{\"row\":1,\"id\":\"bulk-1\",\"phone\":\"79990000101\",\"outcome\":\"ok\",\"final\":false,"
                + "\"result\":{\"status\":"
            #expect(status.lines[0].hasPrefix(pending + "-1,") || status.lines[0].hasPrefix(pending + "0,"))
            #expect(status.lines[0].contains(",\"cost\":2.50,"))
            #expect(status.lines[0].contains("\"message\":\"bulk \(tag) 1\""))
            #expect(
                status.lines[1]
                    == "{\"row\":2,\"id\":\"nope\",\"phone\":\"79990000102\",\"outcome\":\"failed\",\"error\":{"
                    + "\"kind\":\"service\",\"code\":3,\"retry_safe\":false,\"message\":\"get_status: the service "
                    + "answered error 3: message not found\"}}"
            )
            #expect(
                status.stderr
                    == "smsc: error: 1 of 2 rows failed (first: row 2: get_status: the service answered error 3: "
                        + "message not found)\n"
            )
        }
    }

    /// A row the library refuses is not sent, but the others are: the run exits 1, not 64 ("nothing sent"), and
    /// says on stderr how many rows failed and why the first did.
    @Test
    func rowsThatWouldBreakTheServicesRateLimitWaitOrAreThrottledNotSent() async throws {
        try await withSandboxServer { sandbox in
            let sent = try await CommandRunner.run(
                ["send", "--phones", "79990000131", "--message", Fixtures.uniqueText("paced"), "--id", "paced-1"]
                    + Fixtures.demo(sandbox.endpoint)
            )
            #expect(sent.status == 0)
            // Six status rows for one message: SMSC allows five a minute, and waiting for the sixth would pass
            // --timeout, so it is refused before it is sent.
            let file = try Fixtures.temporaryFile(
                "status.csv", "phone,id\n" + String(repeating: "79990000131,paced-1\n", count: 6))
            let result = try await CommandRunner.run(
                ["status", "--csv", file, "--concurrency", "6", "--timeout", "5"] + Fixtures.demo(sandbox.endpoint))
            let lines = result.lines
            try #require(lines.count == 6, "stdout: \(result.stdout)")
            let naming = { (row: Int) in "{\"row\":\(row),\"id\":\"paced-1\",\"phone\":\"79990000131\"," }
            // Just sent, so not yet delivered: not final.
            let answered = (1...6).filter {
                lines[$0 - 1].hasPrefix(naming($0) + "\"outcome\":\"ok\",\"final\":false,\"result\":{\"status\":")
            }
            #expect(answered.count == 5)
            // Which row is refused depends on which query the limiter saw last.
            let throttledRow = try #require((1...6).first { !answered.contains($0) })
            #expect(
                lines[throttledRow - 1]
                    == naming(throttledRow)
                    + "\"outcome\":\"failed\",\"error\":{\"kind\":\"throttled\",\"code\":null,\"retry_safe\":true,"
                    + "\"message\":\"get_status: waiting to stay within the service's limit of 5 status requests for "
                    + "one message a minute would pass the call's deadline; nothing was sent\"}}"
            )
            #expect(result.status == 4)
            // The send, the run's credentials check before the first row, and five status requests.
            #expect(sandbox.requestCount == 7)
        }
    }

    @Test
    func anInvalidRowIsReportedInPlaceAndNotSent() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let file = try Fixtures.temporaryFile(
                "rows.csv",
                "phones,message,id,sender\n79990000111,one,v1,\n79990000112,two,bad id!,\n79990000113,three,v3,Shop\n")
            let result = try await CommandRunner.run(
                [
                    "send", "--csv", file, "--sender", "Default", "--endpoint", server.url(), "--login", "alex",
                    "--password", "123",
                ]
            )
            #expect(result.status == 1)
            #expect(result.lines.count == 3)
            #expect(result.lines[0] == BulkLines.sent(row: 1, id: "v1", phones: "79990000111"))
            #expect(
                result.lines[1].hasPrefix(
                    "{\"row\":2,\"id\":\"bad id!\",\"phones\":\"79990000112\",\"outcome\":\"failed\",\"sent\":false,"
                        + "\"error\":{\"kind\":\"validation\",\"code\":null,\"retry_safe\":false,"
                        + "\"message\":\"send_sms: invalid id"
                ))
            #expect(result.lines[1].hasSuffix("; nothing was sent\"}}"))
            #expect(result.lines[2] == BulkLines.sent(row: 3, id: "v3", phones: "79990000113"))
            #expect(result.stderr.hasPrefix("smsc: error: 1 of 3 rows failed (first: row 2: send_sms: invalid id: "))
            #expect(result.stderr.hasSuffix("; nothing was sent)\n"))
            #expect(result.stderr.split(separator: "\n").count == 1)
            let requests = ScriptedSMSC.rowRequests(server.receivedRequests)
            #expect(requests.count == 2)
            #expect(Set(requests.compactMap { ScriptedSMSC.field("sender", of: $0) }) == ["Default", "Shop"])
        }
    }

    /// When the library refused every row, nothing was sent: that is what 64 means.
    @Test
    func aRunWhoseEveryRowIsRefusedExits64() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let file = try Fixtures.temporaryFile("rows.csv", "phones,message,id\n79990000114,one,bad id!\n,two,v2\n")
            let result = try await CommandRunner.run([
                "send", "--csv", file, "--endpoint", server.url(), "--login", "alex", "--password", "123",
            ])
            #expect(result.status == 64)
            #expect(result.lines.count == 2)
            let refused =
                "\"outcome\":\"failed\",\"sent\":false,\"error\":{\"kind\":\"validation\",\"code\":null,"
                + "\"retry_safe\":false,"
            #expect(
                result.lines[0].hasPrefix(
                    "{\"row\":1,\"id\":\"bad id!\",\"phones\":\"79990000114\"," + refused
                        + "\"message\":\"send_sms: invalid id: "))
            #expect(
                result.lines[1].hasPrefix(
                    "{\"row\":2,\"id\":\"v2\",\"phones\":null," + refused + "\"message\":\"send_sms: "))
            #expect(result.stderr.hasPrefix("smsc: error: 2 of 2 rows failed (first: row 1: send_sms: invalid id: "))
            #expect(ScriptedSMSC.rowRequests(server.receivedRequests).isEmpty)
        }
    }

    /// A shared value the library would refuse for every row is refused once, before any row starts: one error,
    /// nothing sent, nothing journaled, so the corrected rerun with the same journal sends every row.
    @Test(arguments: [
        (["--valid", "30"], "usage", "--valid must be from 1 to 24 hours, not 30"),
        (
            ["--flash", "--query", "flash=1"], "usage",
            "--query is sent exactly as written, so it cannot be combined with typed option flags (--flash)"
        ),
        (
            ["--sender", "FarTooLongSender"], "validation",
            "--sender must be at most 11 characters, or at most 15 digits"
        ),
        (["--query", "flash=1\u{1}"], "validation", "--query: character U+0001"),
    ])
    func invalidSharedOptionsAreRefusedOnceBeforeAnyRow(extra: [String], kind: String, message: String) async throws {
        let file = try Fixtures.temporaryFile(
            "rows.csv", "phones,message,id\n79990000161,shared 1,sh-1\n79990000162,shared 2,sh-2\n")
        let journal = try Fixtures.temporaryPath("rows.journal")
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let arguments = [
                "send", "--csv", file, "--journal", journal, "--endpoint", server.url(), "--login", "a", "--password",
                "b",
            ]
            let refused = try await CommandRunner.run(arguments + extra)
            #expect(refused.status == 64)
            try #require(refused.lines.count == 1, "stdout: \(refused.stdout)")
            #expect(
                refused.lines[0].hasPrefix(
                    "{\"error\":{\"kind\":\"\(kind)\",\"code\":null,\"retry_safe\":false,\"message\":\"\(message)"))
            #expect(refused.stderr.hasPrefix("smsc: error: \(message)"))
            #expect(refused.stderr.split(separator: "\n").count == 1)
            #expect(server.receivedRequests.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: journal))

            let corrected = try await CommandRunner.run(arguments)
            #expect(corrected.status == 0)
            #expect(corrected.lines.count == 2)
            #expect(ScriptedSMSC.rowRequests(server.receivedRequests).count == 2)
        }
    }

    /// A wrong password would fail every row and journal each failure as final, so that the corrected rerun with
    /// the same journal would send nothing. The preflight finds it before the first row: nothing sent, nothing
    /// journaled, and the rerun with the right password sends every row.
    @Test
    func aWrongPasswordStopsTheRunBeforeAnyRowAndTheCorrectedRerunSendsEveryRow() async throws {
        try await withSandboxServer { sandbox in
            let tag = UUID().uuidString.prefix(6)
            let file = try Fixtures.temporaryFile(
                "rows.csv",
                "phones,message,id\n79990000601,pw \(tag) 1,pw-1\n79990000602,pw \(tag) 2,pw-2\n79990000603,pw \(tag) 3,pw-3\n"
            )
            let journal = try Fixtures.temporaryPath("rows.journal")
            let arguments = [
                "send", "--csv", file, "--journal", journal, "--endpoint", sandbox.endpoint, "--login", "demo",
            ]

            let refused = try await CommandRunner.run(arguments + ["--password", "wrong"])
            let message =
                "get_balance: the service answered error 2: invalid login or password, or the client IP is not "
                    + "allowed; checked before the first row, so no row was sent"
            #expect(refused.status == 1)
            #expect(
                refused.lines == [
                    "{\"error\":{\"kind\":\"service\",\"code\":2,\"retry_safe\":false,\"message\":\"\(message)\"}}"
                ])
            #expect(refused.stderr == "smsc: error: \(message)\n")
            #expect(sandbox.requestCount == 1)
            #expect(sandbox.balance(ofAccount: "demo") == 1000)
            #expect(!FileManager.default.fileExists(atPath: journal))

            let corrected = try await CommandRunner.run(arguments + ["--password", "demo"])
            #expect(corrected.status == 0)
            try #require(corrected.lines.count == 3, "stderr: \(corrected.stderr)")
            for (index, line) in corrected.lines.enumerated() {
                let row = index + 1
                #expect(
                    line.hasPrefix(
                        "{\"row\":\(row),\"id\":\"pw-\(row)\",\"phones\":\"7999000060\(row)\",\"outcome\":\"ok\","
                            + "\"sent\":true,\"result\":{\"id\":\"pw-\(row)\",\"cnt\":1,"
                    ))
            }
            #expect(sandbox.balance(ofAccount: "demo") == 1000 - 3 * Decimal(string: "2.50")!)
        }
    }

    /// With an API key, which get_balance cannot carry, the preflight asks get_sms_cost2 for a price. Errors 2
    /// and 4 stop the run before any row; another error (9, too many requests) says nothing about the rows, which
    /// go ahead.
    @Test(arguments: [(2, true), (4, true), (9, false)])
    func theAPIKeyPreflightIsACostQueryAndOnlyErrorsForEveryRowStopTheRun(code: Int, stops: Bool) async throws {
        let file = try Fixtures.temporaryFile("rows.csv", "phone,id\n79990000611,pf-1\n79990000612,pf-2\n")
        let journal = try Fixtures.temporaryPath("rows.journal")
        try await withLoopbackHTTPServer(handler: { request in
            ScriptedSMSC.isPreflight(request)
                ? ScriptedSMSC.reply(to: request, "Cost2Response", "costresult", "<error>\(code)</error>")
                : ScriptedSMSC.success(to: request)
        }) { server in
            let result = try await CommandRunner.run(
                // One attempt: a rate-limit answer would otherwise be retried after 15 s.
                ["status", "--csv", file, "--journal", journal, "--endpoint", server.url(), "--retries", "1"],
                environment: ["SMSC_API_KEY": "PreflightKey1"]
            )
            let preflight = try #require(server.receivedRequests.first)
            #expect(ScriptedSMSC.operation(of: preflight) == "cost2")
            #expect(ScriptedSMSC.field("mes", of: preflight) == "smsc preflight")
            #expect(ScriptedSMSC.field("query", of: preflight) == "apikey=PreflightKey1")
            if stops {
                #expect(result.status == 1)
                #expect(result.lines.count == 1)
                // Error 4 (a temporary block) can pass, and a price query is safe to repeat; error 2 cannot.
                #expect(
                    result.lines.first?.hasPrefix(
                        "{\"error\":{\"kind\":\"service\",\"code\":\(code),\"retry_safe\":\(code == 4),"
                            + "\"message\":\"get_sms_cost2: ") == true)
                #expect(result.stderr.hasSuffix("; checked before the first row, so no row was sent\n"))
                #expect(server.receivedRequests.count == 1)
                #expect(!FileManager.default.fileExists(atPath: journal))
            } else {
                #expect(result.status == 0)
                let delivered = (1...2).map { BulkLines.delivered(row: $0, id: "pf-\($0)", phone: "7999000061\($0)") }
                #expect(result.lines == delivered)
                #expect(
                    ScriptedSMSC.rowRequests(server.receivedRequests).compactMap { ScriptedSMSC.field("id", of: $0) }
                        .sorted() == ["pf-1", "pf-2"])
            }
        }
    }

    /// An endpoint nothing listens on is found before any row, like a wrong password, and reported as the
    /// transport failure a single call would report.
    @Test
    func anUnreachableEndpointStopsTheRunBeforeAnyRow() async throws {
        let file = try Fixtures.temporaryFile("rows.csv", "phones,message\n79990000621,a\n")
        let journal = try Fixtures.temporaryPath("rows.journal")
        let result = try await CommandRunner.run(
            [
                "send", "--csv", file, "--journal", journal, "--endpoint", "http://127.0.0.1:1/sys/soap.php", "--login",
                "a", "--password", "b",
            ]
        )
        #expect(result.status == 4)
        #expect(result.lines.count == 1)
        #expect(
            result.lines.first?.hasPrefix(
                "{\"error\":{\"kind\":\"transport\",\"code\":null,\"retry_safe\":true,\"message\":\"get_balance: ")
                == true)
        #expect(result.stderr.hasPrefix("smsc: error: get_balance: "))
        #expect(result.stderr.hasSuffix("; checked before the first row, so no row was sent\n"))
        #expect(!FileManager.default.fileExists(atPath: journal))
    }

    /// The service goes away after row 3 (its listener closes; row 3's answer still arrives). Row 4 cannot
    /// connect, which would be true of every row, so the run stops there instead of journaling the rest as
    /// failures. The rerun with the same journal, once the service is back on the same address, replays rows 1-4
    /// (a plain rerun replays every journaled outcome, row 4's failure too: it says `"sent":false` and
    /// `"retry_safe":true`, which is what `--settle --send-missing` acts on) and sends rows 5 and 6: no row is sent
    /// twice.
    @Test
    func anEndpointThatGoesDownMidRunStopsItAndTheRerunSendsTheRest() async throws {
        var csv = "phones,message,id\n"
        for row in 1...6 {
            csv += "7999000070\(row),down \(row),down-\(row)\n"
        }
        let file = try Fixtures.temporaryFile("rows.csv", csv)
        let journal = try Fixtures.temporaryPath("rows.journal")
        let relayToStop = RelayReference()
        try await withLoopbackHTTPServer(handler: { request in
            guard case .respond(var response) = ScriptedSMSC.success(to: request) else { return .closeConnection }
            // One request per connection, so that the next row needs a new connection once the listener is gone.
            response.headers.add(name: "Connection", value: "close")
            if ScriptedSMSC.field("id", of: request) == "down-3" {
                relayToStop.take()?.stopAccepting()
            }
            return .respond(response)
        }) { server in
            let relay = try ConnectionRelay(to: server.port)
            relayToStop.set(relay)
            let arguments = [
                "send", "--csv", file, "--journal", journal, "--concurrency", "1", "--endpoint", relay.url(), "--login",
                "a", "--password", "b",
            ]
            let sentIDs = {
                ScriptedSMSC.rowRequests(server.receivedRequests).compactMap { ScriptedSMSC.field("id", of: $0) }
            }

            let first = try await CommandRunner.run(arguments)
            #expect(first.status == 4)
            try #require(first.lines.count == 4, "stdout: \(first.stdout)\nstderr: \(first.stderr)")
            #expect(first.lines[2] == BulkLines.sent(row: 3, id: "down-3", phones: "79990000703"))
            // Refused connections: the message was not sent, and sending it again is safe.
            #expect(
                first.lines[3].hasPrefix(
                    "{\"row\":4,\"id\":\"down-4\",\"phones\":\"79990000704\",\"outcome\":\"failed\",\"sent\":false,"
                        + "\"error\":{\"kind\":\"transport\",\"code\":null,\"retry_safe\":true,\"message\":\"send_sms: "
                ))
            #expect(first.stderr.hasPrefix("smsc: error: stopped at row 4: send_sms: "))
            #expect(
                first.stderr.hasSuffix(
                    "; rows after it were not sent: fix the cause and rerun with the same --journal to send them\n"
                )
            )
            #expect(first.stderr.split(separator: "\n").count == 1)
            #expect(sentIDs() == ["down-1", "down-2", "down-3"])

            let restored = try ConnectionRelay(port: relay.port, to: server.port)
            defer { restored.stopAccepting() }
            let second = try await CommandRunner.run(arguments)
            try #require(second.lines.count == 6, "stderr: \(second.stderr)")
            #expect(Array(second.lines.prefix(4)) == first.lines)
            #expect(second.lines[4] == BulkLines.sent(row: 5, id: "down-5", phones: "79990000705"))
            #expect(second.lines[5] == BulkLines.sent(row: 6, id: "down-6", phones: "79990000706"))
            #expect(sentIDs() == ["down-1", "down-2", "down-3", "down-5", "down-6"])
            #expect(second.status == 4)
            #expect(second.stderr.hasPrefix("smsc: error: 1 of 6 rows failed (first: row 4: send_sms: "))
            #expect(second.stderr.split(separator: "\n").count == 1, "no row is in doubt")
        }
    }

    /// A stdout that cannot be written stops the run like Ctrl-C (exit 74, reported once): the row already sent
    /// is journaled, and the rerun with the same journal prints it without sending it again and sends the rest.
    @Test
    func aStdoutThatCannotBeWrittenStopsTheRunAndTheRerunSendsTheRest() async throws {
        let file = try Fixtures.temporaryFile(
            "rows.csv",
            "phones,message,id\n79990000801,full 1,full-1\n79990000802,full 2,full-2\n79990000803,full 3,full-3\n")
        let journal = try Fixtures.temporaryPath("rows.journal")
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let arguments = [
                "send", "--csv", file, "--journal", journal, "--concurrency", "1", "--endpoint", server.url(),
                "--login", "a", "--password", "b",
            ]
            let sentIDs = {
                ScriptedSMSC.rowRequests(server.receivedRequests).compactMap { ScriptedSMSC.field("id", of: $0) }
            }

            let full = try await RunningCommand(arguments, stdoutPath: "/dev/full").result()
            #expect(full.status == 74)
            #expect(
                full.stderr
                    == "smsc: error: cannot write to standard output: No space left on device\n"
                    + "smsc: stopped after 1 rows; rerun with the same --journal to print the rows done and send "
                    + "the rest\n"
            )
            #expect(sentIDs() == ["full-1"])

            let rerun = try await CommandRunner.run(arguments)
            #expect(rerun.status == 0)
            #expect(
                rerun.lines == (1...3).map { BulkLines.sent(row: $0, id: "full-\($0)", phones: "7999000080\($0)") })
            #expect(sentIDs() == ["full-1", "full-2", "full-3"])
        }
    }

    @Test(arguments: ["https://smsc.ru/sys/soap.php", "https://smscentre.com/sys/soap.php"])
    func concurrencyAbove14IsRefusedForSMSCsOwnHosts(endpoint: String) async throws {
        let file = try Fixtures.temporaryFile("rows.csv", "phones,message\n79990000121,never sent\n")
        let refused = try await CommandRunner.run([
            "send", "--csv", file, "--concurrency", "15", "--endpoint", endpoint, "--login", "a", "--password", "b",
        ])
        #expect(refused.status == 64)
        #expect(
            refused.stdout.hasPrefix(
                "{\"error\":{\"kind\":\"usage\",\"code\":null,\"retry_safe\":false,"
                    + "\"message\":\"--concurrency 15 is above 14"))
        #expect(refused.stderr.hasPrefix("smsc: error: --concurrency 15 is above 14"))
    }

    @Test
    func concurrencyAbove14IsAllowedElsewhereAndBelow1Never() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let file = try Fixtures.temporaryFile("rows.csv", "phones,message\n79990000131,a\n79990000132,b\n")
            let credentials = ["--endpoint", server.url(), "--login", "a", "--password", "b"]
            let allowed = try await CommandRunner.run(["send", "--csv", file, "--concurrency", "20"] + credentials)
            #expect(allowed.status == 0)
            #expect(allowed.lines.count == 2)
            let zero = try await CommandRunner.run(["send", "--csv", file, "--concurrency", "0"] + credentials)
            #expect(zero.status == 64)
            #expect(ScriptedSMSC.rowRequests(server.receivedRequests).count == 2)
        }
    }

    @Test(arguments: [
        ["--phones", "79990000141"],
        ["--message", "m"],
        ["--id", "x1"],
        ["--trace"],
    ])
    func singleCallFlagsAreRefusedWithCSV(extra: [String]) async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let file = try Fixtures.temporaryFile("rows.csv", "phones,message\n79990000141,a\n")
            let result = try await CommandRunner.run(
                ["send", "--csv", file, "--endpoint", server.url(), "--login", "a", "--password", "b"] + extra)
            #expect(result.status == 64)
            #expect(server.receivedRequests.isEmpty)
        }
    }

    @Test
    func aCSVWithoutTheRequiredColumnsStopsBeforeSending() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let file = try Fixtures.temporaryFile("rows.csv", "phone,text\n79990000151,a\n")
            let result = try await CommandRunner.run([
                "send", "--csv", file, "--endpoint", server.url(), "--login", "a", "--password", "b",
            ])
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("smsc: error: \(file)"))
            // `--csv` implies `--json`, so the run's own error is a JSON line too.
            #expect(result.lines.count == 1)
            #expect(
                result.lines.first?.hasPrefix(
                    "{\"error\":{\"kind\":\"input\",\"code\":null,\"retry_safe\":false,\"message\":\"\(file)") == true)
            #expect(ScriptedSMSC.rowRequests(server.receivedRequests).isEmpty)
        }
    }

    @Test
    func aJournalThatCannotBeOpenedIsAnIOErrorExiting74() async throws {
        let file = try Fixtures.temporaryFile("rows.csv", "phones,message\n79990000152,a\n")
        let journal = try Fixtures.temporaryPath("missing-directory") + "/rows.journal"
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let result = try await CommandRunner.run([
                "send", "--csv", file, "--journal", journal, "--endpoint", server.url(), "--login", "a", "--password",
                "b",
            ])
            #expect(result.status == 74)
            #expect(
                result.lines == [
                    "{\"error\":{\"kind\":\"io\",\"code\":null,\"retry_safe\":false,\"message\":\"\(journal): "
                        + "cannot open the journal: No such file or directory\"}}"
                ])
            #expect(result.stderr == "smsc: error: \(journal): cannot open the journal: No such file or directory\n")
            #expect(ScriptedSMSC.rowRequests(server.receivedRequests).isEmpty)
        }
    }

    /// A journal belongs to one account: with an API key, a fingerprint of the key (never the key) tells accounts
    /// apart, so one key's outcomes are not replayed for another.
    @Test
    func aJournalIsRefusedForAnotherAPIKey() async throws {
        let file = try Fixtures.temporaryFile("rows.csv", "phones,message,id\n79990000171,key 1,key-1\n")
        let journal = try Fixtures.temporaryPath("rows.journal")
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let arguments = ["send", "--csv", file, "--journal", journal, "--endpoint", server.url()]
            let rowRequestCount = { ScriptedSMSC.rowRequests(server.receivedRequests).count }
            let first = try await CommandRunner.run(arguments, environment: ["SMSC_API_KEY": "FirstKey111"])
            #expect(first.status == 0)
            #expect(rowRequestCount() == 1)

            let other = try await CommandRunner.run(arguments + ["--api-key", "SecondKey22"])
            #expect(other.status == 64)
            #expect(other.lines.count == 1)
            #expect(
                other.lines.first?.hasPrefix("{\"error\":{\"kind\":\"journal\",\"code\":null,\"retry_safe\":false,")
                    == true)
            #expect(rowRequestCount() == 1)

            let same = try await CommandRunner.run(arguments + ["--api-key", "FirstKey111"])
            #expect(same.status == 0)
            #expect(same.lines == first.lines)
            #expect(rowRequestCount() == 1)
            let recorded = try String(contentsOfFile: journal, encoding: .utf8)
            #expect(!recorded.contains("FirstKey111") && !recorded.contains("SecondKey22"))
        }
    }

    /// The first run answers rows 1 and 2 and hangs on row 3; it is killed with SIGKILL. The server then turns
    /// healthy (the journal belongs to one endpoint, so the rerun must use the same URL), and the rerun with the same
    /// journal replays rows 1 and 2, reports row 3 in doubt and sends rows 4 and 5.
    @Test
    func aKilledRunResumesWithoutSendingAnyRowTwice() async throws {
        let tag = UUID().uuidString.prefix(6)
        var csv = "phones,message,id\n"
        for row in 1...5 {
            csv += "7999000020\(row),resume \(tag) \(row),resume-\(row)\n"
        }
        let file = try Fixtures.temporaryFile("rows.csv", csv)
        let journal = try Fixtures.temporaryPath("rows.journal")
        let hangsOnRow3 = Flag(true)

        try await withLoopbackHTTPServer(handler: { request in
            hangsOnRow3.value && ScriptedSMSC.field("id", of: request) == "resume-3"
                ? .hang : ScriptedSMSC.success(to: request)
        }) { server in
            let arguments = [
                "send", "--csv", file, "--journal", journal, "--endpoint", server.url(), "--login", "a", "--password",
                "b",
            ]
            let sentIDs = { server.receivedRequests.compactMap { ScriptedSMSC.field("id", of: $0) } }

            let running = try RunningCommand(arguments + ["--concurrency", "1"])
            try await running.waitForLines(2)
            // Row 3 reached the server, so its start is in the journal; kill the run while it waits for the reply.
            let deadline = ContinuousClock.now + .seconds(30)
            while !sentIDs().contains("resume-3"), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            running.kill(SIGKILL)
            let first = try await running.result()
            #expect(first.status == SIGKILL)
            #expect(first.lines.count == 2)
            #expect(sentIDs() == ["resume-1", "resume-2", "resume-3"])

            hangsOnRow3.value = false
            let second = try await CommandRunner.run(arguments + ["--concurrency", "2"])
            var sends: [String: Int] = [:]
            for id in sentIDs() {
                sends[id, default: 0] += 1
            }
            #expect(sends == ["resume-1": 1, "resume-2": 1, "resume-3": 1, "resume-4": 1, "resume-5": 1])

            let lines = second.lines
            try #require(lines.count == 5, "stderr: \(second.stderr)")
            #expect(Array(lines[0..<2]) == first.lines)
            #expect(
                lines == [
                    BulkLines.sent(row: 1, id: "resume-1", phones: "79990000201"),
                    BulkLines.sent(row: 2, id: "resume-2", phones: "79990000202"),
                    BulkLines.inDoubt(row: 3, line: 4, id: "resume-3", phones: "79990000203"),
                    BulkLines.sent(row: 4, id: "resume-4", phones: "79990000204"),
                    BulkLines.sent(row: 5, id: "resume-5", phones: "79990000205"),
                ])
            // A row in doubt fails the run like a timeout would, and stderr says how to settle it.
            #expect(second.status == 4)
            #expect(
                second.stderr
                    == "smsc: error: 1 of 5 rows failed (first: row 3: row 3 (line 4) was in flight when an earlier "
                    + "run stopped, so it is not sent again: it may have been sent. Settle it with `smsc send "
                    + "--settle` and the same --csv, --journal and options)\n" + BulkLines.settleAdvice(count: 1)
            )
        }
    }

    /// Unlike a send, a status query changes nothing, so it is journaled only once answered: a run killed with a
    /// query in flight leaves no row in doubt, and the rerun with the same journal replays the answered rows and
    /// queries the rest, the one in flight included, again.
    @Test
    func aKilledStatusRunQueriesItsUnansweredRowsAgain() async throws {
        var csv = "phone,id\n"
        for row in 1...5 {
            csv += "7999000050\(row),st-resume-\(row)\n"
        }
        let file = try Fixtures.temporaryFile("status.csv", csv)
        let journal = try Fixtures.temporaryPath("status.journal")
        let hangsOnRow3 = Flag(true)

        try await withLoopbackHTTPServer(handler: { request in
            hangsOnRow3.value && ScriptedSMSC.field("id", of: request) == "st-resume-3"
                ? .hang : ScriptedSMSC.success(to: request)
        }) { server in
            let arguments = [
                "status", "--csv", file, "--journal", journal, "--concurrency", "1", "--endpoint", server.url(),
                "--login", "a", "--password", "b",
            ]
            let queriedIDs = { server.receivedRequests.compactMap { ScriptedSMSC.field("id", of: $0) } }

            let running = try RunningCommand(arguments)
            try await running.waitForLines(2)
            let deadline = ContinuousClock.now + .seconds(30)
            while !queriedIDs().contains("st-resume-3"), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            running.kill(SIGKILL)
            let first = try await running.result()
            #expect(first.status == SIGKILL)
            #expect(first.lines.count == 2)
            let records = try String(contentsOfFile: journal, encoding: .utf8)
            #expect(!records.contains(#""state":"started""#), "status queries are not journaled as started")
            #expect(records.components(separatedBy: #""outcome":{"#).count - 1 == 2, "rows 1 and 2 were answered")

            hangsOnRow3.value = false
            let second = try await CommandRunner.run(arguments)
            // Row 3 twice: once by the killed run, whose query got no answer, and once by the rerun.
            #expect(queriedIDs() == [1, 2, 3, 3, 4, 5].map { "st-resume-\($0)" })
            let lines = second.lines
            try #require(lines.count == 5, "stderr: \(second.stderr)")
            #expect(Array(lines[0..<2]) == first.lines)
            let delivered = (1...5).map { row in
                BulkLines.delivered(row: row, id: "st-resume-\(row)", phone: "7999000050\(row)")
            }
            #expect(lines == delivered)
            #expect(second.status == 0)
            #expect(second.stderr.isEmpty)
        }
    }

    /// Ctrl-C lets the row in flight finish and be journaled, exits 130, and the rerun sends only the rest.
    @Test
    func anInterruptFinishesTheRowInFlightAndTheRerunSendsTheRest() async throws {
        var csv = "phones,message,id\n"
        for row in 1...6 {
            csv += "7999000030\(row),interrupt \(row),int-\(row)\n"
        }
        let file = try Fixtures.temporaryFile("rows.csv", csv)
        let journal = try Fixtures.temporaryPath("rows.journal")
        try await withLoopbackHTTPServer(handler: { request in
            guard case .respond(var response) = ScriptedSMSC.success(to: request) else { return .closeConnection }
            response.delayBeforeHead = .milliseconds(300)
            return .respond(response)
        }) { server in
            let arguments = [
                "send", "--csv", file, "--journal", journal, "--concurrency", "1", "--endpoint", server.url(),
                "--login", "a", "--password", "b",
            ]
            let running = try RunningCommand(arguments)
            try await running.waitForLines(1)
            running.kill(SIGINT)
            let first = try await running.result()
            #expect(first.status == 130)
            #expect(first.stderr.contains("interrupted"))
            let printed = first.lines.count
            #expect((1...5).contains(printed))
            #expect(ScriptedSMSC.rowRequests(server.receivedRequests).count == printed)

            let second = try await CommandRunner.run(arguments)
            #expect(second.status == 0)
            #expect(second.lines.count == 6)
            #expect(Array(second.lines.prefix(printed)) == first.lines)
            let ids = ScriptedSMSC.rowRequests(server.receivedRequests).compactMap { ScriptedSMSC.field("id", of: $0) }
            #expect(ids == (1...6).map { "int-\($0)" })
        }
    }

    /// A journal belongs to one job: resuming it with other shared settings would send the rest of the rows
    /// differently, so it is refused before anything is sent.
    @Test
    func aJournalIsRefusedForOtherSettings() async throws {
        let file = try Fixtures.temporaryFile(
            "rows.csv", "phones,message,id\n79990000401,settings 1,set-1\n79990000402,settings 2,set-2\n")
        let journal = try Fixtures.temporaryPath("rows.journal")
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let base = [
                "send", "--csv", file, "--journal", journal, "--endpoint", server.url(), "--login", "a", "--password",
                "b",
            ]
            let rowRequestCount = { ScriptedSMSC.rowRequests(server.receivedRequests).count }
            let first = try await CommandRunner.run(base + ["--flash"])
            #expect(first.status == 0)
            #expect(rowRequestCount() == 2)
            let changed = try await CommandRunner.run(base + ["--translit", "1"])
            #expect(changed.status == 64)
            #expect(changed.stderr.contains("smsc: error:"))
            #expect(rowRequestCount() == 2)
            let same = try await CommandRunner.run(base + ["--flash"])
            #expect(same.status == 0)
            #expect(same.lines == first.lines)
            #expect(rowRequestCount() == 2)
        }
    }
}

/// The relay a scripted handler closes, set once the relay (which needs the server's port) exists.
private final class RelayReference: Sendable {
    private let relay = Mutex<ConnectionRelay?>(nil)

    func set(_ relay: ConnectionRelay) {
        self.relay.withLock { $0 = relay }
    }

    /// The relay, once: later calls get `nil`.
    func take() -> ConnectionRelay? {
        relay.withLock { relay in
            defer { relay = nil }
            return relay
        }
    }
}
