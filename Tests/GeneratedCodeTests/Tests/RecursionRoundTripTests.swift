import RecursionFixture
import SOAPRuntime
import SOAPXML
import Testing

/// What the plugin generates from Resources/Reference/Recursion (types that contain themselves, and elements
/// named like the generated types' own members) compiles, and values survive encoding and decoding.
struct RecursionRoundTripTests {
    /// Encodes `value` as a body element and decodes it back.
    static func roundTrip<Body: SOAPBodyElement & Equatable>(_ value: Body) throws -> Body {
        let envelope = try SOAPEnvelope.encode(value, version: .soap11, namespaces: RecursionSOAP.service.namespaces)
        return try SOAPEnvelope.decode(Body.self, from: envelope)
    }

    @Test func anElementThatContainsItselfThroughRefRoundTrips() throws {
        let chain = RecursionSOAP.Node(label: "a", node: .init(label: "b", node: .init(label: "c")))
        let folders = RecursionSOAP.Folder(
            name: "root", folder: [.init(name: "x", folder: [.init(name: "y")]), .init(name: "z")])
        let request = RecursionSOAP.WalkRequest(node: chain, folder: folders)
        let decoded = try Self.roundTrip(request)
        #expect(decoded == request)
        #expect(decoded.node.node?.node?.label == "c")
        #expect(decoded.node.node?.node?.node == nil)
        #expect(decoded.folder?.folder.first?.folder.first?.name == "y")
    }

    @Test func namedAndMutualRecursionRoundTrip() throws {
        var question = RecursionSOAP.Question(text: "why?")
        question.answer = RecursionSOAP.Answer(text: "because", question: .init(text: "really?"))
        let response = RecursionSOAP.WalkResponse(
            employee: .init(name: "Ann", manager: .init(name: "Bob", manager: .init(name: "Cy"))),
            question: question,
            reserved: .init(
                hashValueElement: "h", lexicalValuesElement: "l", elementNameElement: "e", namespaceIndexElement: 7,
                encodeContent: "c")
        )
        let decoded = try Self.roundTrip(response)
        #expect(decoded == response)
        #expect(decoded.employee.manager?.manager?.name == "Cy")
        #expect(decoded.question?.answer?.question.text == "really?")
        #expect(decoded.reserved?.hashValueElement == "h")
        #expect(decoded.reserved?.lexicalValues["hashValue"] == "h", "the wire name stays the element's")
    }

    @Test func aBoxedValueIsStillAValue() {
        var first = RecursionSOAP.Employee(name: "Ann", manager: .init(name: "Bob"))
        let second = first
        first.manager?.name = "Changed"
        #expect(second.manager?.name == "Bob")
        #expect(first.manager?.name == "Changed")
    }
}
