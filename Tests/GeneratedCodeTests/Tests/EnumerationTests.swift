import EnumerationFixture
import SOAPRuntime
import SOAPXML
import Testing

/// String enumerations are Swift enums: listed values by case, any other kept as `unknown` and written back as it
/// came; envelopes equal zeep's, and zeep's replies decode.
struct EnumerationTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("Enumeration", "enumeration.wsdl")

    @Test func requestsEqualZeeps() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "track", "operation": "track", "direction": "input",
                    "values": [
                        "state": "IN_PROGRESS", "history": ["NEW", "", "+", "unknown"], "priority": 2, "channel": "web",
                    ] as [String: Any],
                ]
            ])
        let request = EnumerationSOAP.TrackRequest(
            state: .inProgress, history: [.new, .empty, .value, .unknownValue], priority: 2, channel: .web)
        let envelope = try SOAPEnvelope.encode(
            request, version: .soap11, namespaces: EnumerationSOAP.service.namespaces)
        #expect(try ZeepEnvelopes.canonical(envelope) == ZeepEnvelopes.canonical(zeep["track"]))
        #expect(try SOAPEnvelope.decode(EnumerationSOAP.TrackRequest.self, from: envelope) == request)
    }

    @Test func aValueTheSchemaDoesNotListIsKeptAndWrittenBack() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                ["name": "listed", "operation": "track", "direction": "output", "values": ["state": "on-hold"]],
                ["name": "unlisted", "operation": "track", "direction": "output", "values": ["state": "CANCELLED"]],
            ])
        let listed = try SOAPEnvelope.decode(
            EnumerationSOAP.TrackResponse.self, from: Array(try #require(zeep["listed"]).utf8))
        #expect(listed.state == .onHold)
        let unlisted = try SOAPEnvelope.decode(
            EnumerationSOAP.TrackResponse.self, from: Array(try #require(zeep["unlisted"]).utf8))
        #expect(unlisted.state == .unknown("CANCELLED"))
        #expect(unlisted.state.soapLexicalForm == "CANCELLED")
        #expect(unlisted.lexicalValues == ["state": "CANCELLED"])
        let again = try SOAPEnvelope.encode(unlisted, version: .soap11, namespaces: EnumerationSOAP.service.namespaces)
        #expect(try ZeepEnvelopes.canonical(again) == ZeepEnvelopes.canonical(zeep["unlisted"]))
    }

    @Test func everyListedValueRoundTripsThroughItsCase() {
        let cases: [EnumerationSOAP.OrderState] = [
            .new, .inProgress, .onHold, .unknownValue, .default, ._2fa, .empty, .value,
        ]
        #expect(
            cases.map(\.soapLexicalForm) == ["NEW", "IN_PROGRESS", "on-hold", "unknown", "default", "2fa", "", "+"])
        for state in cases {
            #expect(EnumerationSOAP.OrderState(soapLexicalForm: state.soapLexicalForm) == state)
        }
    }
}
