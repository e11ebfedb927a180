import Foundation
import InMemoryTracing
import Logging
import MetricsTestKit
import SMSC
import SMSCSandbox
import SOAPTestServer
import Synchronization
import Testing
import Tracing

/// No password, API key or message text appears in anything the library or the tool produces: log lines at every
/// level, traces, `lastExchange`, error descriptions, metric labels and dimensions, span names and attributes, the
/// tool's stdout and stderr, and its journals, across every command and every error path.
@Suite("No secret in any output")
struct SecretsTests {
    static let password = "PW-secret-5c1e"
    static let apiKey = "KEY-secret-51bd"
    /// Message texts are secrets too (one-time codes, orders): each send below uses a text that contains this.
    static let text = "TEXT-secret-7f3a"
    static var secrets: [String] { [password, apiKey, text] }

    static let sandboxConfiguration = SandboxConfiguration(
        accounts: [
            SandboxAccount(login: "alex", password: password, balance: 1_000, apiKeys: [apiKey]),
            SandboxAccount(login: "poor", password: password, balance: 0),
        ]
    )

    /// Everything produced, to search.
    final class Output: Sendable {
        private let collected = Mutex<[String]>([])

        func add(_ text: String, from source: String) {
            collected.withLock { $0.append("[\(source)] \(text)") }
        }

        /// Each secret, with the outputs that contain it.
        func leaks(of secrets: [String]) -> [String] {
            let all = collected.withLock { $0 }
            return secrets.flatMap { secret in
                all.filter { $0.contains(secret) }.map { "\(secret) in \($0.prefix(400))" }
            }
        }

        var count: Int { collected.withLock { $0.count } }
    }

    @Test func noSecretInAnythingTheLibraryProduces() async throws {
        let output = Output()
        let logs = LogSink()
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        let logger = Logger(label: "secrets") { _ in logs }

        func configuration(
            _ endpoint: String, timeout: Duration = .seconds(5), ids: Bool = false
        ) -> SMSCClient.Configuration {
            SMSCClient.Configuration(
                endpoint: SMSCEndpoint(url: endpoint), timeout: timeout, keepsLastExchange: true,
                metricsFactory: metrics, tracer: tracer,
                retryPolicy: SMSCRetryPolicy(
                    maximumAttempts: 2, initialBackoff: .milliseconds(1), rateLimitedBackoff: .zero),
                generatesMessageIDs: ids, rateLimits: .none
            )
        }
        /// Runs a call, and keeps its error and the client's last exchange.
        func record<T>(_ client: SMSCClient, _ call: (SMSCClient) async throws -> T) async {
            do {
                _ = try await call(client)
            } catch let error as SMSCError {
                output.add(error.description, from: "error.description")
                output.add(error.debugDescription, from: "error.debugDescription")
                output.add(error.message, from: "error.message")
                output.add(String(describing: error), from: "String(describing: error)")
                output.add(error.responseBodyPrefix ?? "", from: "error.responseBodyPrefix")
                output.add(String(describing: error.underlyingError), from: "error.underlyingError")
            } catch {
                output.add(String(describing: error), from: "other error")
            }
            if let exchange = client.lastExchange {
                output.add(String(describing: exchange), from: "lastExchange")
                output.add(exchange.requestBody, from: "lastExchange.requestBody")
                output.add(exchange.responseBody ?? "", from: "lastExchange.responseBody")
                output.add(
                    "\(exchange.requestHeaders) \(exchange.responseHeaders) \(exchange.url)",
                    from: "lastExchange headers")
            }
            output.add(client.description, from: "client.description")
        }
        func text(_ label: String) -> String { "\(Self.text) \(label) \(UUID().uuidString.prefix(6))" }

        // Every operation, its "2" variant, API-key credentials and the service's errors.
        try await withSandboxServer(configuration: Self.sandboxConfiguration) { sandbox in
            let alex = try SMSCClient(
                credentials: .login("alex", password: Self.password), configuration: configuration(sandbox.endpoint),
                logger: logger)
            let key = try SMSCClient(
                credentials: .apiKey(Self.apiKey), configuration: configuration(sandbox.endpoint), logger: logger)
            let wrong = try SMSCClient(
                credentials: .login("alex", password: Self.password + "x"),
                configuration: configuration(sandbox.endpoint), logger: logger)
            let poor = try SMSCClient(
                credentials: .login("poor", password: Self.password), configuration: configuration(sandbox.endpoint),
                logger: logger)
            let sent = text("sent")
            await record(alex) { try await $0.balance() }
            await record(alex) { try await $0.send(sent, to: ["79990000001"], id: "s1") }
            await record(alex) { try await $0.send(sent, to: ["79990000001"], id: "s1") }  // error 9: the same send again
            await record(alex) {
                try await $0.send(
                    text("options"), to: ["79990000001"], id: "s2", options: SMSCSendOptions(reportInvalidPhones: true))
            }
            await record(alex) { try await $0.cost(of: text("cost"), to: ["79990000001"]) }
            await record(alex) { try await $0.cost(of: text("cost2"), to: ["79990000001"], query: "translit=1") }
            await record(alex) { try await $0.status(phone: "79990000001", id: "s1") }
            await record(alex) {
                try await $0.status(phone: "79990000001", id: "s1", detail: .fullWithOperator, query: "x=1")
            }  // replies with the text
            await record(alex) { try await $0.status(phone: "79990000001", id: "nope") }
            await record(key) { try await $0.send(text("api key"), to: ["79990000001"], id: "k1") }
            await record(key) { try await $0.cost(of: text("api key cost"), to: ["79990000001"]) }
            await record(key) { try await $0.status(phone: "79990000001", id: "k1", detail: .full) }
            await record(key) { try await $0.balance() }  // refused before sending: get_balance cannot carry a key
            await record(wrong) { try await $0.balance() }
            await record(wrong) { try await $0.send(text("wrong"), to: ["79990000001"]) }
            await record(poor) { try await $0.send(text("poor"), to: ["79990000001"]) }
            // Input the library refuses, holding the text.
            await record(alex) { try await $0.send(String(repeating: Self.text, count: 100), to: ["79990000001"]) }
            await record(alex) { try await $0.send(Self.text + "\u{1}", to: ["79990000001"]) }
            await record(alex) {
                try await $0.send(text("bad id"), to: ["79990000001"], id: SMSCMessageID(Self.text + "!"))
            }
            await record(alex) { try await $0.send(text("no phone"), to: [""]) }
        }

        // Every fault, on sends with and without an id (checked, sent again, or left in doubt) and on reads.
        for fault in SandboxFault.allCases {
            var sandbox = Self.sandboxConfiguration
            sandbox.faults = SandboxFaultInjection(rates: [fault: 1], replyDelay: .seconds(30), limit: 3, seed: 1)
            try await withSandboxServer(configuration: sandbox) { server in
                let alex = try SMSCClient(
                    credentials: .login("alex", password: Self.password),
                    configuration: configuration(server.endpoint, timeout: .seconds(1)), logger: logger
                )
                let generating = try SMSCClient(
                    credentials: .login("alex", password: Self.password),
                    configuration: configuration(server.endpoint, timeout: .seconds(1), ids: true), logger: logger
                )
                await record(alex) {
                    try await $0.send(
                        text("fault \(fault)"), to: ["79990000001"], id: SMSCMessageID("f-\(fault.rawValue)"))
                }
                await record(alex) { try await $0.send(text("fault no id \(fault)"), to: ["79990000001"]) }
                await record(generating) { try await $0.send(text("fault generated \(fault)"), to: ["79990000001"]) }
                await record(alex) {
                    try await $0.status(
                        phone: "79990000001", id: SMSCMessageID("f-\(fault.rawValue)"), detail: .fullWithOperator)
                }
            }
        }

        // Servers that echo the request back, whole or cut off inside the text.
        try await withLoopbackHTTPServer(handler: { request in
            let echoed = request.bodyText
            if echoed.contains("<id>echo-page</id>") {
                return .respond(
                    .init(
                        status: 502, headers: ["Content-Type": "text/html"], text: "<html><pre>\(echoed)</pre></html>"))
            }
            if echoed.contains("<id>echo-cut</id>") {
                let cut = echoed.range(of: "<mes>").map { String(echoed[..<$0.upperBound]) + Self.text } ?? echoed
                return .respond(.init(status: 200, headers: ["Content-Type": "text/xml"], text: cut))
            }
            return .respond(.init(status: 200, headers: ["Content-Type": "text/xml; charset=utf-8"], text: echoed))
        }) { server in
            let alex = try SMSCClient(
                credentials: .login("alex", password: Self.password), configuration: configuration(server.url()),
                logger: logger)
            await record(alex) { try await $0.send(text("echo page"), to: ["79990000001"], id: "echo-page") }
            await record(alex) { try await $0.send(text("echo cut"), to: ["79990000001"], id: "echo-cut") }
            await record(alex) { try await $0.send(text("echo"), to: ["79990000001"], id: "echo") }
        }

        for line in logs.lines {
            output.add(line, from: "log")
        }
        for counter in metrics.counters {
            output.add("\(counter.label) \(counter.dimensions)", from: "metric")
        }
        for timer in metrics.timers {
            output.add("\(timer.label) \(timer.dimensions)", from: "metric")
        }
        for span in tracer.finishedSpans {
            output.add(
                "\(span.operationName) \(span.attributes) \(span.events) \(span.errors) \(String(describing: span.status))",
                from: "span")
        }
        #expect(logs.lines.contains { $0.contains("<mes>***</mes>") }, "the trace logs hold the envelopes, masked")
        #expect(output.count > 300)
        #expect(output.leaks(of: Self.secrets) == [])
    }

    @Test func noSecretInAnythingTheToolPrintsOrWrites() async throws {
        let output = Output()
        /// Runs the tool, keeps what it printed, and checks its exit status: a command that failed for another
        /// reason than the one meant (a sandbox not reached, a flag refused) would print no secret to find.
        func run(
            _ arguments: [String], environment: [String: String] = [:], exitsWith status: Int32,
            sourceLocation: SourceLocation = #_sourceLocation
        ) async throws {
            let result = try await CommandRunner.run(arguments, environment: environment)
            output.add(result.stdout, from: "stdout of smsc \(arguments.first ?? "")")
            output.add(result.stderr, from: "stderr of smsc \(arguments.first ?? "")")
            // The arguments hold the secrets; the command's first word and its stderr say which run this was.
            #expect(
                result.status == status, "smsc \(arguments.first ?? "") exited \(result.status):\n\(result.stderr)",
                sourceLocation: sourceLocation
            )
        }
        func text(_ label: String) -> String { "\(Self.text) \(label) \(UUID().uuidString.prefix(6))" }

        // The sandbox command itself, with the account and key on its command line.
        let sandbox = try RunningCommand([
            "sandbox", "--port", "0", "--account", "alex:\(Self.password):1000", "--api-key", "\(Self.apiKey):alex",
            "--stop-after", "120",
        ])
        defer { sandbox.kill(SIGTERM) }
        try await sandbox.waitForLines(5)
        let endpoint = try #require(
            sandbox.stdoutSoFar.split(separator: "\n").first?.split(separator: " ").last.map(String.init))
        let login = ["SMSC_ENDPOINT": endpoint, "SMSC_LOGIN": "alex", "SMSC_PASSWORD": Self.password]
        let key = ["SMSC_ENDPOINT": endpoint, "SMSC_API_KEY": Self.apiKey]

        for format in [[], ["--json"], ["--trace"], ["--json", "--trace"]] {
            try await run(["balance"] + format, environment: login, exitsWith: 0)
            let id = ["--id", "t\(format.count)"]
            let phones = ["--phones", "79990000001"]
            try await run(
                ["send"] + phones + ["--message", text("send")] + id + format, environment: login, exitsWith: 0
            )
            try await run(
                ["send"] + phones + ["--message", text("key"), "--translit", "1"] + format, environment: key,
                exitsWith: 0
            )
            try await run(["cost"] + phones + ["--message", text("cost")] + format, environment: key, exitsWith: 0)
            try await run(["status", "--phone", "79990000001"] + id + format, environment: login, exitsWith: 0)
            // The service's error 3 (no such message).
            try await run(
                ["status", "--phone", "79990000001", "--id", "nope"] + format, environment: key, exitsWith: 1)
            // Failures: a wrong password (the service's error 2), a text too long and a bad id (refused before
            // sending), an unreachable service.
            let wrongPassword = login.merging(["SMSC_PASSWORD": Self.password + "x"]) { $1 }
            try await run(["balance"] + format, environment: wrongPassword, exitsWith: 1)
            let tooLong = String(repeating: Self.text, count: 100)
            try await run(["send"] + phones + ["--message", tooLong] + format, environment: login, exitsWith: 64)
            try await run(
                ["send", "--phones", "79990000001", "--message", text("id"), "--id", Self.text + "!"] + format,
                environment: login, exitsWith: 64
            )
            try await run(
                [
                    "send", "--phones", "79990000001", "--message", text("down"), "--endpoint",
                    "http://127.0.0.1:1/sys/soap.php",
                ] + format,
                environment: login, exitsWith: 4
            )
        }
        // The password as a flag, where `ps` would show it: still never printed.
        try await run(
            ["balance", "--endpoint", endpoint, "--login", "alex", "--password", Self.password, "--trace"], exitsWith: 0
        )

        // Bulk runs, with their journals.
        let rows = try Fixtures.temporaryFile(
            "rows.csv",
            "phones,message,id\n79990000002,\(text("bulk 1")),b1\n79990000003,\(text("bulk 2")),\n,\(text("bulk bad")),b3\n"
        )
        let journal = try Fixtures.temporaryPath("send.jsonl")
        // The row without phones is refused by the library and the others are sent: 1.
        try await run(["send", "--csv", rows, "--journal", journal], environment: login, exitsWith: 1)
        // The rerun replays.
        try await run(["send", "--csv", rows, "--journal", journal], environment: login, exitsWith: 1)
        let statuses = try Fixtures.temporaryFile("status.csv", "phone,id\n79990000002,b1\n79990000003,nope\n")
        let statusJournal = try Fixtures.temporaryPath("status.jsonl")
        // The second row's message does not exist (the service's error 3).
        try await run(["status", "--csv", statuses, "--journal", statusJournal], environment: key, exitsWith: 1)
        for path in [journal, statusJournal] {
            let content = try String(contentsOfFile: path, encoding: .utf8)
            output.add(content, from: "journal \(path)")
            // The login is no secret to the service, but the tool promises that no output names it.
            #expect(!content.contains("alex"), "the journal names the login:\n\(content)")
        }

        // A send whose reply is lost, with and without an id.
        var faulty = Self.sandboxConfiguration
        faulty.faults = SandboxFaultInjection(rates: [.resetAfterProcessing: 1], operations: [.sendSMS], limit: 2)
        try await withSandboxServer(configuration: faulty) { server in
            let environment = ["SMSC_ENDPOINT": server.endpoint, "SMSC_LOGIN": "alex", "SMSC_PASSWORD": Self.password]
            // With an id, get_status confirms it; without one it is in doubt (a transport failure, 4).
            try await run(
                ["send", "--phones", "79990000001", "--message", text("lost"), "--id", "lost-1", "--trace"],
                environment: environment, exitsWith: 0
            )
            try await run(
                ["send", "--phones", "79990000001", "--message", text("lost no id"), "--json", "--trace"],
                environment: environment, exitsWith: 4
            )
        }

        sandbox.kill(SIGTERM)
        let finished = try await sandbox.result()
        #expect(finished.status == 0, "smsc sandbox exited \(finished.status):\n\(finished.stderr)")
        output.add(finished.stdout, from: "stdout of smsc sandbox")
        output.add(finished.stderr, from: "stderr of smsc sandbox")
        #expect(output.count > 80)
        #expect(output.leaks(of: Self.secrets) == [])
    }
}
