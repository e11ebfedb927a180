import Foundation
import RPCLiteralFixture
import SOAPRuntime
import SOAPXML
import Testing

/// rpc/literal: a wrapper named after the operation in `soap:body`'s namespace with an unqualified child per part.
/// Requests are byte for byte PHP's SoapClient's and equal zeep's; PHP's SoapServer's replies (`distanceResponse`) and
/// zeep's (named after the message, `distanceOut`) both decode, since an rpc response wrapper's name is not significant.
struct RPCLiteralTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("RPCLiteral", "rpc.wsdl")
    // Doubles with a fraction: PHP writes 2.0 as "2", Swift as "2.0" (both valid xsd:double).
    static let distance = RpcSOAP.DistanceRequest(from: .init(x: 1.5, y: 2.5), to: .init(x: 4.5, y: 6.25), unit: "km")

    @Test func requestsAreBytesForBytesPHPsAndEqualZeeps() async throws {
        let php = try await ZeepEnvelopes.php(
            wsdl: Self.wsdl,
            [
                [
                    "name": "distance", "operation": "distance",
                    "arguments": [["x": 1.5, "y": 2.5], ["x": 4.5, "y": 6.25], "km"] as [Any],
                ],
                ["name": "version", "operation": "version", "arguments": [Any]()],
            ])
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "distance", "operation": "distance", "direction": "input",
                    "values": ["from": ["x": 1.5, "y": 2.5], "to": ["x": 4.5, "y": 6.25], "unit": "km"]
                        as [String: Any],
                ],
                ["name": "version", "operation": "version", "direction": "input", "values": [String: Any]()],
            ])
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/geometry", service: RpcSOAP.service)
        let distance = try RpcSOAP.Distance.makeRequest(Self.distance, addressing: addressing)
        let version = try RpcSOAP.Version.makeRequest(.init(), addressing: addressing)
        #expect(String(decoding: distance.body, as: UTF8.self) == php["distance"])
        #expect(String(decoding: version.body, as: UTF8.self) == php["version"])
        #expect(try ZeepEnvelopes.canonical(distance.body) == ZeepEnvelopes.canonical(zeep["distance"]))
        #expect(try ZeepEnvelopes.canonical(version.body) == ZeepEnvelopes.canonical(zeep["version"]))
        #expect(try SOAPEnvelope.decode(RpcSOAP.DistanceRequest.self, from: distance.body) == Self.distance)
    }

    @Test func repliesFromPHPAndZeepDecodeWhateverTheWrapperIsNamed() async throws {
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/geometry", service: RpcSOAP.service)
        let request = String(
            decoding: try RpcSOAP.Distance.makeRequest(Self.distance, addressing: addressing).body, as: UTF8.self)
        let php = try await ZeepEnvelopes.phpReplies(
            wsdl: Self.wsdl, [["name": "distance", "request": request, "result": 5.25]])
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                ["name": "distance", "operation": "distance", "direction": "output", "values": ["return": 5.25]],
                ["name": "version", "operation": "version", "direction": "output", "values": ["version": "1.0"]],
            ])
        let phpReply = try #require(php["distance"])
        #expect(phpReply.contains("<ns1:distanceResponse>"))
        #expect(try RpcSOAP.Distance.decodeResponse(Array(phpReply.utf8)) == .init(return: 5.25))
        let zeepReply = try #require(zeep["distance"])
        #expect(zeepReply.contains("distanceOut"))
        #expect(try RpcSOAP.Distance.decodeResponse(Array(zeepReply.utf8)) == .init(return: 5.25))
        #expect(try RpcSOAP.Version.decodeResponse(Array(try #require(zeep["version"]).utf8)) == .init(version: "1.0"))
        // The input wrapper's name is significant: a document-style element check still applies to it.
        #expect(RpcSOAP.DistanceRequest.acceptsAnyElementName == false)
    }
}
