import Foundation
import SMSC
import Testing

@Suite("smsc sandbox")
struct SandboxCommandTests {
    @Test("Prints its endpoint first and serves the demo account and extra accounts until stopped")
    func servesAccounts() async throws {
        let sandbox = try RunningCommand(["sandbox", "--port", "0", "--account", "alex:123:5", "--api-key", "KEY-9:alex", "--stop-after", "60"])
        defer { sandbox.kill(SIGTERM) }
        try await sandbox.waitForLines(1)
        let firstLine = try #require(sandbox.stdoutSoFar.split(separator: "\n").first)
        let endpoint = try #require(firstLine.split(separator: " ").last.map(String.init))
        #expect(firstLine.hasPrefix("SMSC sandbox listening on http://127.0.0.1:"))
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

    @Test("Bad configuration is a usage error", arguments: [
        ["--port", "70000"],
        ["--account", "nopassword"],
        ["--api-key", "KEY:nobody"],
        ["--price", "cheap"],
        ["--price", "2,50"],
        ["--account", "alex:123:5x"],
        ["--api-key", "K:demo", "--api-key", "K:demo"],
        ["--delivery-seconds", "1e30"],
        ["--stop-after", "inf"],
        ["--stop-after", "-1"],
    ])
    func usage(arguments: [String]) async throws {
        let result = try await CommandRunner.run(["sandbox"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("smsc: error:"))
    }
}
