import Foundation
import Logging
import SMSC
import SOAPRuntime
import SOAPTestServer
import Synchronization
import Testing

/// `login`, `psw` and `apikey` never appear in logs, traces, error descriptions or debug descriptions.
struct CredentialMaskingTests {
    static let login = "alex-login-7781"
    static let password = "pa55-w0rd-9913"
    static let apiKey = "APIKEY-0451-ZZ"

    @Test
    func logsAndTracesOfEveryOperationHideCredentials() async throws {
        let sink = LogSink()
        let transport = RecordingTransport { request in
            // Echo the request back inside the reply, as a confused server might, to prove replies are masked too.
            let echoed = String(decoding: request.body, as: UTF8.self)
            let body = soapReply(
                "BalanceResponse", "balanceresult",
                "<balance>1.00</balance><error>0</error><echo><login>\(Self.login)</login><psw>\(Self.password)</psw></echo>"
            )
            _ = echoed
            return SOAPHTTPResponse(status: 200, headers: ["Content-Type": "text/xml"], body: Array(body.utf8))
        }
        var logger = Logger(label: "test", factory: { _ in sink })
        logger.logLevel = .trace
        let client = try SMSCClient(
            credentials: .login(Self.login, password: Self.password),
            configuration: .init(keepsLastExchange: true),
            transport: transport,
            logger: logger
        )
        _ = try await client.balance()
        let exchange = try #require(client.lastExchange)

        let everything = sink.lines.joined(separator: "\n") + exchange.requestBody + (exchange.responseBody ?? "")
        #expect(sink.lines.count >= 4)
        #expect(!everything.contains(Self.login))
        #expect(!everything.contains(Self.password))
        #expect(exchange.requestBody.contains("<login>***</login><psw>***</psw>"))
        #expect(exchange.responseBody?.contains("<login>***</login><psw>***</psw>") == true)
        // The transport itself still received the real values.
        #expect(transport.lastBody.contains("<login>\(Self.login)</login>"))
    }

    @Test
    func apiKeysAreHiddenInLogsTracesAndErrors() async throws {
        let sink = LogSink()
        let transport = RecordingTransport(
            status: 500, contentType: "text/plain", body: "failed query apikey=\(Self.apiKey)&flash=1")
        var logger = Logger(label: "test", factory: { _ in sink })
        logger.logLevel = .trace
        let client = try SMSCClient(
            credentials: .apiKey(Self.apiKey), configuration: .init(keepsLastExchange: true), transport: transport,
            logger: logger)
        let error = await expectSMSCError { _ = try await client.send("Hi", to: ["7"], query: "flash=1") }
        let exchange = try #require(client.lastExchange)
        let everything = [
            sink.lines.joined(separator: "\n"), exchange.requestBody, exchange.responseBody ?? "",
            error.map { "\($0)" } ?? "",
            error.map { String(reflecting: $0) } ?? "",
        ].joined(separator: "\n")
        #expect(!everything.contains(Self.apiKey))
        #expect(everything.contains("apikey=***"))
        #expect(transport.lastBody.contains("apikey=\(Self.apiKey)"))
    }

    @Test
    func credentialsAndClientsDescribeThemselvesWithoutSecrets() throws {
        let credentials = SMSCCredentials.login(Self.login, password: Self.password)
        let key = SMSCCredentials.apiKey(Self.apiKey)
        let client = try SMSCClient.testing(RecordingTransport(body: ""), credentials: credentials)
        let texts = [
            "\(credentials)", String(reflecting: credentials), "\(key)", String(reflecting: key), "\(client)",
            String(reflecting: client),
            String(describing: Mirror(reflecting: client).children.map { "\($0.label ?? ""): \($0.value)" }),
        ]
        for text in texts {
            #expect(!text.contains(Self.login))
            #expect(!text.contains(Self.password))
            #expect(!text.contains(Self.apiKey))
        }
        #expect("\(credentials)" == "SMSCCredentials(login: ***, password: ***)")
    }
}
