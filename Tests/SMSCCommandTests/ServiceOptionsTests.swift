import SMSCSandbox
import SOAPTestServer
import Synchronization
import Testing

/// Credentials and endpoint from flags and the environment, `--trace` and what never appears in output.
struct ServiceOptionsTests {
    @Test
    func credentialsAndEndpointComeFromTheEnvironment() async throws {
        try await withSandboxServer { sandbox in
            let result = try await CommandRunner.run(
                ["balance", "--json"],
                environment: ["SMSC_ENDPOINT": sandbox.endpoint, "SMSC_LOGIN": "demo", "SMSC_PASSWORD": "demo"]
            )
            #expect(result.status == 0)
            #expect(result.stdout == "{\"balance\":1000.00}\n")
        }
    }

    @Test
    func aFlagWinsOverItsVariable() async throws {
        try await withSandboxServer { sandbox in
            let environment = [
                "SMSC_ENDPOINT": "http://127.0.0.1:1/sys/soap.php", "SMSC_LOGIN": "demo", "SMSC_PASSWORD": "wrong",
            ]
            let fixed = try await CommandRunner.run(
                ["balance", "--json", "--endpoint", sandbox.endpoint, "--password", "demo"], environment: environment)
            #expect(fixed.status == 0)
            #expect(fixed.stdout == "{\"balance\":1000.00}\n")

            let wrongLogin = try await CommandRunner.run(
                ["balance", "--json", "--endpoint", sandbox.endpoint, "--login", "nobody"],
                environment: ["SMSC_LOGIN": "demo", "SMSC_PASSWORD": "demo"]
            )
            #expect(wrongLogin.status == 1)
            #expect(wrongLogin.stdout.hasPrefix("{\"error\":{\"kind\":\"service\",\"code\":2,\"retry_safe\":false,"))
        }
    }

    @Test
    func anAPIKeyFlagWinsOverALoginInTheEnvironment() async throws {
        let configuration = SandboxConfiguration(accounts: [
            SandboxAccount(login: "alex", password: "123", balance: 50, apiKeys: ["KEY1"])
        ])
        try await withSandboxServer(configuration: configuration) { sandbox in
            let result = try await CommandRunner.run(
                [
                    "cost", "--phones", "79990000041", "--message", "key", "--json", "--endpoint", sandbox.endpoint,
                    "--api-key", "KEY1",
                ],
                environment: ["SMSC_LOGIN": "alex", "SMSC_PASSWORD": "123"]
            )
            #expect(result.status == 0)
            #expect(result.stdout == "{\"cost\":2.50,\"cnt\":1}\n")
        }
    }

    @Test(
        arguments: [
            ([], [:]),
            (["--login", "alex", "--password", "123", "--api-key", "K"], [:]),
            ([], ["SMSC_LOGIN": "alex", "SMSC_PASSWORD": "123", "SMSC_API_KEY": "K"]),
            (["--login", "alex"], [:]),
            (["--password", "123"], [:]),
            (["--login", "alex", "--password", "123", "--timeout", "0"], [:]),
            (["--login", "alex", "--password", "123", "--retries", "0"], [:]),
            (["--login", "alex", "--password", "123", "--retries", "11"], [:]),
        ] as [([String], [String: String])])
    func credentialMistakesAreUsageErrorsAndNothingIsSent(flags: [String], environment: [String: String]) async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let result = try await CommandRunner.run(
                ["balance", "--json", "--endpoint", server.url()] + flags, environment: environment)
            #expect(result.status == 64)
            #expect(result.stdout.hasPrefix("{\"error\":{\"kind\":\"usage\",\"code\":null,\"retry_safe\":false,"))
            #expect(result.stderr.hasPrefix("smsc: error: "))
            #expect(server.receivedRequests.isEmpty)
            if flags.isEmpty && environment.isEmpty {
                for name in ["--login", "--password", "--api-key", "SMSC_LOGIN", "SMSC_PASSWORD", "SMSC_API_KEY"] {
                    #expect(result.stderr.contains(name))
                }
            }
        }
    }

    @Test
    func readsAreRetriedAfterAnUnavailablePageUnlessRetriesAreOff() async throws {
        let served = RequestCounter()
        // Two 503 pages, then the answer, for each run.
        let handler: LoopbackHTTPServer.Handler = { request in
            let count = served.next()
            return count % 3 == 0 ? ScriptedSMSC.success(to: request) : .respond(.init(status: 503, text: "busy"))
        }
        try await withLoopbackHTTPServer(handler: handler) { server in
            let retried = try await CommandRunner.run(
                ["balance", "--json", "--endpoint", server.url(), "--login", "alex", "--password", "123"]
            )
            #expect(retried.status == 0)
            #expect(server.receivedRequests.count == 3)
            let once = try await CommandRunner.run(
                [
                    "balance", "--json", "--endpoint", server.url(), "--login", "alex", "--password", "123",
                    "--retries", "1",
                ]
            )
            #expect(once.status != 0)
            #expect(once.stdout.contains("HTTP status 503"))
            #expect(server.receivedRequests.count == 4)
        }
    }

    @Test
    func traceShowsBothEnvelopesWithTheCredentialsMasked() async throws {
        try await withSandboxServer { sandbox in
            let password = "demo"
            let result = try await CommandRunner.run(
                ["send", "--phones", "79990000042", "--message", Fixtures.uniqueText("trace"), "--trace", "--json"],
                environment: ["SMSC_ENDPOINT": sandbox.endpoint, "SMSC_LOGIN": "demo", "SMSC_PASSWORD": password]
            )
            #expect(result.status == 0)
            #expect(result.stderr.contains("> POST \(sandbox.endpoint) (send_sms)"))
            #expect(result.stderr.contains("<login>***</login><psw>***</psw>"))
            #expect(result.stderr.contains("< HTTP 200"))
            #expect(result.stderr.contains("<sendresult>"))
            #expect(!result.stderr.contains("<psw>\(password)</psw>"))
            #expect(!result.stderr.contains("<login>demo</login>"))
        }
    }

    @Test
    func traceIsPrintedForFailuresAndMasksTheAPIKey() async throws {
        try await withLoopbackHTTPServer(handler: { _ in ScriptedSMSC.fault(reason: "no") }) { server in
            let key = "S3cr3tK3y"
            let result = try await CommandRunner.run(
                [
                    "status", "--phone", "79990000043", "--id", "1", "--trace", "--json", "--endpoint", server.url(),
                    "--api-key", key,
                ]
            )
            #expect(result.status == 3)
            #expect(result.stderr.contains("apikey=***"))
            #expect(result.stderr.contains("< HTTP 500"))
            #expect(!(result.stdout + result.stderr).contains(key))
            // The key did travel: masking is the tool's output, not the request.
            #expect(server.receivedRequests.first?.bodyText.contains(key) == true)
        }
    }

    @Test
    func aPasswordNeverAppearsInAnyOutput() async throws {
        let password = "Pa55w0rdXYZ"
        try await withLoopbackHTTPServer(handler: { request in
            // Echoes the request back inside an HTTP error body, as a misbehaving proxy might.
            .respond(.init(status: 502, headers: ["Content-Type": "text/plain"], body: request.body))
        }) { server in
            for arguments in [["balance"], ["balance", "--json"], ["balance", "--json", "--trace"]] {
                let result = try await CommandRunner.run(
                    arguments + ["--endpoint", server.url(), "--login", "alex", "--password", password])
                #expect(result.status == 4)
                #expect(!(result.stdout + result.stderr).contains(password))
            }
        }
    }
}

/// Counts the requests a scripted server has seen, from its handler.
private final class RequestCounter: Sendable {
    private let count = Mutex(0)

    /// The number of this request, from 1.
    func next() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }
}
