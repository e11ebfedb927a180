import Foundation
import ListFixture
import SOAPRuntime
import SOAPXML
import Testing

/// `xsd:list`: arrays of the item type (built-in, an enumeration, or an anonymous list's), written separated by
/// spaces as zeep writes them, and read at any run of XML whitespace.
struct ListTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("List", "list.wsdl")

    @Test func requestsEqualZeeps() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "stock", "operation": "stock", "direction": "input",
                    "values": ["codes": [1, 2, 3], "sizes": ["S", "M"], "weights": ["1.5", "2"]] as [String: Any],
                ]
            ])
        let request = ListSOAP.StockRequest(codes: [1, 2, 3], sizes: [.s, .m], weights: [Decimal(string: "1.5")!, 2])
        let envelope = try SOAPEnvelope.encode(request, version: .soap11, namespaces: ListSOAP.service.namespaces)
        #expect(
            String(decoding: envelope, as: UTF8.self).contains(
                "<codes>1 2 3</codes><sizes>S M</sizes><weights>1.5 2</weights>"))
        #expect(try ZeepEnvelopes.canonical(envelope) == ZeepEnvelopes.canonical(zeep["stock"]))
        #expect(try SOAPEnvelope.decode(ListSOAP.StockRequest.self, from: envelope) == request)
    }

    @Test func anyRunOfWhitespaceSeparatesItemsAndABadItemIsNamed() throws {
        func reply(_ codes: String) -> [UInt8] {
            Array(
                #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><l:stockResponse xmlns:l="urn:example:list"><codes>\#(codes)</codes></l:stockResponse></s:Body></s:Envelope>"#
                    .utf8)
        }
        #expect(
            try SOAPEnvelope.decode(ListSOAP.StockResponse.self, from: reply("\n  7\t8   9 \r\n")).codes == [7, 8, 9])
        #expect(try SOAPEnvelope.decode(ListSOAP.StockResponse.self, from: reply("")).codes == [])
        // A CR LF kept by character references is one Character in Swift, and still two separators.
        #expect(try SOAPEnvelope.decode(ListSOAP.StockResponse.self, from: reply("4&#13;&#10;5")).codes == [4, 5])
        #expect {
            try SOAPEnvelope.decode(ListSOAP.StockResponse.self, from: reply("1 two 3"))
        } throws: { error in
            "\(error)".contains("stockResponse/codes")
        }
    }
}
