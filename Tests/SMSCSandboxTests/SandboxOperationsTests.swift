import Foundation
import SMSC
import SMSCSandbox
import SOAPRuntime
import Testing

@Suite("Sandbox operations")
struct SandboxOperationsTests {
    @Test("The demo account starts with 1000.00")
    func demoBalance() async throws {
        try await withSandboxClient { client, _ in
            let balance = try await client.balance()
            #expect(balance.amount == 1000)
            #expect(balance.wireValues["balance"] == "1000.00")
        }
    }

    @Test(
        "Cost counts parts as the service does: 160/153 GSM-7, 70/67 otherwise, times recipients",
        arguments: [
            (String(repeating: "a", count: 160), 1),
            (String(repeating: "a", count: 161), 2),
            (String(repeating: "a", count: 306), 2),
            (String(repeating: "a", count: 307), 3),
            (String(repeating: "€", count: 80), 1),  // extension characters take two septets
            (String(repeating: "€", count: 81), 2),
            (String(repeating: "ж", count: 70), 1),
            (String(repeating: "ж", count: 71), 2),
            (String(repeating: "ж", count: 134), 2),
            (String(repeating: "ж", count: 135), 3),
        ]
    )
    func costByParts(message: String, parts: Int) async throws {
        try await withSandboxClient { client, _ in
            let one = try await client.cost(of: message, to: ["79990000001"])
            #expect(one.messageCount == parts)
            #expect(one.amount == Decimal(parts) * Decimal(string: "2.50")!)
            let three = try await client.cost(of: message, to: ["79990000001", "79990000002", "79990000003"])
            #expect(three.messageCount == parts * 3)
            #expect(three.amount == Decimal(parts * 3) * Decimal(string: "2.50")!)
        }
    }

    @Test("translit=1 counts the Latin spelling")
    func transliteratedCost() async throws {
        try await withSandboxClient { client, _ in
            let text = String(repeating: "да", count: 40)  // 80 Cyrillic letters: 2 UCS-2 parts, or 80 Latin: 1
            let parts = try await client.cost(of: text, to: ["79990000001"]).messageCount
            #expect(parts == 2)
            let transliteratedParts = try await client.cost(of: text, to: ["79990000001"], query: "translit=1")
                .messageCount
            #expect(transliteratedParts == 1)
        }
    }

    @Test("A send takes its cost from the balance and reports both")
    func sendCharges() async throws {
        try await withSandboxClient { client, server in
            let sent = try await client.send(String(repeating: "b", count: 200), to: ["79990000001", "79990000002"])
            #expect(sent.messageCount == 4)
            #expect(sent.cost == 10)
            #expect(sent.balance == 990)
            #expect(sent.wireValues["cost"] == "10.00")
            #expect(try await client.balance().amount == 990)
            #expect(server.balance(ofAccount: "demo") == 990)
        }
    }

    @Test("Ids are the client's when given, else assigned in sequence")
    func messageIDs() async throws {
        try await withSandboxClient(configuration: SandboxConfiguration(firstMessageID: 1507)) { client, _ in
            let firstID = try await client.send("first", to: ["79990000001"]).id
            #expect(firstID == "1507")
            let secondID = try await client.send("second", to: ["79990000001"], id: "order-42").id
            #expect(secondID == "order-42")
            let thirdID = try await client.send("third", to: ["79990000001"]).id
            #expect(thirdID == "1508")
        }
    }

    @Test("Statuses go from waiting to transferred to delivered on the configured timeline")
    func statusTimeline() async throws {
        let time = SandboxManualClock()
        let configuration = SandboxConfiguration(
            deliveryTimeline: .init(transferredAfter: .seconds(5), deliveredAfter: .seconds(10)),
            clock: time.clock
        )
        try await withSandboxClient(configuration: configuration) { client, _ in
            let sentAt = time.now
            _ = try await client.send("timeline", to: ["79990000001"], id: "t1")
            let waiting = try await client.status(phone: "79990000001", id: "t1")
            #expect(waiting.deliveryStatus == .waiting)
            #expect(waiting.lastChange == sentAt)
            time.advance(by: 5)
            let transferred = try await client.status(phone: "79990000001", id: "t1")
            #expect(transferred.deliveryStatus == .transferred)
            #expect(transferred.lastChange == sentAt.addingTimeInterval(5))
            #expect(transferred.lastChangeTimestamp == sentAt.addingTimeInterval(5))
            time.advance(by: 4.5)
            #expect(try await client.status(phone: "79990000001", id: "t1").deliveryStatus == .transferred)
            time.advance(by: 0.5)
            let delivered = try await client.status(phone: "79990000001", id: "t1")
            #expect(delivered.deliveryStatus == .delivered)
            #expect(delivered.deliveryError == SMSCDeliveryErrorCode.none)
            #expect(delivered.wireValues.keys.sorted() == ["err", "last_date", "last_timestamp", "status"])
        }
    }

    @Test("A scheduled send waits until its time")
    func scheduledSend() async throws {
        let time = SandboxManualClock()
        let configuration = SandboxConfiguration(
            deliveryTimeline: .init(transferredAfter: .seconds(1), deliveredAfter: .seconds(2)), clock: time.clock)
        try await withSandboxClient(configuration: configuration) { client, _ in
            _ = try await client.send("later", to: ["79990000001"], id: "s1", time: .inMinutes(30))
            time.advance(by: 29 * 60)
            #expect(try await client.status(phone: "79990000001", id: "s1").deliveryStatus == .waiting)
            time.advance(by: 60 + 2)
            let status = try await client.status(phone: "79990000001", id: "s1", detail: .full)
            #expect(status.deliveryStatus == .delivered)
            #expect(status.sendDate == time.now.addingTimeInterval(-2))
        }
    }

    @Test("all=1 adds the documented fields, all=2 the operator and region")
    func statusDetail() async throws {
        let time = SandboxManualClock()
        try await withSandboxClient(configuration: SandboxConfiguration(clock: time.clock)) { client, _ in
            _ = try await client.send("Hello world!", to: ["+7 (999) 000-00-01"], id: "d1", sender: "ivan")
            let full = try await client.status(phone: "79990000001", id: "d1", detail: .full)
            #expect(full.phone == "79990000001")
            #expect(full.cost == Decimal(string: "2.50"))
            #expect(full.wireValues["cost"] == "2.50")
            #expect(full.senderID == "ivan")
            #expect(full.message == "Hello world!")
            #expect(full.statusName == "Ожидает отправки")
            #expect(full.sendDate == time.now)
            #expect(full.operator == nil)
            let withOperator = try await client.status(phone: "79990000001", id: "d1", detail: .fullWithOperator)
            #expect(withOperator.operator?.isEmpty == false)
            #expect(withOperator.region?.isEmpty == false)
            #expect(Set(withOperator.wireValues.keys).isSuperset(of: Set(full.wireValues.keys)))
        }
    }

    @Test("err=1 lists the numbers that were not sent to, and only the others are charged")
    func invalidPhonesReported() async throws {
        try await withSandboxClient { client, _ in
            let sent = try await client.send(
                "err list", to: ["79990000001", "7000"], options: SMSCSendOptions(reportInvalidPhones: true))
            #expect(sent.messageCount == 1)
            #expect(sent.cost == Decimal(string: "2.50"))
            #expect(sent.phoneErrors.map(\.phone) == ["7000"])
            #expect(sent.phoneErrors.map(\.wireStatus) == ["7"])
            let silent = try await client.send("no err list", to: ["79990000001", "7000"])
            #expect(silent.phoneErrors.isEmpty)
        }
    }

    @Test("API keys authenticate the \"2\" operations")
    func apiKey() async throws {
        let account = SandboxAccount(login: "alex", password: "123", balance: 50, apiKeys: ["KEY-1"])
        // A timeline no loaded machine reaches while the test runs: the status read back is still "waiting".
        let configuration = SandboxConfiguration(
            accounts: [account],
            deliveryTimeline: .init(transferredAfter: .seconds(3600), deliveredAfter: .seconds(7200))
        )
        try await withSandboxClient(configuration: configuration, credentials: .apiKey("KEY-1")) { client, server in
            let sent = try await client.send("with a key", to: ["79990000001"], id: "k1")
            #expect(sent.balance == Decimal(string: "47.50"))
            #expect(try await client.status(phone: "79990000001", id: "k1").deliveryStatus == .waiting)
            #expect(try await client.cost(of: "cost with a key", to: ["79990000001"]).amount == Decimal(string: "2.50"))
            #expect(server.balance(ofAccount: "alex") == Decimal(string: "47.50"))
        }
    }

    @Test("Messages are per account: another login cannot see them")
    func accountsAreSeparate() async throws {
        let accounts = [SandboxAccount.demo, SandboxAccount(login: "other", password: "pw", balance: 10)]
        try await withSandboxClient(configuration: SandboxConfiguration(accounts: accounts)) { demo, server in
            _ = try await demo.send("mine", to: ["79990000001"], id: "p1")
            let other = try SMSCClient(
                credentials: .login("other", password: "pw"),
                configuration: .init(endpoint: SMSCEndpoint(url: server.endpoint)))
            let lookup = await serviceErrorCode { try await other.status(phone: "79990000001", id: "p1") }
            let balance = try? await other.balance().amount
            #expect(lookup == 3)
            #expect(balance == 10)
        }
    }
}
