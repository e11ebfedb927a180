import SMSCSandbox
import SOAPTestServer
import Testing

/// `smsc send`, single messages.
struct SendCommandTests {
    @Test
    func sendsAndPrintsTheWireFieldsInOrder() async throws {
        try await withSandboxServer { sandbox in
            let json = try await CommandRunner.run(
                [
                    "send", "--phones", "79990000001", "--message", Fixtures.uniqueText("json"), "--id", "send-json-1",
                    "--json",
                ]
                    + Fixtures.demo(sandbox.endpoint)
            )
            #expect(json.status == 0)
            #expect(json.stdout == "{\"id\":\"send-json-1\",\"cnt\":1,\"cost\":2.50,\"balance\":997.50}\n")

            let text = try await CommandRunner.run(
                ["send", "--phones", "79990000001", "--message", Fixtures.uniqueText("text"), "--id", "send-text-1"]
                    + Fixtures.demo(sandbox.endpoint)
            )
            #expect(text.status == 0)
            #expect(text.stdout == "Message ID: send-text-1\nSMS count:  1\nCost:       2.50\nBalance:    995.00\n")
        }
    }

    @Test
    func aSendWhoseReplyWasLostIsConfirmedByItsStatusNotSentAgain() async throws {
        let faults = SandboxFaultInjection(rates: [.resetAfterProcessing: 1], operations: [.sendSMS], limit: 1)
        try await withSandboxServer(configuration: .init(faults: faults)) { sandbox in
            let text = Fixtures.uniqueText("lost reply")
            let result = try await CommandRunner.run(
                ["send", "--phones", "79990000001", "--message", text, "--generate-ids", "--json"]
                    + Fixtures.demo(sandbox.endpoint)
            )
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("{\"id\":\"id-"))
            #expect(result.stdout.hasSuffix("\",\"confirmed_by\":\"get_status\",\"status\":-1}\n"))
            #expect(sandbox.timesAccepted(text, to: "79990000001") == 1)
        }
    }

    @Test
    func withoutAnIdALostReplyLeavesTheSendInDoubtWithExitCode4() async throws {
        let faults = SandboxFaultInjection(rates: [.resetAfterProcessing: 1], operations: [.sendSMS], limit: 1)
        try await withSandboxServer(configuration: .init(faults: faults)) { sandbox in
            let text = Fixtures.uniqueText("in doubt")
            let result = try await CommandRunner.run(
                ["send", "--phones", "79990000001", "--message", text, "--json"] + Fixtures.demo(sandbox.endpoint))
            #expect(result.status == 4)
            #expect(
                result.stdout.contains("it may have been sent: without an id there is nothing to check its status by"))
            #expect(sandbox.timesAccepted(text, to: "79990000001") == 1)
            #expect(sandbox.requestCount == 1)
        }
    }

    @Test
    func anIdenticalSendWithinAMinuteIsServiceError9() async throws {
        try await withSandboxServer { sandbox in
            let arguments =
                ["send", "--phones", "79990000002", "--message", Fixtures.uniqueText("twice"), "--json"]
                + Fixtures.demo(sandbox.endpoint)
            let first = try await CommandRunner.run(arguments)
            #expect(first.status == 0)
            let second = try await CommandRunner.run(arguments)
            #expect(second.status == 1)
            // Sending it again would be the duplicate that error 9 guards against.
            #expect(second.stdout.hasPrefix("{\"error\":{\"kind\":\"service\",\"code\":9,\"retry_safe\":false,"))
        }
    }

    @Test
    func withoutAQueryTheToolUsesSendSMSAndWithOneSendSMS2WithTheQueryAsGiven() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let endpoint = ["--endpoint", server.url(), "--login", "alex", "--password", "123"]
            let plain = try await CommandRunner.run(
                ["send", "--phones", "79990000003", "--message", "plain"] + endpoint)
            #expect(plain.status == 0)
            let raw = try await CommandRunner.run(
                ["send", "--phones", "79990000003", "--message", "raw", "--query", "flash=1&translit=2"] + endpoint)
            #expect(raw.status == 0)

            let requests = server.receivedRequests
            #expect(requests.map { ScriptedSMSC.operation(of: $0) } == ["send", "send2"])
            #expect(ScriptedSMSC.field("query", of: requests[1]) == "flash=1&amp;translit=2")
        }
    }

    @Test
    func typedOptionFlagsBecomeTheQueryOfSendSMS2() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let result = try await CommandRunner.run(
                [
                    "send", "--phones", "79990000004", "--message", "typed", "--translit", "1", "--tinyurl", "--flash",
                    "--maxsms", "3",
                    "--valid", "12", "--tz", "-1", "--period", "0.5", "--freq", "10", "--cost", "3", "--err", "--op",
                    "--param", "fmt=3",
                    "--endpoint", server.url(), "--login", "alex", "--password", "123",
                ]
            )
            #expect(result.status == 0)
            let request = try #require(server.receivedRequests.first)
            #expect(ScriptedSMSC.operation(of: request) == "send2")
            #expect(
                ScriptedSMSC.field("query", of: request)
                    == "translit=1&amp;tinyurl=1&amp;flash=1&amp;maxsms=3&amp;valid=12&amp;tz=-1&amp;period=0.5&amp;"
                        + "freq=10&amp;cost=3&amp;err=1&amp;op=1&amp;fmt=3"
            )
        }
    }

    @Test(arguments: [
        (
            ["--query", "flash=1", "--flash"], "usage",
            "--query is sent exactly as written, so it cannot be combined with typed option flags (--flash)"
        ),
        (["--valid", "30"], "usage", "--valid must be from 1 to 24 hours, not 30"),
        (["--id", "not valid!"], "validation", "send_sms: invalid id: "),
        (["--time", "tomorrow"], "usage", "--time 'tomorrow' is in none of the documented formats"),
        (["--translit", "7"], "usage", "--translit must be 0, 1 or 2, not 7"),
        (["--param", "=1"], "usage", "--param takes name=value, not '=1'"),
    ])
    func invalidInputExits64AndSendsNothing(extra: [String], kind: String, message: String) async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let result = try await CommandRunner.run(
                [
                    "send", "--phones", "79990000005", "--message", "invalid", "--json", "--endpoint", server.url(),
                    "--login", "alex", "--password", "123",
                ]
                    + extra
            )
            #expect(result.status == 64)
            #expect(
                result.stdout.hasPrefix(
                    "{\"error\":{\"kind\":\"\(kind)\",\"code\":null,\"retry_safe\":false,\"message\":\"\(message)"))
            #expect(result.stderr.hasPrefix("smsc: error: \(message)"))
            #expect(server.receivedRequests.isEmpty)
        }
    }

    /// Every typed flag the library checks a range of is refused with the flag's name and the library's rule, not
    /// the Swift property behind it.
    @Test(arguments: [
        (["--maxsms", "0"], "--maxsms must be 1 or more, not 0"),
        (["--valid", "0"], "--valid must be from 1 to 24 hours, not 0"),
        (["--tz", "-25"], "--tz must be from -24 to 24 hours, not -25"),
        (["--period", "0.05", "--freq", "10"], "--period must be from 0.1 to 720 hours, not 0.05"),
        (["--freq", "1441"], "--freq must be from 1 to 1440 minutes, not 1441"),
        (["--period", "2"], "--period needs --freq (the service ignores a period without freq)"),
        (["--freq", "5"], "--freq needs --period (the service documents freq only as the interval of a period)"),
    ])
    func optionRangeErrorsNameTheFlag(extra: [String], message: String) async throws {
        for command in ["send", "cost"] {
            let result = try await CommandRunner.run(
                [command, "--phones", "79990000005", "--message", "m", "--login", "a", "--password", "b"] + extra)
            #expect(result.status == 64)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "smsc: error: \(message) (see 'smsc \(command) --help')\n")
        }
    }

    /// A `--param` that would put a name in the request twice is refused before anything is sent: one the tool
    /// sets itself, one a typed flag covers (whose range would go unchecked), or one given twice. Either command
    /// that takes `--param`.
    @Test(arguments: [
        (
            ["--param", "translit=1", "--translit", "2"],
            "--param must not set translit: use --translit, which checks the value before anything is sent"
        ),
        (
            ["--param", "cost=1"],
            "--param must not set cost: use --cost, which checks the value before anything is sent"
        ),
        (
            ["--param", "Flash=1"],
            "--param must not set Flash: use --flash, which checks the value before anything is sent"
        ),
        (
            ["--param", "apikey=x"],
            "--param must not set apikey: the tool sets it from --api-key (or SMSC_API_KEY), and the request would "
                + "carry it twice"
        ),
        (
            ["--param", "login=foo"],
            "--param must not set login: the tool sets it from --login (or SMSC_LOGIN), and the request would carry "
                + "it twice"
        ),
        (
            ["--param", "psw=x"],
            "--param must not set psw: the tool sets it from --password (or SMSC_PASSWORD), and the request would "
                + "carry it twice"
        ),
        (
            ["--param", "phones=79990000099"],
            "--param must not set phones: the tool sets it from --phones (or the CSV file's phones column), and the "
                + "request would carry it twice"
        ),
        (
            ["--param", "phone=79990000099"],
            "--param must not set phone: the tool sets it from --phones (get_status's --phone), and the request "
                + "would carry it twice"
        ),
        (
            ["--param", "mes=x"],
            "--param must not set mes: the tool sets it from --message (or the CSV file's message column), and the "
                + "request would carry it twice"
        ),
        (
            ["--param", "id=5"],
            "--param must not set id: the tool sets it from --id (or the CSV file's id column), and the request "
                + "would carry it twice"
        ),
        (
            ["--param", "sender=x"],
            "--param must not set sender: the tool sets it from --sender (or the CSV file's sender column), and the "
                + "request would carry it twice"
        ),
        (
            ["--param", "time=0"],
            "--param must not set time: the tool sets it from --time, and the request would carry it twice"
        ),
        (
            ["--param", "all=1"],
            "--param must not set all: the tool sets it from status --all, and the request would carry it twice"
        ),
        (["--param", "fmt=3", "--param", "fmt=1"], "--param must not set fmt twice: give each parameter once"),
    ])
    func paramClashesAreRefusedAndNothingIsSent(extra: [String], message: String) async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            for command in ["send", "cost"] {
                let result = try await CommandRunner.run(
                    [
                        command, "--phones", "79990000008", "--message", "m", "--json", "--endpoint", server.url(),
                        "--login", "alex", "--password", "123",
                    ] + extra
                )
                #expect(result.status == 64)
                #expect(
                    result.stdout.hasPrefix(
                        "{\"error\":{\"kind\":\"usage\",\"code\":null,\"retry_safe\":false,\"message\":\"\(message) "
                            + "(see 'smsc \(command) --help')\"}}"
                    ))
                #expect(result.stderr == "smsc: error: \(message) (see 'smsc \(command) --help')\n")
            }
            #expect(server.receivedRequests.isEmpty)

            // Other documented parameters still pass, once each, percent-encoded.
            let allowed = try await CommandRunner.run(
                [
                    "send", "--phones", "79990000008", "--message", "m", "--param", "fmt=3", "--param", "subj=a&b",
                    "--endpoint", server.url(), "--login", "alex", "--password", "123",
                ]
            )
            #expect(allowed.status == 0)
            #expect(
                server.receivedRequests.compactMap { ScriptedSMSC.field("query", of: $0) } == ["fmt=3&amp;subj=a%26b"])
        }
    }

    @Test
    func theErrorsListIsPrintedWithNumericStatuses() async throws {
        try await withLoopbackHTTPServer(handler: { request in
            ScriptedSMSC.reply(
                to: request, "Send2Response", "sendresult",
                "<id>1509</id><balance>1227.00</balance><cost>2.50</cost><cnt>1</cnt><error>0</error><errors><phone>"
                    + "7000</phone><status>7</status></errors>"
            )
        }) { server in
            let result = try await CommandRunner.run(
                [
                    "send", "--phones", "79990000006,7000", "--message", "errors", "--err", "--json", "--endpoint",
                    server.url(), "--login", "alex", "--password", "123",
                ]
            )
            #expect(result.status == 0)
            #expect(
                result.stdout
                    == "{\"id\":\"1509\",\"cnt\":1,\"cost\":2.50,\"balance\":1227.00,\"errors\":[{\"phone\":\"7000\""
                        + ",\"status\":7}]}\n"
            )
        }
    }

    @Test
    func numbersThatAreNotJSONLiteralsAreWrittenInCanonicalForm() async throws {
        try await withLoopbackHTTPServer(handler: { request in
            ScriptedSMSC.reply(
                to: request, "SendResponse", "sendresult",
                "<id>0042</id><balance>.5</balance><cost>+2.50</cost><cnt>01</cnt><error>0</error>"
            )
        }) { server in
            let result = try await CommandRunner.run(
                [
                    "send", "--phones", "79990000007", "--message", "canonical", "--json", "--endpoint", server.url(),
                    "--login", "alex", "--password", "123",
                ]
            )
            #expect(result.status == 0)
            #expect(result.stdout == "{\"id\":\"0042\",\"cnt\":1,\"cost\":2.5,\"balance\":0.5}\n")
        }
    }
}
