import DerivationFixture
import Foundation
import SOAPRuntime
import SOAPXML
import Testing

/// `complexContent` extension and restriction, flattened: a derived type has its bases' elements first and their
/// attributes, a restriction restates its content and drops a prohibited attribute; envelopes equal zeep's and zeep's
/// replies decode.
struct DerivationTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("Derivation", "derivation.wsdl")

    @Test func requestsEqualZeeps() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "register", "operation": "register", "direction": "input",
                    "values": [
                        "id": 42, "name": "Ann", "email": "ann@example.com",
                        "referrer": ["id": 1, "name": "Bob", "etag": "e1"],
                        "note": ["text": "hi"], "etag": "e42", "vip": true,
                    ] as [String: Any],
                ]
            ])
        let request = DerivationSOAP.RegisterRequest(
            id: 42,
            name: "Ann",
            email: "ann@example.com",
            referrer: .init(id: 1, name: "Bob", etag: "e1"),
            note: .init(text: "hi"),
            etag: "e42",
            vip: true
        )
        let envelope = try SOAPEnvelope.encode(request, version: .soap11, namespaces: DerivationSOAP.service.namespaces)
        #expect(try ZeepEnvelopes.canonical(envelope) == ZeepEnvelopes.canonical(zeep["register"]))
        #expect(try SOAPEnvelope.decode(DerivationSOAP.RegisterRequest.self, from: envelope) == request)
    }

    @Test func zeepsRepliesDecode() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "reply", "operation": "register", "direction": "output",
                    "values": ["customer": ["id": 42]] as [String: Any],
                ]
            ])
        let reply = try SOAPEnvelope.decode(
            DerivationSOAP.RegisterResponse.self, from: Array(try #require(zeep["reply"]).utf8))
        #expect(reply == DerivationSOAP.RegisterResponse(customer: .init(id: 42)))
    }
}
