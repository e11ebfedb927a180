import Foundation
import SOAPRuntime
import SOAPXML
import Testing

/// `SOAPClient` over `SOAPClosureTransport`: how replies of every kind become results or `SOAPCallError`s.
struct SOAPClientTests {
    static let addressing = try! SOAPAddressing(
        endpoint: "http://127.0.0.1:9/sys/soap.php", service: EchoService.soap11)
    static let reply = TestXML.soap11(
        "<ns1:echoResponse><result><text>hi</text></result><codes>7</codes></ns1:echoResponse>",
        namespace: "http://127.0.0.1:9/sys/soap.php"
    )

    static func client(
        tracing: Bool = false,
        maximumResponseSize: Int = 1 << 20,
        _ handler: @escaping SOAPClosureTransport.Handler
    ) -> SOAPClient {
        SOAPClient(
            transport: SOAPClosureTransport(handler),
            configuration: .init(
                transportOptions: .init(maximumResponseSize: maximumResponseSize),
                isTracingEnabled: tracing,
                redact: { $0.replacingOccurrences(of: "secret", with: "***") }
            )
        )
    }

    @Test
    func aCallSendsTheEnvelopeAndDecodesTheReply() async throws {
        let seen = Locked<SOAPRequest?>(nil)
        let client = Self.client { call in
            let request = call.request
            seen.withLock { $0 = request }
            return SOAPHTTPResponse(status: 200, headers: ["Content-Type": "text/xml; charset=utf-8"], body: Self.reply)
        }
        let output = try await client.send(EchoOperation.self, Echo(text: "hi"), addressing: Self.addressing).body
        #expect(output == EchoResponse(result: Echo(text: "hi"), codes: [7]))
        let request = try #require(seen.withLock { $0 })
        #expect(request.url == "http://127.0.0.1:9/sys/soap.php")
        #expect(request.soapAction == "http://127.0.0.1:9/sys/soap.php#echo")
        #expect(TestXML.string(request.body).contains("<ns1:echo><text>hi</text></ns1:echo>"))
    }

    @Test
    func aFaultWinsOverAnyHTTPStatus() async throws {
        let fault = TestXML.soap11(
            "<SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring>bad</faultstring></SOAP-ENV:Fault>")
        for status in [200, 500] {
            let client = Self.client { _ in SOAPHTTPResponse(status: status, body: fault) }
            do {
                _ = try await client.send(EchoOperation.self, Echo(text: "x"), addressing: Self.addressing).body
                Issue.record("a fault must throw")
            } catch {
                #expect(error.code == .fault)
                #expect(error.fault?.reason == "bad")
                #expect(error.response?.status == status)
            }
        }
    }

    @Test
    func aNonSOAPBodyWithAnErrorStatusIsAnHTTPStatusError() async throws {
        let client = Self.client { _ in
            SOAPHTTPResponse(
                status: 503, headers: ["Content-Type": "text/html"], body: TestXML.bytes("<html>down</html>"))
        }
        do {
            _ = try await client.send(EchoOperation.self, Echo(text: "x"), addressing: Self.addressing).body
            Issue.record("a 503 must throw")
        } catch {
            #expect(error.code == .httpStatus)
            let response = try #require(error.response)
            #expect(response.status == 503)
            #expect(response.contentType == "text/html")
            #expect(response.bodyPrefixDescription == "\"<html>down</html>\"")
        }
    }

    @Test
    func aNonSOAPBodyWithStatus200IsAnInvalidResponse() async throws {
        let client = Self.client { _ in SOAPHTTPResponse(status: 200, body: []) }
        do {
            _ = try await client.send(EchoOperation.self, Echo(text: "x"), addressing: Self.addressing).body
            Issue.record("an empty body must throw")
        } catch {
            guard error.code == .invalidResponse, let xml = error.envelopeError?.xmlError else {
                Issue.record("expected invalid XML, got \(error)")
                return
            }
            #expect(xml.kind == .malformed)
            #expect(error.response?.bodyPrefixDescription == "an empty body")
            #expect(error.underlyingError is SOAPEnvelopeError)
        }
    }

    @Test
    func closureTransportMapsErrorsAndEnforcesTheSizeLimit() async throws {
        struct Boom: Error {}
        let cases: [(SOAPClosureTransport.Handler, SOAPTransportError.Code)] = [
            ({ _ in throw CancellationError() }, .cancelled),
            ({ _ in throw Boom() }, .connectionFailed),
            (
                { _ in throw SOAPTransportError(code: .connect, message: "refused", requestMayHaveReachedServer: false)
                }, .connect
            ),
            ({ _ in SOAPHTTPResponse(status: 200, body: Array(repeating: 0x20, count: 65)) }, .responseTooLarge),
        ]
        for (handler, kind) in cases {
            let client = Self.client(maximumResponseSize: 64, handler)
            do {
                _ = try await client.send(EchoOperation.self, Echo(text: "x"), addressing: Self.addressing).body
                Issue.record("expected \(kind)")
            } catch {
                guard error.code == .transport, let transportError = error.transportError else {
                    Issue.record("expected a transport error, got \(error)")
                    continue
                }
                #expect(transportError.code == kind)
                #expect(SOAPCallError.Code.transport ~= error)
                if kind == .responseTooLarge {
                    #expect(transportError.responseSizeLimit == 64)
                }
            }
        }
    }

    @Test
    func invalidInputIsRefusedBeforeTheTransportIsCalled() async throws {
        let calls = Locked(0)
        let client = Self.client { _ in
            calls.withLock { $0 += 1 }
            return SOAPHTTPResponse(status: 200, body: Self.reply)
        }
        do {
            _ = try await client.send(EchoOperation.self, Echo(text: "a\u{0}b"), addressing: Self.addressing).body
            Issue.record("a NUL must be refused")
        } catch {
            #expect(error.code == .encoding)
            #expect(error.encodingError?.path == "echo/text")
        }
        #expect(calls.withLock { $0 } == 0)
    }

    @Test
    func theLastExchangeIsKeptRedactedOnlyWhenTracing() async throws {
        let handler: SOAPClosureTransport.Handler = { _ in
            SOAPHTTPResponse(status: 200, headers: ["X-Test": "1"], body: Self.reply)
        }
        let quiet = Self.client(handler)
        _ = try await quiet.send(EchoOperation.self, Echo(text: "secret"), addressing: Self.addressing).body
        #expect(quiet.lastExchange == nil)

        let tracing = Self.client(tracing: true, handler)
        _ = try await tracing.send(EchoOperation.self, Echo(text: "secret"), addressing: Self.addressing).body
        let exchange = try #require(tracing.lastExchange)
        #expect(exchange.operation == "echo")
        #expect(exchange.requestBody.contains("<text>***</text>"))
        #expect(!exchange.requestBody.contains("secret"))
        #expect(exchange.responseStatus == 200)
        #expect(exchange.responseHeaders["x-test"] == "1")
        #expect(exchange.requestHeaders["SOAPAction"] == "\"http://127.0.0.1:9/sys/soap.php#echo\"")
    }
}
