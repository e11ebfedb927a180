import Foundation
import SMSC
import SMSCSandbox
import SOAPRuntime
import Testing

@Suite("smsc sandbox")
struct SandboxCommandTests {
    @Test("Prints its endpoint first and serves the demo account and extra accounts until stopped")
    func servesAccounts() async throws {
        let sandbox = try RunningCommand(["sandbox", "--port", "0", "--account", "alex:123:5", "--api-key", "KEY-9:alex", "--stop-after", "60"])
        defer { sandbox.kill(SIGTERM) }
        try await sandbox.waitForLines(5)
        let firstLine = try #require(sandbox.stdoutSoFar.split(separator: "\n").first)
        let endpoint = try #require(firstLine.split(separator: " ").last.map(String.init))
        #expect(firstLine.hasPrefix("SMSC sandbox listening on http://127.0.0.1:"))
        #expect(sandbox.stdoutSoFar.contains("Account: login demo, balance 1000.00"))
        #expect(sandbox.stdoutSoFar.contains("Account: login alex, balance 5.00, 1 API key(s)"))
        #expect(endpoint.hasSuffix("/sys/soap.php"))

        let demo = try await CommandRunner.run(["balance", "--endpoint", endpoint, "--login", "demo", "--password", "demo", "--json"])
        #expect(demo.status == 0)
        #expect(demo.stdout == "{\"balance\":1000.00}\n")
        let alex = try await CommandRunner.run(["cost", "--phones", "79990000001", "--message", "hi", "--json"], environment: ["SMSC_ENDPOINT": endpoint, "SMSC_API_KEY": "KEY-9"])
        #expect(alex.stdout == "{\"cost\":2.50,\"cnt\":1}\n")
        let poor = try await CommandRunner.run(["send", "--phones", "79990000001", "--message", String(repeating: "x", count: 1000), "--json"], environment: ["SMSC_ENDPOINT": endpoint, "SMSC_LOGIN": "alex", "SMSC_PASSWORD": "123"])
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

    @Test("Bad configuration is a usage error naming the flag and the rule", arguments: [
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
    ] as [([String], String)])
    func usage(arguments: [String], message: String) async throws {
        let result = try await CommandRunner.run(["sandbox"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("smsc: error: \(message)"), "\(result.stderr)")
    }
}
