import AnyFixture
import SOAPRuntime
import SOAPXML
import Testing

/// `xsd:any`: the elements no other field takes are kept as XML, with their namespaces, attributes and
/// QName-valued content, and written back as zeep writes the same elements.
struct AnyTests {
    static let wsdl = ZeepEnvelopes.referenceWSDL("Any", "wildcards.wsdl")
    static let trace =
        #"<e:trace xmlns:e="urn:ext" level="2" xml:lang="en"><e:step>a &amp; b</e:step><e:step/></e:trace>"#
    static let meta = #"<meta xmlns="urn:meta" xmlns:q="urn:q" type="q:Kind">v<plain xmlns="">x</plain></meta>"#

    static func element(_ xml: String) throws -> XMLTree.Element {
        try XMLTree(parsing: Array(xml.utf8)).root
    }

    @Test func elementsAreWrittenAsZeepWritesThem() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "submit", "operation": "submit", "direction": "input",
                    "values": ["id": "7", "_value_1": [["xml": Self.trace], ["xml": Self.meta]]] as [String: Any],
                ]
            ])
        let request = WildcardsSOAP.SubmitRequest(
            id: "7", anyElements: [try Self.element(Self.trace), try Self.element(Self.meta)])
        let envelope = try SOAPEnvelope.encode(request, version: .soap11, namespaces: WildcardsSOAP.service.namespaces)
        #expect(try ZeepEnvelopes.canonical(envelope) == ZeepEnvelopes.canonical(zeep["submit"]))
    }

    @Test func unknownElementsOfAReplyAreKeptAndWrittenBackUnchanged() async throws {
        let zeep = try await ZeepEnvelopes.make(
            wsdl: Self.wsdl,
            [
                [
                    "name": "reply", "operation": "submit", "direction": "output",
                    "values": ["status": "ok", "_value_1": [["xml": Self.trace], ["xml": Self.meta]]] as [String: Any],
                ]
            ])
        let reply = Array(try #require(zeep["reply"]).utf8)
        let decoded = try SOAPEnvelope.decode(WildcardsSOAP.SubmitResponse.self, from: reply)
        #expect(decoded.status == "ok")
        #expect(decoded.anyElements.map(\.localName) == ["trace", "meta"])
        #expect(decoded.anyElements.first?.attribute("level") == "2")
        // Written back, the envelope says what the reply said.
        let again = try SOAPEnvelope.encode(decoded, version: .soap11, namespaces: WildcardsSOAP.service.namespaces)
        #expect(try ZeepEnvelopes.canonical(again) == ZeepEnvelopes.canonical(reply))
        // The QName in `type` keeps its prefix's namespace where it is written.
        #expect(String(decoding: again, as: UTF8.self).contains(#"xmlns:q="urn:q""#))
    }

    @Test func aCharacterXMLCannotCarryIsRefusedNamingTheElement() throws {
        var element = try Self.element(Self.trace)
        element.attributes.append(.init(localName: "bad", value: "a\u{1}b"))
        #expect(throws: SOAPEncodingError.self) {
            try SOAPEnvelope.encode(
                WildcardsSOAP.SubmitRequest(id: "7", anyElements: [element]),
                version: .soap11,
                namespaces: WildcardsSOAP.service.namespaces
            )
        }
    }
}
