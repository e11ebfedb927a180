import SMSCSandbox
import SOAPTestServer
import Testing

/// `smsc cost`.
struct CostCommandTests {
    @Test
    func printsCostThenCountAndSendsNothing() async throws {
        try await withSandboxServer { sandbox in
            let json = try await CommandRunner.run(
                ["cost", "--phones", "79990000011", "--message", "How much?", "--json"]
                    + Fixtures.demo(sandbox.endpoint))
            #expect(json.status == 0)
            #expect(json.stdout == "{\"cost\":2.50,\"cnt\":1}\n")

            let text = try await CommandRunner.run(
                ["cost", "--phones", "79990000011,79990000012", "--message", "How much?"]
                    + Fixtures.demo(sandbox.endpoint))
            #expect(text.status == 0)
            #expect(text.stdout == "SMS count: 2\nCost:      5.00\n")

            let balance = try await CommandRunner.run(["balance", "--json"] + Fixtures.demo(sandbox.endpoint))
            #expect(balance.stdout == "{\"balance\":1000.00}\n")
        }
    }

    @Test
    func aQuerySelectsGetSMSCost2() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let endpoint = ["--endpoint", server.url(), "--login", "alex", "--password", "123"]
            let plain = try await CommandRunner.run(["cost", "--phones", "79990000013", "--message", "m"] + endpoint)
            #expect(plain.status == 0)
            let raw = try await CommandRunner.run(
                ["cost", "--phones", "79990000013", "--message", "m", "--query", "translit=1"] + endpoint)
            #expect(raw.status == 0)
            let requests = server.receivedRequests
            #expect(requests.map { ScriptedSMSC.operation(of: $0) } == ["cost", "cost2"])
            #expect(ScriptedSMSC.field("query", of: requests[1]) == "translit=1")
        }
    }

    @Test
    func missingPhonesIsAUsageErrorFromTheParser() async throws {
        let result = try await CommandRunner.run([
            "cost", "--message", "m", "--json", "--login", "a", "--password", "b",
        ])
        #expect(result.status == 64)
        #expect(
            result.stdout.hasPrefix(
                "{\"error\":{\"kind\":\"usage\",\"code\":null,\"retry_safe\":false,\"message\":\"Missing expected "
                    + "argument '--phones <phones>'"
            ))
        #expect(result.stderr.hasPrefix("smsc: error: Missing expected argument '--phones <phones>'"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
