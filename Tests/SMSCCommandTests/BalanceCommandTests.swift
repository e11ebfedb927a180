import SMSCSandbox
import SOAPTestServer
import Testing

/// `smsc balance` against the sandbox.
struct BalanceCommandTests {
    @Test
    func printsTheBalanceAsTextAndAsJSONKeepingTheDecimalText() async throws {
        try await withSandboxServer { sandbox in
            let text = try await CommandRunner.run(["balance"] + Fixtures.demo(sandbox.endpoint))
            #expect(text.status == 0)
            #expect(text.stdout == "Balance: 1000.00\n")
            #expect(text.stderr.isEmpty)

            let json = try await CommandRunner.run(["balance", "--json"] + Fixtures.demo(sandbox.endpoint))
            #expect(json.status == 0)
            #expect(json.stdout == "{\"balance\":1000.00}\n")
        }
    }

    @Test
    func anAPIKeyCannotReadTheBalanceAndNothingIsSent() async throws {
        try await withSandboxServer { sandbox in
            let result = try await CommandRunner.run([
                "balance", "--json", "--endpoint", sandbox.endpoint, "--api-key", "KEY1",
            ])
            #expect(result.status == 64)
            #expect(
                result.stdout.hasPrefix(
                    "{\"error\":{\"kind\":\"validation\",\"code\":null,\"retry_safe\":false,"
                        + "\"message\":\"get_balance: invalid credentials"))
            #expect(sandbox.requestCount == 0)
        }
    }

    @Test
    func aWrongPasswordIsServiceError2WithExitStatus1() async throws {
        try await withSandboxServer { sandbox in
            let result = try await CommandRunner.run([
                "balance", "--json", "--endpoint", sandbox.endpoint, "--login", "demo", "--password", "Wr0ngPassw0rd",
            ])
            #expect(result.status == 1)
            #expect(
                result.stdout
                    == "{\"error\":{\"kind\":\"service\",\"code\":2,\"retry_safe\":false,\"message\":\"get_balance: "
                        + "the service answered error 2: invalid login or password, or the client IP is not "
                        + "allowed\"}}\n"
            )
            #expect(
                result.stderr
                    == "smsc: error: get_balance: the service answered error 2: invalid login or password, or the "
                        + "client IP is not allowed\n"
            )
            #expect(!(result.stdout + result.stderr).contains("Wr0ngPassw0rd"))
        }
    }
}
