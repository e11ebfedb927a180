@_spi(Generated) import SOAPRuntime
import SOAPXML
import Testing

@Suite("SOAPDecoding")
struct SOAPDecodingTests {
    /// Decodes `xml` (a bare element, no envelope) as `type`, returning the error it throws.
    private func decodingError<Value: SOAPElementDecodable>(
        _ type: Value.Type,
        _ xml: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> SOAPDecodingError? {
        let root = try TestXML.root(xml)
        return #expect(throws: SOAPDecodingError.self, sourceLocation: sourceLocation) {
            _ = try Value(decoding: root)
        }
    }

    // MARK: - Successful decoding

    @Test("children are matched by local name in any order; unknown children, text and namespaces are ignored")
    func reorderedAndUnknownChildren() throws {
        let root = try TestXML.root(
            """
            <x:echo xmlns:x="urn:x" xmlns:y="urn:y">
              <tags>one</tags>
              <unknown><text>not mine</text></unknown>
              <items><weight> 2.5 </weight><extra/><name>b</name></items>
              <y:count>+7</y:count>
              stray text
              <items><name>c</name></items>
              <text>  hello  </text>
              <tags>two</tags>
            </x:echo>
            """
        )
        let echo = try Echo(decoding: root)
        #expect(
            echo
                == Echo(
                    text: "  hello  ", count: 7, items: [EchoItem(name: "b", weight: 2.5), EchoItem(name: "c")],
                    tags: ["one", "two"]))
    }

    @Test("optional and repeated children may be absent")
    func absentOptionals() throws {
        let echo = try Echo(decoding: try TestXML.root("<echo><text></text></echo>"))
        #expect(echo == Echo(text: ""))
    }

    // MARK: - The helpers one by one

    @Test("scalar returns the parsed value for the first occurrence")
    func scalarFirstOccurrence() throws {
        let parent = try TestXML.root("<p><n> 12 </n></p>")
        let value = try SOAPDecoding.scalar(
            Int32.self, current: nil, from: parent.children[0], in: parent, xsdType: "xsd:int")
        #expect(value == 12)
    }

    @Test("scalar refuses a second occurrence and counts all siblings of that name")
    func scalarRepeated() throws {
        let parent = try TestXML.root("<p><n>1</n><m>x</m><n>2</n><n>3</n></p>")
        let error = #expect(throws: SOAPDecodingError.self) {
            _ = try SOAPDecoding.scalar(
                Int32.self, current: 1, from: parent.children[2], in: parent, xsdType: "xsd:int")
        }
        #expect(error == SOAPDecodingError(path: ["p"], reason: .repeatedElement("n", count: 3)))
    }

    @Test("scalarItem reports an invalid value with the path [parent, child]")
    func scalarItemInvalid() throws {
        let parent = try TestXML.root("<p><n>twelve</n></p>")
        let error = #expect(throws: SOAPDecodingError.self) {
            _ = try SOAPDecoding.scalarItem(Int32.self, from: parent.children[0], in: parent, xsdType: "xsd:int")
        }
        #expect(error == SOAPDecodingError(path: ["p", "n"], reason: .invalidValue("twelve", expectedType: "xsd:int")))
    }

    @Test("element refuses a second occurrence of a complex child")
    func elementRepeated() throws {
        let error = try decodingError(
            EchoResponse.self,
            "<echoResponse><result><text>a</text></result><codes>1</codes><result><text>b</text></result></echoRespo"
                + "nse>"
        )
        #expect(error == SOAPDecodingError(path: ["echoResponse"], reason: .repeatedElement("result", count: 2)))
    }

    @Test("required passes a present value through and names a missing one")
    func requiredHelper() throws {
        let parent = try TestXML.root("<send/>")
        #expect(try SOAPDecoding.required("x", "login", in: parent) == "x")
        let error = #expect(throws: SOAPDecodingError.self) {
            _ = try SOAPDecoding.required(String?.none, "login", in: parent)
        }
        #expect(error == SOAPDecodingError(path: ["send"], reason: .missingElement("login")))
    }

    @Test(
        "checkCount passes enough items through and names the element otherwise",
        arguments: [
            ([] as [Int], 0, true), ([1], 1, true), ([1, 2], 1, true), ([], 1, false), ([1], 2, false),
        ])
    func checkCountHelper(values: [Int], minimum: Int, passes: Bool) throws {
        let parent = try TestXML.root("<list/>")
        if passes {
            #expect(try SOAPDecoding.checkCount(values, "item", minimum: minimum, in: parent) == values)
        } else {
            let error = #expect(throws: SOAPDecodingError.self) {
                _ = try SOAPDecoding.checkCount(values, "item", minimum: minimum, in: parent)
            }
            #expect(error == SOAPDecodingError(path: ["list"], reason: .missingElement("item")))
        }
    }

    // MARK: - Errors through generated-style decoders

    @Test(
        "decoder errors carry the element path and reason",
        arguments: [
            (
                "<echo><text>a</text><text>b</text></echo>",
                SOAPDecodingError(path: ["echo"], reason: .repeatedElement("text", count: 2))
            ),
            (
                "<echo><count>1</count><text>a</text><count>2</count><count>3</count></echo>",
                SOAPDecodingError(path: ["echo"], reason: .repeatedElement("count", count: 3))
            ),
            (
                "<echo><count>5</count></echo>",
                SOAPDecodingError(path: ["echo"], reason: .missingElement("text"))
            ),
            (
                "<echo/>",
                SOAPDecodingError(path: ["echo"], reason: .missingElement("text"))
            ),
            (
                "<echo><text>a</text><count>abc</count></echo>",
                SOAPDecodingError(path: ["echo", "count"], reason: .invalidValue("abc", expectedType: "xsd:int"))
            ),
            (
                "<echo><text>a</text><count>2147483648</count></echo>",
                SOAPDecodingError(
                    path: ["echo", "count"], reason: .invalidValue("2147483648", expectedType: "xsd:int"))
            ),
            (
                "<echo><text>a</text><count> </count></echo>",
                SOAPDecodingError(path: ["echo", "count"], reason: .invalidValue(" ", expectedType: "xsd:int"))
            ),
            (
                "<echo><text>a</text><items><name>x</name></items><items><weight>1</weight></items></echo>",
                SOAPDecodingError(path: ["echo", "items[1]"], reason: .missingElement("name"))
            ),
            (
                "<echo><text>a</text><items><name>x</name><weight>heavy</weight></items></echo>",
                SOAPDecodingError(
                    path: ["echo", "items[0]", "weight"], reason: .invalidValue("heavy", expectedType: "xsd:double"))
            ),
            (
                "<echo><text>a</text><items><name>x</name></items><items><name>y</name><name>z</name></items></echo>",
                SOAPDecodingError(path: ["echo", "items[1]"], reason: .repeatedElement("name", count: 2))
            ),
        ]
    )
    func echoErrors(xml: String, expected: SOAPDecodingError) throws {
        let error = try decodingError(Echo.self, xml)
        #expect(error == expected)
    }

    @Test(
        "errors inside nested complex elements get parent/child[index] paths",
        arguments: [
            (
                "<echoResponse><codes>1</codes></echoResponse>",
                SOAPDecodingError(path: ["echoResponse"], reason: .missingElement("result"))
            ),
            (
                "<echoResponse><result><text>t</text></result></echoResponse>",
                SOAPDecodingError(path: ["echoResponse"], reason: .missingElement("codes"))
            ),
            (
                "<echoResponse><result/><codes>1</codes></echoResponse>",
                SOAPDecodingError(path: ["echoResponse", "result"], reason: .missingElement("text"))
            ),
            (
                "<echoResponse><result><text>t</text><count>x</count></result><codes>1</codes></echoResponse>",
                SOAPDecodingError(
                    path: ["echoResponse", "result", "count"], reason: .invalidValue("x", expectedType: "xsd:int"))
            ),
            (
                """
                <echoResponse><codes>1</codes><result><text>t</text>\
                <items><name>0</name></items><items><name>1</name></items>\
                <items><name>2</name><weight>1e</weight></items></result></echoResponse>
                """,
                SOAPDecodingError(
                    path: ["echoResponse", "result", "items[2]", "weight"],
                    reason: .invalidValue("1e", expectedType: "xsd:double"))
            ),
            (
                "<echoResponse><result><text>t</text></result><codes>1</codes><codes>two</codes></echoResponse>",
                SOAPDecodingError(
                    path: ["echoResponse", "codes"], reason: .invalidValue("two", expectedType: "xsd:int"))
            ),
            (
                "<echoResponse><result><text>t</text></result><codes>1</codes><ok>yes</ok></echoResponse>",
                SOAPDecodingError(
                    path: ["echoResponse", "ok"], reason: .invalidValue("yes", expectedType: "xsd:boolean"))
            ),
        ]
    )
    func nestedErrors(xml: String, expected: SOAPDecodingError) throws {
        let error = try decodingError(EchoResponse.self, xml)
        #expect(error == expected)
    }

    // MARK: - Descriptions

    @Test(
        "descriptions name the path and the problem",
        arguments: [
            (
                SOAPDecodingError(path: ["echo"], reason: .missingElement("text")),
                "echo: required element `text` is missing"
            ),
            (
                SOAPDecodingError(path: ["echo"], reason: .repeatedElement("text", count: 2)),
                "echo: element `text` appears 2 times but the schema allows it once"
            ),
            (
                SOAPDecodingError(path: ["echo", "count"], reason: .invalidValue("abc", expectedType: "xsd:int")),
                "echo/count: \"abc\" is not a valid xsd:int"
            ),
            (
                SOAPDecodingError(
                    path: ["Send2Response", "sendresult", "errors[0]", "phone"],
                    reason: .invalidValue("", expectedType: "xsd:string")
                ),
                "Send2Response/sendresult/errors[0]/phone: \"\" is not a valid xsd:string"
            ),
            (
                SOAPDecodingError(
                    path: ["e", "d"],
                    reason: .invalidValue(String(repeating: "7", count: 40), expectedType: "xsd:double")),
                "e/d: \"\(String(repeating: "7", count: 40))\" is not a valid xsd:double"
            ),
            (
                SOAPDecodingError(
                    path: ["e", "d"],
                    reason: .invalidValue(String(repeating: "я", count: 41), expectedType: "xsd:double")),
                "e/d: \"\(String(repeating: "я", count: 40))…\" is not a valid xsd:double"
            ),
        ]
    )
    func descriptions(error: SOAPDecodingError, expected: String) {
        #expect(error.description == expected)
        #expect("\(error)" == expected)
    }

    @Test("nested(in:) prepends the parent and keeps the reason")
    func nestedIn() {
        let inner = SOAPDecodingError(path: ["errors[1]", "phone"], reason: .missingElement("phone"))
        let outer = inner.nested(in: "sendresult").nested(in: "Send2Response")
        #expect(outer.path == ["Send2Response", "sendresult", "errors[1]", "phone"])
        #expect(outer.reason == inner.reason)
        #expect(inner.path == ["errors[1]", "phone"])
    }
}
