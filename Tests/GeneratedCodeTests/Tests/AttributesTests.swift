import AttributesFixture
import Foundation
import SOAPRuntime
import SOAPXML
import Testing

/// Attributes and `simpleContent`: required, optional, default, fixed, qualified, global and grouped attributes, an
/// element and an attribute of one name, a value with attributes and an extension of one; envelopes equal zeep's,
/// zeep's replies decode, and attributes that break the schema are refused naming the attribute.
struct AttributesTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("Attributes", "attributes.wsdl")

    static let order = AttributesSOAP.OrderRequest(
        item: [
            .init(
                id: "A-1",
                price: .init(value: Decimal(string: "9.50")!, currency: .eur),
                gross: .init(value: Decimal(string: "11.40")!, currency: .eur, rate: Decimal(string: "0.2")!),
                idAttribute: 7,
                note: #"a<b"c"#,
                unit: "box",
                version: "2",
                scope: "s",
                trace: "t1",
                createdBy: "me",
                revision: 3
            ),
            .init(id: "B-2", price: .init(value: 1, currency: .unknown("USD")), idAttribute: 8, createdBy: "you"),
        ],
        express: true
    )

    @Test func requestsEqualZeeps() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "order", "operation": "order", "direction": "input",
                    "values": [
                        "express": true,
                        "item": [
                            [
                                "id": "A-1", "attr__id": 7, "price": ["_value_1": "9.5", "currency": "EUR"],
                                "gross": ["_value_1": "11.4", "currency": "EUR", "rate": "0.2"],
                                "note": #"a<b"c"#, "unit": "box", "version": "2", "scope": "s", "trace": "t1",
                                "createdBy": "me", "revision": 3,
                            ] as [String: Any],
                            [
                                "id": "B-2", "attr__id": 8, "price": ["_value_1": "1", "currency": "USD"],
                                "createdBy": "you",
                            ],
                        ],
                    ] as [String: Any],
                ]
            ])
        // zeep writes an absent attribute's default value (not its fixed one); the schema makes the two forms equal.
        var withDefaults = Self.order
        withDefaults.item[1].unit = "piece"
        withDefaults.item[1].revision = 1
        let envelope = try SOAPEnvelope.encode(
            withDefaults, version: .soap11, namespaces: AttributesSOAP.service.namespaces)
        #expect(try ZeepEnvelopes.canonical(envelope) == ZeepEnvelopes.canonical(zeep["order"]))

        // Read back, absent attributes with a default or fixed value read as that value.
        let plain = try SOAPEnvelope.encode(Self.order, version: .soap11, namespaces: AttributesSOAP.service.namespaces)
        #expect(!String(decoding: plain, as: UTF8.self).contains("piece"))
        var expected = withDefaults
        expected.item[1].version = "2"
        #expect(try SOAPEnvelope.decode(AttributesSOAP.OrderRequest.self, from: plain) == expected)
    }

    @Test func zeepsRepliesDecode() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "reply", "operation": "order", "direction": "output",
                    "values": ["accepted": true, "total": ["_value_1": "9.50", "currency": "RUB"]] as [String: Any],
                ]
            ])
        let reply = try SOAPEnvelope.decode(
            AttributesSOAP.OrderResponse.self, from: Array(try #require(zeep["reply"]).utf8))
        #expect(
            reply
                == AttributesSOAP.OrderResponse(
                    total: .init(value: Decimal(string: "9.5")!, currency: .rub), accepted: true))
    }

    static func reply(_ response: String) -> [UInt8] {
        Array(
            #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><a:orderResponse xmlns:a="urn:example:attributes" \#(response)</a:orderResponse></s:Body></s:Envelope>"#
                .utf8
        )
    }

    @Test func repliesThatBreakTheSchemaNameTheAttribute() throws {
        let cases: [(reply: String, message: String)] = [
            (#"><a:total currency="RUB">1</a:total>"#, "orderResponse: required attribute `accepted` is missing"),
            (
                #"accepted="maybe"><a:total currency="RUB">1</a:total>"#,
                #"orderResponse/@accepted: "maybe" is not a valid xsd:boolean"#
            ),
            (#"accepted="true"><a:total>1</a:total>"#, "orderResponse/total: required attribute `currency` is missing"),
            (
                #"accepted="true"><a:total currency="RUB">one</a:total>"#,
                #"orderResponse/total: "one" is not a valid xsd:decimal"#
            ),
        ]
        for (reply, message) in cases {
            #expect(throws: (any Error).self) {
                try SOAPEnvelope.decode(AttributesSOAP.OrderResponse.self, from: Self.reply(reply))
            }
            do {
                _ = try SOAPEnvelope.decode(AttributesSOAP.OrderResponse.self, from: Self.reply(reply))
            } catch {
                #expect("\(error)".contains(message), "\(error)")
            }
        }
        // A qualified attribute is not taken for an unqualified one of the same name, and attributes the schema does
        // not declare (anyAttribute, or added later) are skipped.
        let ok = try SOAPEnvelope.decode(
            AttributesSOAP.OrderResponse.self,
            from: Self.reply(
                #"a:accepted="false" accepted="true" extra="1"><a:total currency="EUR" other="x">2</a:total>"#)
        )
        #expect(ok.accepted == true)
        #expect(ok.total == .init(value: 2, currency: .eur))
    }

    @Test func aQualifiedAttributeIsReadFromItsNamespaceNeverFromXSI() throws {
        func item(_ attributes: String) throws -> AttributesSOAP.Item {
            let xml =
                #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><a:order xmlns:a="urn:example:attributes" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><a:item id="1" createdBy="me" \#(attributes)><a:id>x</a:id><a:price currency="EUR">1</a:price></a:item></a:order></s:Body></s:Envelope>"#
            return try #require(
                try SOAPEnvelope.decode(AttributesSOAP.OrderRequest.self, from: Array(xml.utf8)).item.first)
        }
        #expect(try item(#"i:scope="instance""#).scope == nil)
        #expect(try item(#"scope="unqualified""#).scope == nil)
        #expect(try item(#"i:scope="instance" a:scope="s""#).scope == "s")
    }

    @Test func attributesThatBreakTheSchemaAreRefusedBeforeAnythingIsSent() {
        var wrongFixed = Self.order
        wrongFixed.item[0].version = "3"
        #expect {
            try SOAPEnvelope.encode(wrongFixed, version: .soap11, namespaces: AttributesSOAP.service.namespaces)
        } throws: { error in
            "\(error)" == #"field `order/item/@version`: must be the schema's fixed value "2", not "3""#
        }
        var control = Self.order
        control.item[1].note = "bell\u{7}"
        #expect {
            try SOAPEnvelope.encode(control, version: .soap11, namespaces: AttributesSOAP.service.namespaces)
        } throws: { error in
            "\(error)".hasPrefix("field `order/item/@note`: character U+0007 at offset 4 cannot be carried by XML 1.0")
        }
    }
}
