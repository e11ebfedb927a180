import SOAPRuntime
import SOAPXML
import Testing
import ValueConstraintsFixture

/// `default` and `fixed`: an empty element reads as the schema's value, a fixed element allows no other value either
/// way, and envelopes with values equal zeep's.
struct ValueConstraintsTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("ValueConstraints", "constraints.wsdl")

    static func reply(_ body: String) -> [UInt8] {
        Array(
            #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><c:quoteResponse xmlns:c="urn:example:constraints">"#
                .utf8)
            + Array(body.utf8) + Array("</c:quoteResponse></s:Body></s:Envelope>".utf8)
    }

    @Test func requestsEqualZeeps() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "quote", "operation": "quote", "direction": "input",
                    "values": ["version": "2.1", "currency": "USD", "quantity": 3, "unit": ["kg", "kg"]]
                        as [String: Any],
                ]
            ])
        let request = ConstraintsSOAP.QuoteRequest(version: "2.1", currency: "USD", quantity: 3, unit: ["kg", "kg"])
        let envelope = try SOAPEnvelope.encode(
            request, version: .soap11, namespaces: ConstraintsSOAP.service.namespaces)
        #expect(try ZeepEnvelopes.canonical(envelope) == ZeepEnvelopes.canonical(zeep["quote"]))
        #expect(try SOAPEnvelope.decode(ConstraintsSOAP.QuoteRequest.self, from: envelope) == request)
    }

    @Test func anEmptyElementReadsAsTheDefaultOrFixedValue() throws {
        let decoded = try SOAPEnvelope.decode(
            ConstraintsSOAP.QuoteResponse.self, from: Self.reply("<price/><c:version></c:version>"))
        #expect(decoded.price == 0)
        #expect(decoded.version == "2.1")
        let given = try SOAPEnvelope.decode(
            ConstraintsSOAP.QuoteResponse.self, from: Self.reply("<price>9.5</price><c:version>2.1</c:version>"))
        #expect(given.price == 9.5)
    }

    @Test func anotherValueOfAFixedElementIsRefusedBothWays() throws {
        #expect {
            try SOAPEnvelope.decode(
                ConstraintsSOAP.QuoteResponse.self, from: Self.reply("<price>1</price><c:version>3.0</c:version>"))
        } throws: { error in
            "\(error)".contains(#"the fixed value "2.1""#)
        }
        let request = ConstraintsSOAP.QuoteRequest(version: "2.2", currency: "EUR", unit: ["kg", "lb"])
        #expect(
            throws: SOAPEncodingError(
                path: "quote/version", rule: #"must be the schema's fixed value "2.1", not "2.2""#)
        ) {
            try SOAPEnvelope.encode(request, version: .soap11, namespaces: ConstraintsSOAP.service.namespaces)
        }
        let units = ConstraintsSOAP.QuoteRequest(version: "2.1", currency: "EUR", unit: ["kg", "lb"])
        #expect(
            throws: SOAPEncodingError(path: "quote/unit", rule: #"must be the schema's fixed value "kg", not "lb""#)
        ) {
            try SOAPEnvelope.encode(units, version: .soap11, namespaces: ConstraintsSOAP.service.namespaces)
        }
    }
}
