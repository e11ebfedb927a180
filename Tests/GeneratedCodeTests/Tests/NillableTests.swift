import Foundation
import NillableFixture
import SOAPRuntime
import SOAPXML
import Testing

/// `nillable` elements: `nil` is written as `xsi:nil="true"` where the element is required or an item of a repeated
/// one, left out where it is optional, and read back from either; envelopes equal zeep's for the same values, and
/// zeep's replies decode.
struct NillableTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("Nillable", "nillable.wsdl")

    @Test func requestsEqualZeepsWithNilsAndWithValues() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "nils", "operation": "update", "direction": "input",
                    "values": [
                        "name": NSNull(), "age": NSNull(), "nickname": NSNull(), "address": NSNull(),
                        "comment": NSNull(),
                    ],
                ],
                [
                    "name": "values", "operation": "update", "direction": "input",
                    "values": [
                        "name": "Ann", "age": 30, "nickname": "A", "address": ["city": "Riga"], "comment": "hi",
                        "tags": ["a", "b"],
                    ] as [String: Any],
                ],
            ])
        let nils = try SOAPEnvelope.encode(
            NillableSOAP.UpdateRequest(name: nil, age: nil, address: nil, comment: nil), version: .soap11,
            namespaces: NillableSOAP.service.namespaces
        )
        let values = try SOAPEnvelope.encode(
            NillableSOAP.UpdateRequest(
                name: "Ann", age: 30, nickname: "A", address: .init(city: "Riga"), comment: "hi", tags: ["a", "b"]),
            version: .soap11,
            namespaces: NillableSOAP.service.namespaces
        )
        #expect(
            String(decoding: nils, as: UTF8.self).contains(
                #"<ns1:age xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>"#))
        #expect(
            !String(decoding: nils, as: UTF8.self).contains("nickname"),
            "an optional nillable element that is nil is left out")
        #expect(try ZeepEnvelopes.canonical(nils) == ZeepEnvelopes.canonical(zeep["nils"]))
        #expect(try ZeepEnvelopes.canonical(values) == ZeepEnvelopes.canonical(zeep["values"]))
    }

    /// A `nil` item of a repeated nillable element keeps its place as `xsi:nil`, as PHP's SoapClient (and .NET) write
    /// it; zeep drops `None` items from lists instead.
    @Test func nilItemsOfARepeatedElementAreWrittenAsPHPWritesThem() async throws {
        let php = try await ZeepEnvelopes.php(
            wsdl: Self.wsdl,
            [
                [
                    "name": "tags", "operation": "update",
                    "values": [
                        "name": "Ann", "age": 30, "address": ["city": "Riga"], "comment": "hi",
                        "tags": ["a", NSNull(), "b"],
                    ] as [String: Any],
                ]
            ])
        let request = NillableSOAP.UpdateRequest(
            name: "Ann", age: 30, address: .init(city: "Riga"), comment: "hi", tags: ["a", nil, "b"])
        let envelope = try SOAPEnvelope.encode(request, version: .soap11, namespaces: NillableSOAP.service.namespaces)
        #expect(try ZeepEnvelopes.canonical(envelope) == ZeepEnvelopes.canonical(php["tags"]))
        #expect(
            try SOAPEnvelope.decode(NillableSOAP.UpdateRequest.self, from: Array(try #require(php["tags"]).utf8))
                == request)
    }

    @Test func zeepsRepliesDecodeAndNilTellsItselfFromAbsent() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "nil", "operation": "update", "direction": "output",
                    "values": ["previousAge": NSNull(), "address": NSNull()],
                ],
                [
                    "name": "values", "operation": "update", "direction": "output",
                    "values": [
                        "previousAge": 41, "address": ["city": "Riga"],
                        "history": [["city": "Oslo"], ["city": "Bergen"]],
                    ] as [String: Any],
                ],
            ])
        let nilReply = try SOAPEnvelope.decode(
            NillableSOAP.UpdateResponse.self, from: Array(try #require(zeep["nil"]).utf8))
        #expect(nilReply == .init(previousAge: nil, address: nil))
        let valuesReply = try SOAPEnvelope.decode(
            NillableSOAP.UpdateResponse.self, from: Array(try #require(zeep["values"]).utf8))
        #expect(
            valuesReply
                == .init(
                    previousAge: 41, address: .init(city: "Riga"),
                    history: [.init(city: "Oslo"), .init(city: "Bergen")]))
        // A required nillable element must still be there: nil is said with xsi:nil, not by leaving it out.
        let missing =
            #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><updateResponse xmlns="urn:example:nillable"/></s:Body></s:Envelope>"#
        #expect(throws: SOAPEnvelopeError.self) {
            try SOAPEnvelope.decode(NillableSOAP.UpdateResponse.self, from: Array(missing.utf8))
        }
        // `xsi:nil="1"` is the other spelling of true; the optional address in xsi:nil form reads as nil too.
        let ones = #"""
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><s:Body>\
            <updateResponse xmlns="urn:example:nillable"><previousAge i:nil="1"/><address i:nil="true"/></updateResponse></s:Body></s:Envelope>
            """#
        #expect(
            try SOAPEnvelope.decode(NillableSOAP.UpdateResponse.self, from: Array(ones.utf8))
                == .init(previousAge: nil, address: nil))
        // A nil item of a repeated element keeps its place.
        let items =
            #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><s:Body><updateResponse xmlns="urn:example:nillable"><previousAge>1</previousAge><history i:nil="true"/><history><city>Oslo</city></history></updateResponse></s:Body></s:Envelope>"#
        #expect(
            try SOAPEnvelope.decode(NillableSOAP.UpdateResponse.self, from: Array(items.utf8)).history == [
                nil, .init(city: "Oslo"),
            ])
    }

    @Test func valuesRoundTrip() throws {
        for request in [
            NillableSOAP.UpdateRequest(name: nil, age: 7, nickname: nil, address: .init(city: "Oslo"), comment: nil),
            NillableSOAP.UpdateRequest(
                name: "", age: nil, nickname: "", address: nil, comment: "c", tags: [nil, "", nil]),
        ] {
            let envelope = try SOAPEnvelope.encode(
                request, version: .soap11, namespaces: NillableSOAP.service.namespaces)
            #expect(try SOAPEnvelope.decode(NillableSOAP.UpdateRequest.self, from: envelope) == request)
        }
    }
}
