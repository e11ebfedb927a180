import Foundation
import SMSC
import SMSCSandbox
import SOAPRuntime
import SOAPTestServer
import SOAPXML
import Testing

@Suite("Sandbox on the wire")
struct SandboxWireTests {
    @Test("Replies are byte for byte what PHP's SoapServer sent for the recorded requests")
    func phpSoapServerParity() async throws {
        // The recorded exchanges, replayed in order against an account and clock set up to produce the same
        // values: alex/123 with 1234.50, ids from 1507, a message 999 delivered at 28.12.2019 19:20:22 MSK.
        let time = SandboxManualClock(start: Date(timeIntervalSince1970: 1_577_550_014))
        let configuration = SandboxConfiguration(
            accounts: [SandboxAccount(login: "alex", password: "123", balance: Decimal(string: "1234.50")!)],
            deliveryTimeline: .init(transferredAfter: .seconds(4), deliveredAfter: .seconds(8)),
            clock: time.clock,
            firstMessageID: 1507
        )
        try await withSandboxServer(configuration: configuration) { server in
            func replay(_ name: String, line: SourceLocation = #_sourceLocation) async throws {
                let exchange = try PHPExchange(name, namespace: server.endpoint)
                let reply = try await RawHTTP.post(exchange.request, to: server.endpoint)
                #expect(reply.status == 200, sourceLocation: line)
                #expect(reply.contentType == "text/xml; charset=utf-8", sourceLocation: line)
                #expect(
                    reply.body.trimmingCharacters(in: .newlines) == exchange.response.trimmingCharacters(in: .newlines),
                    sourceLocation: line)
            }
            try await replay("01_get_balance")
            try await replay("02_send_sms")
            try await replay("02b_send_sms_bad_password")
            try await replay("03_send_sms2")
            try await replay("03b_send_sms2_err1_errors_list")
            try await replay("04_get_sms_cost")
            // 05's recorded reply (5.00 for 2 parts of "Hello world!") is an invented example that no pricing
            // reproduces; its request is still answered.
            let send999 = Envelope.request(
                "send", namespace: server.endpoint,
                [
                    ("login", "alex"), ("psw", "123"), ("phones", "79999999999"), ("mes", "Hello world!"),
                    ("id", "999"), ("sender", "ivan"), ("time", "0"),
                ]
            )
            #expect(try await RawHTTP.post(send999, to: server.endpoint).body.contains("<id>999</id>"))
            time.advance(by: 8)
            try await replay("06_get_status")
            try await replay("07_get_status2")
        }
    }

    @Test("GET ?wsdl publishes the WSDL rebased onto the sandbox's own URL")
    func publishesWSDL() async throws {
        try await withSandboxServer { server in
            let reply = try await RawHTTP.get(server.wsdlURL)
            #expect(reply.status == 200)
            #expect(reply.contentType == "text/xml; charset=utf-8")
            let tree = try XMLTree(parsing: Array(reply.body.utf8))
            #expect(tree.root.localName == "definitions")
            #expect(tree.root.attributes.first { $0.localName == "targetNamespace" }?.value == server.endpoint)
            var soapActions: [String] = []
            var addresses: [String] = []
            func visit(_ element: XMLTree.Element) {
                if element.localName == "operation",
                    let action = element.attributes.first(where: { $0.localName == "soapAction" })
                {
                    soapActions.append(action.value)
                }
                if element.localName == "address",
                    let location = element.attributes.first(where: { $0.localName == "location" })
                {
                    addresses.append(location.value)
                }
                element.children.forEach(visit)
            }
            visit(tree.root)
            #expect(soapActions.count == 7)
            #expect(Set(soapActions) == [server.endpoint])
            #expect(addresses == [server.endpoint])
            #expect(!reply.body.contains("\"https://smsc.ru/sys/soap.php\""))
        }
    }

    @Test("The namespace follows the Host the client used")
    func namespaceFollowsHost() async throws {
        try await withSandboxServer { server in
            let viaLocalhost = "http://localhost:\(server.port)/sys/soap.php"
            let wsdl = try await RawHTTP.get(viaLocalhost + "?wsdl")
            #expect(wsdl.body.contains("targetNamespace=\"\(viaLocalhost)\""))
            let balance = try await RawHTTP.post(
                Envelope.request("balance", namespace: viaLocalhost, [("login", "demo"), ("psw", "demo")]),
                to: viaLocalhost)
            #expect(balance.body.contains("<balance>1000.00</balance>"))
        }
    }

    @Test("Other paths are 404, other methods 405, oversized bodies 413 and nothing is processed")
    func httpRoutes() async throws {
        try await withSandboxServer(configuration: SandboxConfiguration(maximumRequestSize: 4096)) { server in
            let base = "http://127.0.0.1:\(server.port)"
            let rootStatus = try await RawHTTP.get(base + "/").status
            #expect(rootStatus == 404)
            let getStatus = try await RawHTTP.get(base + "/sys/soap.php").status
            #expect(getStatus == 405)
            let large = String(repeating: "x", count: 5000)
            let oversizedStatus = try await RawHTTP.post(large, to: server.endpoint).status
            #expect(oversizedStatus == 413)
            #expect(server.requestCount == 0)
        }
    }

    @Test("Concurrent sends never spend the same money twice")
    func concurrentSends() async throws {
        let account = SandboxAccount(login: "race", password: "pw", balance: 25)
        try await withSandboxClient(
            configuration: SandboxConfiguration(accounts: [account]), credentials: .login("race", password: "pw")
        ) { client, server in
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for index in 0..<20 {
                    group.addTask { (try? await client.send("race \(index)", to: ["79990000001"])) != nil }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 10)
            #expect(server.balance(ofAccount: "race") == 0)
        }
    }

    @Test(
        "A configuration that breaks a rule is refused, naming the setting",
        arguments: [
            (SandboxConfiguration(accounts: [.demo, .demo]), "every account needs its own login"),
            (SandboxConfiguration(accounts: []), "at least one account"),
            (
                SandboxConfiguration(accounts: [
                    SandboxAccount(login: "a", password: "p", balance: 1, apiKeys: ["K"]),
                    SandboxAccount(login: "b", password: "p", balance: 1, apiKeys: ["K"]),
                ]),
                "an API key can belong to one account only"
            ),
            (
                SandboxConfiguration(accounts: [SandboxAccount(login: "a", password: "p", balance: -1)]),
                "balance of 'a' must be zero or more"
            ),
            (SandboxConfiguration(pricePerPart: -1), "pricePerPart"),
            (SandboxConfiguration(firstMessageID: 0), "firstMessageID"),
            (SandboxConfiguration(maximumRequestSize: 0), "maximumRequestSize"),
            (
                {
                    var configuration = SandboxConfiguration(); configuration.deliveryTimeline.deliveredAfter = .zero;
                    return configuration
                }(), "deliveryTimeline"
            ),
        ] as [(SandboxConfiguration, String)]
    )
    func invalidConfiguration(configuration: SandboxConfiguration, rule: String) async throws {
        let error = await #expect(throws: SandboxConfigurationError.self) {
            try await SandboxServer.start(configuration: configuration)
        }
        #expect(error?.rule.contains(rule) == true, "\(String(describing: error))")
    }

    @Test("An accelerated clock runs faster than the system's")
    func acceleratedClock() async throws {
        let clock = SandboxClock.accelerated(by: 1000)
        let before = clock.now
        try await Task.sleep(for: .milliseconds(20))
        // At least 20 ms passed for real, so at least 20 s on this clock; no upper bound is asserted.
        #expect(clock.now.timeIntervalSince(before) >= 20)
    }

    @Test("An accelerated clock moves deliveries along")
    func acceleratedDelivery() async throws {
        let configuration = SandboxConfiguration(
            deliveryTimeline: .init(transferredAfter: .seconds(30), deliveredAfter: .seconds(60)),
            clock: .accelerated(by: 600))
        try await withSandboxClient(configuration: configuration) { client, _ in
            _ = try await client.send("fast", to: ["79990000001"], id: "fast-1")
            try await Task.sleep(for: .milliseconds(150))
            let status = try await client.status(phone: "79990000001", id: "fast-1")
            #expect(status.deliveryStatus == .delivered)
        }
    }
}
