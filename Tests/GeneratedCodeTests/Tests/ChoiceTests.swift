import ChoiceFixture
import Foundation
import SOAPRuntime
import SOAPXML
import Testing

/// `xsd:choice`: an enum with a case per element, as a type's whole content, inside a sequence, optional, and
/// containing its owner again; envelopes equal zeep's, zeep's replies decode, and two elements of one choice are
/// refused.
struct ChoiceTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("Choice", "choice.wsdl")

    @Test func requestsEqualZeeps() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "iban", "operation": "pay", "direction": "input",
                    "values": [
                        "amount": "9.5", "payment": ["iban": "DE89"],
                        "filter": ["field": "a", "not": ["field": "b", "equals": "x"]],
                    ] as [String: Any],
                ],
                [
                    "name": "card", "operation": "pay", "direction": "input",
                    "values": ["amount": "1", "payment": ["card": ["number": "4111", "expires": "12/30"]]]
                        as [String: Any],
                ],
            ])
        let iban = ChoiceSOAP.PayRequest(
            amount: Decimal(string: "9.5")!,
            payment: .init(choice: .iban("DE89")),
            filter: .init(field: "a", choice: .not(.init(field: "b", choice: .equals("x"))))
        )
        let card = ChoiceSOAP.PayRequest(
            amount: 1, payment: .init(choice: .card(.init(number: "4111", expires: "12/30"))))
        for (request, name) in [(iban, "iban"), (card, "card")] {
            let envelope = try SOAPEnvelope.encode(request, version: .soap11, namespaces: ChoiceSOAP.service.namespaces)
            #expect(try ZeepEnvelopes.canonical(envelope) == ZeepEnvelopes.canonical(zeep[name]), "\(name)")
            #expect(try SOAPEnvelope.decode(ChoiceSOAP.PayRequest.self, from: envelope) == request, "\(name)")
        }
    }

    @Test func zeepsRepliesDecodeAndTwoElementsOfOneChoiceAreRefused() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                ["name": "declined", "operation": "pay", "direction": "output", "values": ["declined": "no funds"]]
            ])
        let declined = try SOAPEnvelope.decode(
            ChoiceSOAP.PayResponse.self, from: Array(try #require(zeep["declined"]).utf8))
        #expect(declined.choice == .declined("no funds"))

        let both =
            #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><c:payResponse xmlns:c="urn:example:choice"><receipt>r1</receipt><declined>no</declined></c:payResponse></s:Body></s:Envelope>"#
        #expect {
            try SOAPEnvelope.decode(ChoiceSOAP.PayResponse.self, from: Array(both.utf8))
        } throws: { error in
            "\(error)".contains(
                "payResponse: element `declined` follows another element of the same choice, which allows one")
        }
        let none =
            #"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><c:payResponse xmlns:c="urn:example:choice"/></s:Body></s:Envelope>"#
        #expect {
            try SOAPEnvelope.decode(ChoiceSOAP.PayResponse.self, from: Array(none.utf8))
        } throws: { error in
            "\(error)".contains("required element `receipt | declined` is missing")
        }
    }
}
