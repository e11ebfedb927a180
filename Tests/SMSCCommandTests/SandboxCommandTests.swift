import Foundation
import SMSC
import SMSCSandbox
import SOAPRuntime
import Testing

@Suite("smsc sandbox")
struct SandboxCommandTests {
    @Test("Prints its endpoint first and serves the demo account and extra accounts until stopped")
    func servesAccounts() async throws {
        let sandbox = try RunningCommand([
            "sandbox", "--port", "0", "--account", "alex:123:5", "--api-key", "KEY-9:alex", "--stop-after", "60",
        ])
        defer { sandbox.kill(SIGTERM) }
        try await sandbox.waitForLines(5)
        let firstLine = try #require(sandbox.stdoutSoFar.split(separator: "\n").first)
        let endpoint = try #require(firstLine.split(separator: " ").last.map(String.init))
        #expect(firstLine.hasPrefix("SMSC sandbox listening on http://127.0.0.1:"))
        #expect(sandbox.stdoutSoFar.contains("Account: login demo, balance 1000.00"))
        #expect(sandbox.stdoutSoFar.contains("Account: login alex, balance 5.00, 1 API key(s)"))
        #expect(endpoint.hasSuffix("/sys/soap.php"))

        let demo = try await CommandRunner.run([
            "balance", "--endpoint", endpoint, "--login", "demo", "--password", "demo", "--json",
        ])
        #expect(demo.status == 0)
        #expect(demo.stdout == "{\"balance\":1000.00}\n")
        let alex = try await CommandRunner.run(
            ["cost", "--phones", "79990000001", "--message", "hi", "--json"],
            environment: ["SMSC_ENDPOINT": endpoint, "SMSC_API_KEY": "KEY-9"])
        #expect(alex.stdout == "{\"cost\":2.50,\"cnt\":1}\n")
        let poor = try await CommandRunner.run(
            ["send", "--phones", "79990000001", "--message", String(repeating: "x", count: 1000), "--json"],
            environment: ["SMSC_ENDPOINT": endpoint, "SMSC_LOGIN": "alex", "SMSC_PASSWORD": "123"])
        #expect(poor.status == 1)
        #expect(poor.stdout.contains("\"kind\":\"service\",\"code\":3"))

        // SIGTERM (like Ctrl-C) shuts it down cleanly.
        sandbox.kill(SIGTERM)
        let finished = try await sandbox.result()
        #expect(finished.status == 0)
        #expect(finished.stderr.contains("stopped"))
    }

    @Test("--stop-after stops it by itself")
    func stopsByItself() async throws {
        let result = try await CommandRunner.run(["sandbox", "--port", "0", "--stop-after", "0.5"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Stops after 0.5 s."))
    }

    @Test("A port in use is named, with what to do, and exits 4")
    func portInUse() async throws {
        try await withSandboxServer { busy in
            let port = try #require(URL(string: busy.endpoint)?.port)
            let result = try await CommandRunner.run(["sandbox", "--port", String(port), "--stop-after", "5"])
            #expect(result.status == 4)
            #expect(
                result.stderr
                    == "smsc: error: cannot listen on 127.0.0.1:\(port): the port is already in use; stop what listens there, or pick another with --port (--port 0 picks a free one)\n"
            )
        }
    }

    @Test(
        "Bad configuration is a usage error naming the flag and the rule",
        arguments: [
            (["--port", "70000"], "--port must be 0…65535"),
            (["--account", "nopassword"], "--account must be LOGIN:PASSWORD[:BALANCE]"),
            (["--api-key", "KEY:nobody"], "--api-key must be KEY:LOGIN for an existing account"),
            (["--price", "cheap"], "--price must be a decimal number such as 2.50, not 'cheap'"),
            (["--price", "2,50"], "--price must be a decimal number such as 2.50, not '2,50'"),
            (["--price", "-1"], "--price must be a decimal number such as 2.50, not '-1'"),
            (["--account", "alex:123:5x"], "--account balance must be a decimal number such as 1000.00, not '5x'"),
            (["--api-key", "K:demo", "--api-key", "K:demo"], "--api-key gives key 'K' twice"),
            (["--delivery-seconds", "1e30"], "--delivery-seconds must be 0…86400"),
            (["--delivery-seconds", "-1"], "--delivery-seconds must be 0…86400, not -1"),
            (["--stop-after", "inf"], "--stop-after must be above 0"),
            (["--stop-after", "-1"], "--stop-after must be above 0"),
            (
                ["--faults", "flood=0.1"],
                "--faults: unknown kind 'flood'; the kinds are reset-before, reset-after, delay, http-502, "
                    + "http-503, truncate, error-9, error-4"
            ),
            (["--faults", "http-502"], "--faults: 'http-502' needs a rate from 0 to 1, as in http-502=0.05"),
            (["--faults", "http-502=2"], "--faults: 'http-502=2' needs a rate from 0 to 1"),
            (
                ["--faults", "http-502=0.5,truncate=0.75"],
                "--faults: the rates add up to 1.25; together they can be at most 1"
            ),
            (["--faults", "delay=0.1,delay=0.2"], "--faults names delay twice"),
            (["--fault-delay", "-1"], "--fault-delay must be 0…3600 seconds, not -1"),
            (
                ["--fault-operations", "send"],
                "--fault-operations: unknown operation 'send'; the operations are get_balance, send_sms"
            ),
        ] as [([String], String)])
    func usage(arguments: [String], message: String) async throws {
        let result = try await CommandRunner.run(["sandbox"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("smsc: error: \(message)"), "\(result.stderr)")
    }

    @Test("--faults injects failures, says so when it starts, and counts them when it stops")
    func injectsFaults() async throws {
        let sandbox = try RunningCommand([
            "sandbox", "--port", "0", "--faults", "error-9=1", "--fault-operations", "get_balance", "--fault-seed", "7",
            "--stop-after", "60",
        ])
        defer { sandbox.kill(SIGTERM) }
        try await sandbox.waitForLines(5)
        #expect(sandbox.stdoutSoFar.contains("Faults: error-9=1.0, seed 7\n"))
        let endpoint = try #require(
            sandbox.stdoutSoFar.split(separator: "\n").first?.split(separator: " ").last.map(String.init))
        let demo = ["--endpoint", endpoint, "--login", "demo", "--password", "demo", "--json"]
        let balance = try await CommandRunner.run(["balance", "--retries", "1"] + demo)
        #expect(balance.status == 1)
        // Too many requests can pass, and get_balance is safe to repeat.
        #expect(balance.stdout.hasPrefix("{\"error\":{\"kind\":\"service\",\"code\":9,\"retry_safe\":true,"))
        // Other operations are answered normally.
        let sent = try await CommandRunner.run(
            ["send", "--phones", "79990000001", "--message", "hi", "--id", "f1"] + demo)
        #expect(sent.stdout.hasPrefix("{\"id\":\"f1\",\"cnt\":1,"))
        sandbox.kill(SIGTERM)
        let finished = try await sandbox.result()
        #expect(finished.status == 0)
        #expect(
            finished.stderr.contains(
                "smsc: sandbox: 2 requests, 1 messages accepted, 0 repeated; faults injected: reset-before 0, "
                    + "reset-after 0, delay 0, http-502 0, http-503 0, truncate 0, error-9 1, error-4 0\n"
            ),
            "\(finished.stderr)"
        )
    }
}
