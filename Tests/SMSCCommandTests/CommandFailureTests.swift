import SOAPTestServer
import Testing

/// How failures are reported: exit status, the JSON error object on stdout and one line on stderr.
struct CommandFailureTests {
    static let credentials = ["--login", "alex", "--password", "123"]

    @Test
    func aServiceErrorExits1WithTheSMSCCode() async throws {
        try await withLoopbackHTTPServer(handler: { request in
            ScriptedSMSC.reply(to: request, "SendResponse", "sendresult", "<error>3</error>")
        }) { server in
            let result = try await CommandRunner.run(
                ["send", "--phones", "79990000031", "--message", "m", "--json", "--endpoint", server.url()]
                    + Self.credentials)
            #expect(result.status == 1)
            #expect(
                result.stdout
                    == "{\"error\":{\"kind\":\"service\",\"code\":3,\"retry_safe\":false,\"message\":\"send_sms: the "
                        + "service answered error 3: insufficient funds\"}}\n"
            )
            #expect(result.stderr == "smsc: error: send_sms: the service answered error 3: insufficient funds\n")
        }
    }

    @Test
    func aSOAPFaultExits3WithTheFaultcode() async throws {
        try await withLoopbackHTTPServer(handler: { _ in ScriptedSMSC.fault(reason: "Procedure 'send' not present") }) {
            server in
            let result = try await CommandRunner.run(
                ["send", "--phones", "79990000032", "--message", "m", "--json", "--endpoint", server.url()]
                    + Self.credentials)
            #expect(result.status == 3)
            #expect(
                result.stdout
                    == "{\"error\":{\"kind\":\"fault\",\"code\":\"SOAP-ENV:Server\",\"retry_safe\":false,\"message\":"
                        + "\"send_sms: SOAP fault SOAP-ENV:Server: Procedure 'send' not present (HTTP 500)\"}}\n"
            )
        }
    }

    @Test
    func anHTTPErrorExits4WithTheStatus() async throws {
        try await withLoopbackHTTPServer(handler: { _ in
            .respond(
                .init(status: 503, headers: ["Content-Type": "text/html"], text: "<html><body>\nBusy\n</body></html>"))
        }) { server in
            let result = try await CommandRunner.run(
                ["balance", "--json", "--endpoint", server.url()] + Self.credentials)
            #expect(result.status == 4)
            #expect(
                result.stdout.hasPrefix(
                    "{\"error\":{\"kind\":\"http\",\"code\":503,\"retry_safe\":true,"
                        + "\"message\":\"get_balance: HTTP status 503"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test
    func aReplyThatIsNotSOAPExits4AsAProtocolError() async throws {
        try await withLoopbackHTTPServer(handler: { _ in
            .respond(.init(status: 200, headers: ["Content-Type": "text/xml"], text: "this is not XML"))
        }) { server in
            let result = try await CommandRunner.run(
                ["balance", "--json", "--endpoint", server.url()] + Self.credentials)
            #expect(result.status == 4)
            #expect(result.stdout.hasPrefix("{\"error\":{\"kind\":\"protocol\",\"code\":null,\"retry_safe\":true,"))
        }
    }

    @Test
    func aClosedConnectionExits4AsATransportError() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .closeConnection }) { server in
            let result = try await CommandRunner.run(
                ["status", "--phone", "79990000033", "--id", "1", "--json", "--endpoint", server.url()]
                    + Self.credentials)
            #expect(result.status == 4)
            #expect(result.stdout.hasPrefix("{\"error\":{\"kind\":\"transport\",\"code\":null,\"retry_safe\":true,"))
        }
    }

    @Test
    func theTimeoutBoundsAHangingCall() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .hang }) { server in
            let start = ContinuousClock.now
            let result = try await CommandRunner.run(
                ["balance", "--timeout", "1", "--json", "--endpoint", server.url()] + Self.credentials)
            #expect(result.status == 4)
            #expect(result.stdout.hasPrefix("{\"error\":{\"kind\":\"transport\",\"code\":null,\"retry_safe\":true,"))
            #expect(ContinuousClock.now - start < .seconds(15))
        }
    }

    @Test
    func aRefusedConnectionExits4() async throws {
        let result = try await CommandRunner.run(
            ["balance", "--endpoint", "http://127.0.0.1:1/sys/soap.php"] + Self.credentials)
        #expect(result.status == 4)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("smsc: error: get_balance: "))
    }

    @Test
    func anUnknownFlagIsAUsageErrorAlsoInJSON() async throws {
        let result = try await CommandRunner.run(["balance", "--json", "--colour"] + Self.credentials)
        #expect(result.status == 64)
        #expect(
            result.stdout.hasPrefix(
                "{\"error\":{\"kind\":\"usage\",\"code\":null,\"retry_safe\":false,"
                    + "\"message\":\"Unknown option '--colour'"))
        #expect(result.stderr.hasPrefix("smsc: error: Unknown option '--colour'"))
    }

    /// `smsc … --json | true`: the usage error is written to a pipe nobody reads. The tool must exit with its own
    /// status, not die of SIGPIPE (exit 141 in a shell) before any socket made NIO ignore the signal.
    @Test
    func aClosedStdoutDoesNotKillTheTool() async throws {
        let running = try RunningCommand(
            ["balance", "--json", "--colour"] + Self.credentials, stdoutIsAClosedPipe: true)
        let result = try await running.result()
        #expect(running.process.terminationReason == .exit)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("smsc: error: Unknown option '--colour'"))
    }

    /// A stdout that cannot be written (a full disk, an I/O error) is reported once and exits 74, rather than
    /// losing the result behind exit 0; with `--json`, the lost error object makes it 74 too.
    @Test
    func aStdoutThatCannotBeWrittenExits74() async throws {
        try await withLoopbackHTTPServer(handler: { request in
            ScriptedSMSC.field("psw", of: request) == "123"
                ? ScriptedSMSC.success(to: request)
                : ScriptedSMSC.reply(to: request, "BalanceResponse", "balanceresult", "<error>2</error>")
        }) { server in
            let balance = try await RunningCommand(
                ["balance", "--endpoint", server.url()] + Self.credentials, stdoutPath: "/dev/full"
            ).result()
            #expect(balance.status == 74)
            #expect(balance.stderr == "smsc: error: cannot write to standard output: No space left on device\n")

            let failed = try await RunningCommand(
                ["balance", "--json", "--endpoint", server.url(), "--login", "alex", "--password", "wrong"],
                stdoutPath: "/dev/full"
            ).result()
            #expect(failed.status == 74)
            #expect(
                failed.stderr
                    == "smsc: error: cannot write to standard output: No space left on device\n"
                    + "smsc: error: get_balance: the service answered error 2: invalid login or password, or the "
                    + "client IP is not allowed\n"
            )
            #expect(server.receivedRequests.count == 2)
        }
    }

    @Test
    func anEndpointThatIsNotAURLIsAValidationError() async throws {
        let result = try await CommandRunner.run(
            ["balance", "--json", "--endpoint", "smsc.ru/sys/soap.php"] + Self.credentials)
        #expect(result.status == 64)
        #expect(
            result.stdout.hasPrefix(
                "{\"error\":{\"kind\":\"validation\",\"code\":null,\"retry_safe\":false,"
                    + "\"message\":\"SMSCClient: invalid endpoint"))
    }
}
