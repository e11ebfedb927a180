import Foundation
import SMSC
import SMSCSandbox
import SOAPNIOTransport
import SOAPRuntime
import Testing

@testable import SMSCTesting

/// Exchanges recorded against the sandbox replay with no server, and a request that changed fails with a diff.
struct ReplayTests {
    static let password = "recorded-pw-42"

    /// Records balance, send, cost and status against a sandbox into a new directory.
    static func record() async throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "smsc-testing-\(UUID().uuidString)"
        ).path
        let sandbox = SandboxConfiguration(
            accounts: [SandboxAccount(login: "alex", password: password, balance: 100)],
            deliveryTimeline: .init(transferredAfter: .seconds(3600), deliveredAfter: .seconds(7200))
        )
        try await withSandboxServer(configuration: sandbox) { server in
            let transport = NIOHTTP1Transport()
            let recorder = try SMSCRecordingTransport(wrapping: transport, directory: directory)
            let client = try SMSCClient(
                credentials: .login("alex", password: password),
                configuration: .init(endpoint: SMSCEndpoint(url: server.endpoint)), transport: recorder
            )
            _ = try await client.balance()
            _ = try await client.send(
                "Привет, <world> & 🌍", to: ["79990000001"], id: "r1", options: SMSCSendOptions(reportInvalidPhones: true))
            _ = try await client.cost(of: "Hello", to: ["79990000001"])
            _ = try await client.status(phone: "79990000001", id: "r1", detail: .full)
            await transport.shutdown()
        }
        return directory
    }

    /// A client of the replay, with another password and endpoint than the recording's: neither counts.
    static func client(_ replay: SMSCReplayTransport) throws -> SMSCClient {
        try SMSCClient(
            credentials: .login("alex", password: "another"),
            configuration: .init(endpoint: SMSCEndpoint(url: "https://smsc.ru/sys/soap.php")),
            transport: replay
        )
    }

    @Test func recordedExchangesReplayWithNoServer() async throws {
        let directory = try await Self.record()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["001-balance.http", "002-send2.http", "003-cost.http", "004-status.http"])
        for name in names {
            let text = try String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8)
            #expect(!text.contains(Self.password), "\(name) holds the password")
            #expect(text.contains("<psw>***</psw>"))
        }

        let replay = try SMSCReplayTransport(directory: directory)
        let client = try Self.client(replay)
        #expect(try await client.balance().amount == 100)
        let sent = try await client.send(
            "Привет, <world> & 🌍", to: ["79990000001"], id: "r1", options: SMSCSendOptions(reportInvalidPhones: true))
        #expect(sent.id == "r1")
        #expect(sent.cost == Decimal(string: "2.50"))
        #expect(try await client.cost(of: "Hello", to: ["79990000001"]).messageCount == 1)
        #expect(try await client.status(phone: "79990000001", id: "r1", detail: .full).deliveryStatus == .waiting)
        try replay.verify()
    }

    @Test func aChangedRequestFailsWithADiffOfTheClosestRecording() async throws {
        let replay = try SMSCReplayTransport(directory: try await Self.record())
        let client = try Self.client(replay)
        let error = await #expect(throws: SMSCError.self) {
            try await client.send(
                "Привет, <world> & 🌎", to: ["79990000001"], id: "r1", options: SMSCSendOptions(reportInvalidPhones: true))
        }
        let message = try #require(error?.message)
        #expect(
            message.contains("no unused recorded exchange matches this send2 request; the closest is 002-send2.http:"))
        #expect(message.contains("-       mes = \"Привет, <world> & 🌍\""))
        #expect(message.contains("+       mes = \"Привет, <world> & 🌎\""))
        #expect(error?.mayHaveReachedServer == false)
        #expect(replay.unmatchedRequests.count == 1)
        let failure = try #require(throws: SMSCFixtureError.self) { try replay.verify() }
        #expect(failure.reason.contains("1 request(s) matched no recording"))
        #expect(
            failure.reason.contains(
                "recorded but never requested: 001-balance.http, 002-send2.http, 003-cost.http, 004-status.http"))
    }

    /// A request with no recording is refused, not failed to connect: the client's read retries, on by default,
    /// must not ask three times for what the replay will never have.
    @Test func aReadWithNoRecordingIsTriedOnceAndIsNotRetrySafe() async throws {
        let replay = try SMSCReplayTransport(directory: try await Self.record())
        let client = try Self.client(replay)
        let error = await #expect(throws: SMSCError.self) {
            _ = try await client.cost(of: "Not what was recorded", to: ["79990000001"])
        }
        #expect(error?.code == .transport)
        #expect(error?.transportError?.code == .requestRefused)
        #expect(error?.isRetrySafe == false)
        #expect(replay.unmatchedRequests.count == 1)
    }

    @Test func anExchangeIsUsedOnceAndAnotherOperationIsNamed() async throws {
        let replay = try SMSCReplayTransport(directory: try await Self.record())
        let client = try Self.client(replay)
        _ = try await client.balance()
        let again = await #expect(throws: SMSCError.self) { try await client.balance() }
        #expect(
            again?.message.contains(
                "the closest is 001-balance.http (it matches, but was used up by an earlier request)") == true)
        let other = await #expect(throws: SMSCError.self) { try await client.send("Hi", to: ["79990000001"]) }
        #expect(
            other?.message.contains(
                "no recorded exchange for a send request; the recordings are of balance, cost, send2, status") == true)
    }

    @Test func prefixesWhitespaceAndCredentialsDoNotCountButValuesDo() throws {
        func request(_ body: String) -> SOAPRequest {
            SOAPRequest(
                url: "http://h/s", soapAction: "https://smsc.ru/sys/soap.php", soapVersion: .soap11,
                body: Array(body.utf8))
        }
        let recorded = CanonicalEnvelope(
            request(
                #"<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="https://smsc.ru/sys/soap.php"><SOAP-ENV:Body><ns1:cost2><login>***</login><psw>***</psw><mes> Hi </mes><query>apikey=***&amp;x=1</query></ns1:cost2></SOAP-ENV:Body></SOAP-ENV:Envelope>"#
            ))
        let same = CanonicalEnvelope(
            request(
                """
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
                  <s:Body>
                    <cost2 xmlns="https://smsc.ru/sys/soap.php"><login xmlns="">bob</login><psw xmlns="">secret</psw>
                      <mes xmlns=""> Hi </mes><query xmlns="">apikey=KEY&amp;x=1</query></cost2>
                  </s:Body>
                </s:Envelope>
                """))
        #expect(same == recorded)
        let trimmed = CanonicalEnvelope(
            request(
                #"<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="https://smsc.ru/sys/soap.php"><SOAP-ENV:Body><ns1:cost2><login>a</login><psw>b</psw><mes>Hi</mes><query>apikey=K&amp;x=1</query></ns1:cost2></SOAP-ENV:Body></SOAP-ENV:Envelope>"#
            ))
        #expect(trimmed != recorded, "the spaces around a value are part of it")
    }
}
