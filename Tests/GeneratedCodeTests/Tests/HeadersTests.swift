import Foundation
import HeadersFixture
import SOAPRuntime
import SOAPTestServer
import SOAPXML
import Synchronization
import Testing

/// `soap:header`: typed header blocks on input and output. Requests are byte for byte PHP's SoapClient's
/// (`__setSoapHeaders`) and equal zeep's (`_soapheaders`), PHP's SoapServer's (`addSoapHeader`) and zeep's reply headers
/// decode, and a call through `SOAPClient` sends the input header and returns the output header.
struct HeadersTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("Headers", "headers.wsdl")
    static let header = HeadersSOAP.LookupRequestHeader(authentication: .init(user: "u", token: "t"), requestID: "r-1")

    @Test func requestsEqualZeeps() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "both", "operation": "lookup", "direction": "input",
                    "values": [
                        "key": "k1", "_soapheaders": ["auth": ["user": "u", "token": "t"], "requestID": "r-1"],
                    ] as [String: Any],
                ],
                ["name": "none", "operation": "lookup", "direction": "input", "values": ["key": "k1"]],
            ])
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/headers", service: HeadersSOAP.service)
        let both = try HeadersSOAP.Lookup.makeRequest(.init(key: "k1"), header: Self.header, addressing: addressing)
        #expect(try ZeepEnvelopes.canonical(both.body) == ZeepEnvelopes.canonical(zeep["both"]))
        // No header, or one with no blocks set, writes no Header element, as zeep and PHP do.
        for header in [nil, HeadersSOAP.LookupRequestHeader()] {
            let none = try HeadersSOAP.Lookup.makeRequest(.init(key: "k1"), header: header, addressing: addressing)
            #expect(try ZeepEnvelopes.canonical(none.body) == ZeepEnvelopes.canonical(zeep["none"]))
            #expect(!String(decoding: none.body, as: UTF8.self).contains("Header"))
        }
    }

    @Test func requestsAreBytesForBytesPHPsAndPHPsReplyHeadersDecode() async throws {
        let script = PackageRoot.url.appendingPathComponent("Tests/GeneratedCodeTests/Tests/PHP/php_headers.php").path
        let run = try await ChildProcess.run("php", [script, Self.wsdl])
        try #require(run.status == 0, "php failed (install php-cli and php-soap): \(run.stderr)")
        let php = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: String])
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/headers", service: HeadersSOAP.service)
        let request = try HeadersSOAP.Lookup.makeRequest(.init(key: "k1"), header: Self.header, addressing: addressing)
        #expect(String(decoding: request.body, as: UTF8.self) == php["request"])
        let reply = try HeadersSOAP.Lookup.decodeResponseWithHeader(Array(try #require(php["reply"]).utf8))
        #expect(reply.body == .init(value: "v"))
        #expect(reply.header == .init(quota: .init(remaining: 5)))
    }

    @Test func zeepsReplyHeadersDecode() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "reply", "operation": "lookup", "direction": "output",
                    "values": ["value": "v", "_soapheaders": ["quota": ["remaining": 5]]] as [String: Any],
                ],
                ["name": "bare", "operation": "lookup", "direction": "output", "values": ["value": "v"]],
            ])
        let reply = try HeadersSOAP.Lookup.decodeResponseWithHeader(Array(try #require(zeep["reply"]).utf8))
        #expect(reply.body == .init(value: "v"))
        #expect(reply.header == .init(quota: .init(remaining: 5)))
        let bare = try HeadersSOAP.Lookup.decodeResponseWithHeader(Array(try #require(zeep["bare"]).utf8))
        #expect(bare.header == .init())
    }

    @Test func aCallSendsTheInputHeaderAndReturnsTheOutputHeader() async throws {
        let sent = Mutex<[UInt8]>([])
        let reply =
            #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><h:Quota xmlns:h="urn:example:headers"><h:remaining>7</h:remaining></h:Quota><h:Other xmlns:h="urn:other"/></s:Header><s:Body><h:lookupResponse xmlns:h="urn:example:headers"><h:value>v</h:value></h:lookupResponse></s:Body></s:Envelope>"#
        let client = SOAPClient(
            transport: SOAPClosureTransport { call in
                let request = call.request
                guard request.soapAction == "urn:example:headers#ping" else {
                    sent.withLock { $0 = request.body }
                    return SOAPHTTPResponse(status: 200, headers: ["Content-Type": "text/xml"], body: Array(reply.utf8))
                }
                let pong =
                    #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><h:pingResponse xmlns:h="urn:example:headers"/></s:Body></s:Envelope>"#
                return SOAPHTTPResponse(status: 200, body: Array(pong.utf8))
            }
        )
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/headers", service: HeadersSOAP.service)
        let response = try await client.send(
            HeadersSOAP.Lookup.self, .init(key: "k1"), header: Self.header, addressing: addressing)
        #expect(response.body.value == "v")
        #expect(response.header.quota?.remaining == 7)
        let tree = try XMLTree(parsing: sent.withLock { $0 })
        let header = try #require(tree.root.children.first { $0.localName == "Header" })
        #expect(header.children.map(\.localName) == ["Authentication", "RequestID"])

        // An operation without headers has SOAPNoHeader on both sides.
        let ping = try await client.send(HeadersSOAP.Ping.self, .init(), addressing: addressing)
        #expect(type(of: ping.header) == SOAPNoHeader.self)
    }

    @Test func aReplyHeaderThatBreaksTheSchemaIsAnInvalidResponse() async throws {
        let reply =
            #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><h:Quota xmlns:h="urn:example:headers"><h:remaining>many</h:remaining></h:Quota></s:Header><s:Body><h:lookupResponse xmlns:h="urn:example:headers"><h:value>v</h:value></h:lookupResponse></s:Body></s:Envelope>"#
        let client = SOAPClient(
            transport: SOAPClosureTransport { _ in SOAPHTTPResponse(status: 200, body: Array(reply.utf8)) })
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/headers", service: HeadersSOAP.service)
        await #expect {
            try await client.send(HeadersSOAP.Lookup.self, .init(key: "k1"), addressing: addressing)
        } throws: { error in
            guard let error = error as? SOAPCallError, error.code == .invalidResponse else { return false }
            return "\(error)".contains(
                #"the SOAP header does not match the schema: Header/Quota/remaining: "many" is not a valid xsd:int"#)
        }
    }

    @Test func aHeaderValueXMLCannotCarryIsRefusedBeforeAnythingIsSent() throws {
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/headers", service: HeadersSOAP.service)
        #expect {
            try HeadersSOAP.Lookup.makeRequest(
                .init(key: "k1"), header: .init(requestID: "a\u{0}"), addressing: addressing)
        } throws: { error in
            "\(error)".hasPrefix("field `Header/RequestID`: character U+0000 at offset 1 cannot be carried by XML 1.0")
        }
    }
}
