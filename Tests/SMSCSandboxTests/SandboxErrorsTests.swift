import Foundation
import SMSC
import SMSCSandbox
import SOAPRuntime
import SOAPTestServer
import Testing

@Suite("Sandbox errors and faults")
struct SandboxErrorsTests {
    @Test("2: a wrong password or an unknown API key")
    func authentication() async throws {
        try await withSandboxClient(credentials: .login("demo", password: "wrong")) { client, _ in
            #expect(await serviceErrorCode { try await client.balance() } == 2)
            #expect(await serviceErrorCode { try await client.send("x", to: ["79990000001"]) } == 2)
        }
        try await withSandboxClient(credentials: .apiKey("no-such-key")) { client, _ in
            #expect(await serviceErrorCode { try await client.cost(of: "x", to: ["79990000001"]) } == 2)
        }
    }

    @Test("3: a send or cost beyond the balance, and nothing is charged")
    func insufficientFunds() async throws {
        let poor = SandboxAccount(login: "poor", password: "pw", balance: Decimal(string: "4.99")!)
        try await withSandboxClient(
            configuration: SandboxConfiguration(accounts: [poor]), credentials: .login("poor", password: "pw")
        ) { client, server in
            #expect(await serviceErrorCode { try await client.send("two numbers", to: ["79990000001", "79990000002"]) } == 3)
            #expect(
                await serviceErrorCode { try await client.cost(of: "two numbers", to: ["79990000001", "79990000002"]) } == 3)
            #expect(server.balance(ofAccount: "poor") == Decimal(string: "4.99"))
            let sentBalance = try await client.send("one number", to: ["79990000001"]).balance
            #expect(sentBalance == Decimal(string: "2.49"))
        }
    }

    @Test("3: status of an unknown message")
    func messageNotFound() async throws {
        try await withSandboxClient { client, _ in
            do {
                _ = try await client.status(phone: "79990000001", id: "nope")
                Issue.record("expected an error")
            } catch let error as SMSCError {
                guard let service = error.serviceError else {
                    Issue.record("expected a service error, got \(error)")
                    return
                }
                #expect(service.code == 3)
                #expect(service.kind == .messageNotFound)
            }
        }
    }

    @Test(
        "5: a time in no documented format or naming no real date",
        arguments: ["31.02.25 10:00", "3113251000", "99.99.99 99:99"])
    func dateFormat(time: String) async throws {
        try await withSandboxServer { server in
            let body = Envelope.request(
                "send", namespace: server.endpoint,
                [
                    ("login", "demo"), ("psw", "demo"), ("phones", "79990000001"), ("mes", "later \(time)"), ("id", ""),
                    ("sender", ""), ("time", time),
                ]
            )
            let reply = try await RawHTTP.post(body, to: server.endpoint)
            #expect(reply.status == 200)
            #expect(reply.body.contains("<sendresult><error>5</error></sendresult>"))
            #expect(server.balance(ofAccount: "demo") == 1000)
        }
    }

    @Test("7: no number in the list can be sent to")
    func phoneFormat() async throws {
        try await withSandboxClient { client, _ in
            #expect(await serviceErrorCode { try await client.send("bad numbers", to: ["12345", "abc"]) } == 7)
            #expect(await serviceErrorCode { try await client.cost(of: "bad numbers", to: ["7000"]) } == 7)
        }
    }

    @Test("9: the same send within a minute; allowed again once the minute has passed")
    func duplicateSend() async throws {
        let time = SandboxManualClock()
        try await withSandboxClient(configuration: SandboxConfiguration(clock: time.clock)) { client, server in
            _ = try await client.send("once", to: ["79990000001"], id: "dup")
            #expect(await serviceErrorCode { try await client.send("once", to: ["79990000001"], id: "dup") } == 9)
            #expect(server.balance(ofAccount: "demo") == Decimal(string: "997.50"))
            _ = try await client.send("once, but to someone else", to: ["79990000002"], id: "dup")
            time.advance(by: 60)
            _ = try await client.send("once", to: ["79990000001"], id: "dup")
        }
    }

    @Test(
        "1: parameters the client library would refuse, sent raw",
        arguments: [
            ("mes", ""),
            ("mes", String(repeating: "x", count: 1001)),
            ("id", "2147483648"),
            ("id", "has space"),
            ("id", String(repeating: "a", count: 41)),
            ("sender", "a-very-long-sender"),
        ])
    func badParameters(field: String, value: String) async throws {
        try await withSandboxServer { server in
            var fields = [
                ("login", "demo"), ("psw", "demo"), ("phones", "79990000001"), ("mes", "hello"), ("id", ""),
                ("sender", ""), ("time", "0"),
            ]
            fields[fields.firstIndex { $0.0 == field }!].1 = value
            let reply = try await RawHTTP.post(
                Envelope.request("send", namespace: server.endpoint, fields), to: server.endpoint)
            #expect(reply.body.contains("<sendresult><error>1</error></sendresult>"), "\(reply.body)")
            #expect(server.balance(ofAccount: "demo") == 1000)
        }
    }

    @Test("1: all outside 0, 1, 2")
    func badDetail() async throws {
        try await withSandboxServer { server in
            let body = Envelope.request(
                "status", namespace: server.endpoint,
                [("login", "demo"), ("psw", "demo"), ("phone", "79990000001"), ("id", "1"), ("all", "3")])
            let reply = try await RawHTTP.post(body, to: server.endpoint)
            #expect(reply.body.contains("<statusresult><error>1</error></statusresult>"))
        }
    }

    @Test("A body element in another namespace is not an operation, as with PHP's SoapServer")
    func foreignNamespace() async throws {
        try await withSandboxServer { server in
            let body = Envelope.request(
                "balance", namespace: "https://smsc.ru/sys/soap.php", [("login", "demo"), ("psw", "demo")])
            let reply = try await RawHTTP.post(body, to: server.endpoint)
            #expect(reply.status == 500)
            #expect(
                reply.body.contains(
                    "<faultcode>SOAP-ENV:Server</faultcode><faultstring>Procedure 'balance' not present</faultstring>"))
        }
    }

    @Test("An unknown operation is a fault, byte for byte as PHP's SoapServer writes it")
    func unknownOperation() async throws {
        try await withSandboxServer { server in
            let exchange = try PHPExchange("08_fault_from_php_soapserver", namespace: server.endpoint)
            let reply = try await RawHTTP.post(exchange.request, to: server.endpoint)
            #expect(reply.status == 500)
            #expect(reply.contentType == "text/xml; charset=utf-8")
            #expect(reply.body.trimmingCharacters(in: .newlines) == exchange.response.trimmingCharacters(in: .newlines))
        }
    }

    @Test(
        "Malformed requests get a Client fault",
        arguments: [
            "not xml at all",
            "<?xml version=\"1.0\"?><SOAP-ENV:Envelope "
                + "xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>",
            "<?xml version=\"1.0\"?><Envelope/>",
            "<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>",
        ])
    func malformed(body: String) async throws {
        try await withSandboxServer { server in
            let reply = try await RawHTTP.post(body, to: server.endpoint)
            #expect(reply.status == 500)
            #expect(reply.body.contains("<faultcode>SOAP-ENV:Client</faultcode><faultstring>Bad Request</faultstring>"))
            #expect(server.requestCount == 1)
        }
    }

    @Test("A request missing a required element is a Client fault naming it")
    func missingElement() async throws {
        try await withSandboxServer { server in
            let body = Envelope.request(
                "cost2", namespace: server.endpoint,
                [("login", "demo"), ("psw", "demo"), ("phones", "79990000001"), ("mes", "x")])
            let reply = try await RawHTTP.post(body, to: server.endpoint)
            #expect(reply.status == 500)
            #expect(reply.body.contains("<faultcode>SOAP-ENV:Client</faultcode>"))
            #expect(reply.body.contains("query"))
        }
    }

    @Test("A SOAP 1.2 envelope is a VersionMismatch fault")
    func soap12() async throws {
        try await withSandboxServer { server in
            let body =
                "<?xml version=\"1.0\"?><env:Envelope "
                    + "xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body/></env:Envelope>"
            let reply = try await RawHTTP.post(body, to: server.endpoint)
            #expect(reply.status == 500)
            #expect(reply.body.contains("<faultcode>SOAP-ENV:VersionMismatch</faultcode>"))
        }
    }
}
