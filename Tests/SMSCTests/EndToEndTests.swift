import AsyncHTTPClient
import Foundation
import SMSC
import SOAPRuntime
import SOAPTestServer
import SOAPXML
import Synchronization
import Testing

/// The client with its default AsyncHTTPClient transport against a loopback server that behaves like PHP's
/// SoapServer: it faults when the body element is not in its own namespace, which is its own URL.
struct EndToEndTests {
    /// Answers like SMSC's soap.php at `namespace`: "Procedure 'x' not present" for a body element in any other
    /// namespace or a wrong SOAPAction, canned replies otherwise.
    static func smscLikeHandler(port: @escaping @Sendable () -> Int) -> LoopbackHTTPServer.Handler {
        { request in
            let namespace = "http://127.0.0.1:\(port())/sys/soap.php"
            guard let tree = try? XMLTree(parsing: request.body), let body = tree.root.children.first?.children.first
            else {
                return .respond(
                    .init(status: 500, headers: ["Content-Type": "text/xml; charset=utf-8"], text: fault("Bad Request"))
                )
            }
            guard body.namespaceURI == namespace, request.headers["SOAPAction"] == "\"\(namespace)\"" else {
                return .respond(
                    .init(
                        status: 500, headers: ["Content-Type": "text/xml; charset=utf-8"],
                        text: fault("Procedure '\(body.localName)' not present")))
            }
            let fields: String
            let element: String
            let wrapper: String
            switch body.localName {
            case "balance":
                (element, wrapper, fields) = (
                    "BalanceResponse", "balanceresult", "<balance>1000.00</balance><error>0</error>"
                )
            case "send", "send2":
                let id = body.children.first { $0.localName == "id" }?.text ?? "1"
                (element, wrapper, fields) = (
                    body.localName == "send" ? "SendResponse" : "Send2Response", "sendresult",
                    "<id>\(id)</id><balance>997.50</balance><cost>2.50</cost><cnt>1</cnt><error>0</error>"
                )
            case "cost", "cost2":
                (element, wrapper, fields) = (
                    body.localName == "cost" ? "CostResponse" : "Cost2Response", "costresult",
                    "<cost>2.50</cost><cnt>1</cnt><error>0</error>"
                )
            case "status", "status2":
                (element, wrapper, fields) = (
                    body.localName == "status" ? "StatusResponse" : "Status2Response", "statusresult",
                    "<status>1</status><last_date>28.12.2019 "
                        + "19:20:22</last_date><last_timestamp>1577550022</last_timestamp><err>0</err><sms_cnt>1</sms_"
                        + "cnt>"
                )
            default:
                return .respond(
                    .init(
                        status: 500, headers: ["Content-Type": "text/xml; charset=utf-8"],
                        text: fault("Procedure '\(body.localName)' not present")))
            }
            let reply = """
                <?xml version="1.0" encoding="UTF-8"?>
                <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="\(namespace)">\
                <SOAP-ENV:Body><ns1:\(element)><\(wrapper)>\(fields)</\(wrapper)></ns1:\(element)></SOAP-ENV:Body></SOAP-ENV:Envelope>

                """
            return .respond(
                .init(
                    status: 200, headers: ["Content-Type": "text/xml; charset=utf-8"], body: Array(reply.utf8),
                    gzip: true))
        }
    }

    static func fault(_ reason: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault>\
        <faultcode>SOAP-ENV:Server</faultcode><faultstring>\(reason)</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>
        """
    }

    @Test
    func everyOperationWorksOverHTTPWithTheNamespaceOfTheEndpoint() async throws {
        let port = LockedPort()
        try await withLoopbackHTTPServer(handler: Self.smscLikeHandler(port: { port.value })) { server in
            port.value = server.port
            let client = try SMSCClient(
                credentials: .login("demo", password: "demo"),
                configuration: .init(endpoint: SMSCEndpoint(url: server.url()))
            )
            let balance = try await client.balance()
            #expect(balance.amount == Decimal(string: "1000.00"))

            let sent = try await client.send("Hello", to: ["79999999999"], id: "e2e-1")
            #expect(sent.id == "e2e-1")
            #expect(sent.balance == Decimal(string: "997.50"))

            let sent2 = try await client.send(
                "Hello", to: ["79999999999"], id: "e2e-2", options: SMSCSendOptions(flash: true))
            #expect(sent2.id == "e2e-2")

            let cost = try await client.cost(of: "Hello", to: ["79999999999"])
            #expect(cost.messageCount == 1)
            let cost2 = try await client.cost(of: "Hello", to: ["79999999999"], query: "translit=1")
            #expect(cost2.amount == Decimal(string: "2.50"))

            let status = try await client.status(phone: "79999999999", id: "e2e-1")
            #expect(status.deliveryStatus == .delivered)
            #expect(status.lastChange == Date(timeIntervalSince1970: 1_577_550_022))
            let status2 = try await client.status(phone: "79999999999", id: "e2e-1", query: "charset=utf-8")
            #expect(status2.wireValues["last_timestamp"] == "1577550022")

            #expect(server.receivedRequests.count == 7)
            #expect(server.receivedRequests.allSatisfy { $0.method == "POST" && $0.uri == "/sys/soap.php" })
            #expect(server.receivedRequests.allSatisfy { $0.headers["Content-Type"] == "text/xml; charset=utf-8" })
            // Keep-alive: one connection for seven calls.
            #expect(server.acceptedConnectionCount == 1)
        }
    }

    @Test
    func aServerFaultArrivesAsATypedFaultWithItsHTTPStatus() async throws {
        try await withLoopbackHTTPServer(handler: { _ in
            .respond(
                .init(
                    status: 500, headers: ["Content-Type": "text/xml; charset=utf-8"],
                    text: Self.fault("Procedure 'send' not present")))
        }) { server in
            let client = try SMSCClient(
                credentials: .login("demo", password: "demo"),
                configuration: .init(endpoint: SMSCEndpoint(url: server.url())))
            let error = await expectSMSCError { _ = try await client.send("Hi", to: ["7"]) }
            guard let error, error.code == .fault, let fault = error.fault, error.httpStatus == 500 else {
                Issue.record("expected a fault with HTTP 500, got \(String(describing: error))")
                return
            }
            #expect(fault.reason == "Procedure 'send' not present")
        }
    }

    @Test
    func aHangingServerMeetsTheTotalDeadline() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .hang }) { server in
            let client = try SMSCClient(
                credentials: .login("demo", password: "demo"),
                configuration: .init(endpoint: SMSCEndpoint(url: server.url()), timeout: .milliseconds(400))
            )
            let clock = ContinuousClock()
            let started = clock.now
            let error = await expectSMSCError { _ = try await client.send("Hi", to: ["7"], id: "deadline-1") }
            #expect(clock.now - started < .seconds(30))
            #expect(error?.code == .transport && error?.transportError?.code == .timeout)
            // The request went out: a send may have happened, so it is not retry-safe.
            #expect(error?.mayHaveReachedServer == true)
            #expect(error?.isRetrySafe == false)
        }
    }

    @Test
    func nothingListensOnTheEndpoint() async throws {
        // The application's own client, which reports a refused connection at once instead of retrying it until the
        // connect timeout as HTTPClient.shared does.
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        let httpClient = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        // A port that refuses connections and that no other test can take while this one runs.
        let error = try await withRefusingPort { port in
            let client = try SMSCClient(
                credentials: .login("demo", password: "demo"),
                configuration: .init(endpoint: SMSCEndpoint(url: "http://127.0.0.1:\(port)/sys/soap.php")),
                httpClient: httpClient
            )
            return await expectSMSCError { _ = try await client.send("Hi", to: ["7"]) }
        }
        try await httpClient.shutdown()
        #expect(error?.code == .transport && error?.transportError?.code == .connect)
        #expect(error?.mayHaveReachedServer == false)
        #expect(error?.isRetrySafe == true)
    }
}

/// The server's port, known only once it started, for the handler made before.
final class LockedPort: Sendable {
    private let port = Mutex(0)

    var value: Int {
        get { port.withLock { $0 } }
        set { port.withLock { $0 = newValue } }
    }
}
