import OneWayFixture
import SOAPRuntime
import SOAPXML
import Testing

/// A one-way operation: its output is `SOAPNoResponse`, and the client takes any 2xx reply without a body element as
/// the answer, while a fault is still a fault; its request equals zeep's.
struct OneWayTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("OneWay", "oneway.wsdl")

    static func call(answering response: SOAPHTTPResponse) async throws(SOAPCallError) -> SOAPNoResponse {
        let client = SOAPClient(transport: SOAPClosureTransport { _ in response })
        let addressing = try! SOAPAddressing(endpoint: "http://127.0.0.1:8080/events", service: OnewaySOAP.service)
        return try await client.send(OnewaySOAP.Notify.self, .init(event: "started"), addressing: addressing).body
    }

    @Test func theRequestEqualsZeeps() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [["name": "notify", "operation": "notify", "direction": "input", "values": ["event": "started"]]])
        let request = try OnewaySOAP.Notify.makeRequest(
            .init(event: "started"),
            addressing: SOAPAddressing(endpoint: "http://127.0.0.1:8080/events", service: OnewaySOAP.service)
        )
        #expect(request.soapAction == "urn:example:oneway#notify")
        #expect(try ZeepEnvelopes.canonical(request.body) == ZeepEnvelopes.canonical(zeep["notify"]))
    }

    @Test(arguments: [
        SOAPHTTPResponse(status: 202, headers: [:], body: []),
        SOAPHTTPResponse(status: 200, headers: ["Content-Type": "text/xml"], body: Array(" \n".utf8)),
        SOAPHTTPResponse(
            status: 200,
            headers: ["Content-Type": "text/xml"],
            body: Array(#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body/></s:Envelope>"#.utf8)
        ),
    ])
    func a2xxReplyWithoutABodyElementIsTheAnswer(_ response: SOAPHTTPResponse) async throws {
        #expect(try await Self.call(answering: response) == SOAPNoResponse())
    }

    @Test func aFaultIsStillAFaultAndOtherFailuresAreNamed() async throws {
        let fault =
            #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>full</faultstring></s:Fault></s:Body></s:Envelope>"#
        for status in [200, 500] {
            do {
                _ = try await Self.call(
                    answering: SOAPHTTPResponse(status: status, headers: [:], body: Array(fault.utf8)))
                Issue.record("a fault must throw (HTTP \(status))")
            } catch {
                #expect(error.code == .fault)
                #expect(error.fault?.reason == "full")
            }
        }
        await #expect(throws: SOAPCallError.self) {
            try await Self.call(answering: SOAPHTTPResponse(status: 503, headers: [:], body: []))
        }
        do {
            _ = try await Self.call(
                answering: SOAPHTTPResponse(status: 200, headers: [:], body: Array("not xml <".utf8)))
            Issue.record("a body that is not XML must throw")
        } catch {
            #expect(error.code == .invalidResponse)
        }
    }

    @Test func theRequestResponseOperationBesideItIsUnchanged() throws {
        let pong = try OnewaySOAP.Ping.decodeResponse(
            Array(
                #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><pong xmlns="urn:example:oneway"><at>now</at></pong></s:Body></s:Envelope>"#
                    .utf8)
        )
        #expect(pong.at == "now")
    }
}
