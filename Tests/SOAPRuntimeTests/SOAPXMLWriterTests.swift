import SOAPXML
import Testing

@_spi(Generated) @testable import SOAPRuntime

@Suite("SOAPXMLWriter")
struct SOAPXMLWriterTests {
    // MARK: - Markup

    @Test("nested elements are written without whitespace, with nsN prefixes from the namespace index")
    func nestedElementsExactBytes() throws {
        var writer = SOAPXMLWriter()
        writer.startElement("outer", namespaceIndex: 1)
        try writer.writeElement("a", value: "x")
        try writer.writeElement("b", namespaceIndex: 2, value: Int32(-5))
        writer.startElement("inner", namespaceIndex: 12)
        try writer.writeElement("flag", value: true)
        try writer.writeElement("empty", value: "")
        writer.endElement("inner", namespaceIndex: 12)
        try writer.writeElement("item", value: EchoItem(name: "n", weight: 2.5))
        try writer.writeElement("qualified", namespaceIndex: 3, value: EchoItem(name: "m"))
        writer.endElement("outer", namespaceIndex: 1)
        #expect(
            TestXML.string(writer.bytes)
                == "<ns1:outer><a>x</a><ns2:b>-5</ns2:b><ns12:inner><flag>true</flag><empty></empty></ns12:inner>"
                + "<item><name>n</name><weight>2.5</weight></item><ns3:qualified><name>m</name></ns3:qualified></ns1"
                + ":outer>"
        )
    }

    @Test("a fresh writer is empty and writeRaw appends markup verbatim")
    func rawMarkup() {
        var writer = SOAPXMLWriter(capacity: 0)
        #expect(writer.bytes.isEmpty)
        writer.writeRaw("<a b=\"&\">]]></a>")
        #expect(TestXML.string(writer.bytes) == "<a b=\"&\">]]></a>")
    }

    @Test(
        "scalars are written in their XML Schema lexical form",
        arguments: [
            (SOAPXMLWriterTests.markup(of: Double.infinity), "<v>INF</v>"),
            (SOAPXMLWriterTests.markup(of: -Double.infinity), "<v>-INF</v>"),
            (SOAPXMLWriterTests.markup(of: Double.nan), "<v>NaN</v>"),
            (SOAPXMLWriterTests.markup(of: Float.infinity), "<v>INF</v>"),
            (SOAPXMLWriterTests.markup(of: 1.5), "<v>1.5</v>"),
            (SOAPXMLWriterTests.markup(of: false), "<v>false</v>"),
            (SOAPXMLWriterTests.markup(of: Int8.min), "<v>-128</v>"),
            (SOAPXMLWriterTests.markup(of: UInt64.max), "<v>18446744073709551615</v>"),
        ]
    )
    func scalarMarkup(written: String, expected: String) {
        #expect(written == expected)
    }

    private static func markup(of value: some SOAPScalar) -> String {
        var writer = SOAPXMLWriter()
        do {
            try writer.writeElement("v", value: value)
        } catch {
            return "error: \(error)"
        }
        return TestXML.string(writer.bytes)
    }

    // MARK: - Text escaping

    @Test(
        "text escapes &, <, > and CR; keeps tab, LF, quotes and non-ASCII as they are",
        arguments: [
            ("a&b<c>d", "a&amp;b&lt;c&gt;d"),
            ("]]>", "]]&gt;"),
            ("x\r\ny\rz", "x&#13;\ny&#13;z"),
            ("\r", "&#13;"),
            ("\t\n", "\t\n"),
            ("\"quoted\" 'single'", "\"quoted\" 'single'"),
            ("&amp;", "&amp;amp;"),
            ("&#13;", "&amp;#13;"),
            ("Привет, мир", "Привет, мир"),
            ("👍🏽👨‍👩‍👧", "👍🏽👨‍👩‍👧"),
            ("e\u{301}", "e\u{301}"),
            ("\u{7F}\u{85}\u{9F}", "\u{7F}\u{85}\u{9F}"),
            ("\u{FFFD}\u{FFFC}\u{10FFFF}", "\u{FFFD}\u{FFFC}\u{10FFFF}"),
            ("", ""),
        ]
    )
    func textEscaping(input: String, expected: String) throws {
        var writer = SOAPXMLWriter()
        try writer.writeText(input)
        #expect(TestXML.string(writer.bytes) == expected)
    }

    /// Strings that must survive writing, parsing with libxml2 and decoding unchanged.
    static let trickyStrings: [String] = [
        "a&b<c>d",
        "]]>",
        "<![CDATA[x]]>",
        "x\r\ny\rz",
        "\r\n",
        "\n\r",
        "\r",
        "\t\n",
        " ",
        "  leading and trailing  ",
        "",
        "\"'",
        "&amp; &lt; &#13; &#x0;",
        "👍🏽👨‍👩‍👧 🇷🇺",
        "Привет, мир! Съешь же ещё этих мягких французских булок",
        "e\u{301}a\u{308}\u{20DD}",
        "\u{301}leading combining mark",
        "\u{FFFD}",
        "\u{10FFFF}",
        "\u{FFFD}\u{E000}\u{D7FF}\u{10000}\u{1FFFE}",
        "\u{7F}\u{80}\u{85}\u{9F}",
        "\u{FEFF}BOM in the middle\u{FEFF}",
        "\u{2028}\u{2029}",
    ]

    @Test(
        "every string XML can carry round-trips through an envelope, XMLTree and the decoder", arguments: trickyStrings)
    func roundTrip(text: String) throws {
        let echo = Echo(text: text, items: [EchoItem(name: text)], tags: [text, "x" + text], note: text)
        let bytes = try SOAPEnvelope.encode(echo, version: .soap11, namespaces: EchoService.soap11.namespaces)
        let tree = try XMLTree(parsing: bytes)
        let decoded = try SOAPEnvelope.decode(Echo.self, from: tree)
        #expect(decoded == echo)
        #expect(Array(decoded.text.unicodeScalars) == Array(text.unicodeScalars))
        #expect(Array(decoded.text.utf8) == Array(text.utf8))
    }

    @Test("all tricky strings round-trip in one message, each kept apart", arguments: [SOAPVersion.soap11, .soap12])
    func roundTripAllAtOnce(version: SOAPVersion) throws {
        let echo = Echo(text: "first", items: Self.trickyStrings.map { EchoItem(name: $0) })
        let bytes = try SOAPEnvelope.encode(echo, version: version, namespaces: EchoService.soap11.namespaces)
        let decoded = try SOAPEnvelope.decode(Echo.self, from: bytes)
        #expect(decoded.items.map(\.name) == Self.trickyStrings)
    }

    // MARK: - Characters XML 1.0 cannot carry

    @Test(
        "characters XML 1.0 cannot carry are refused with the element path, the code point and the position",
        arguments: [
            ("\u{0}", "U+0000", 0),
            ("ab\u{1}", "U+0001", 2),
            ("\u{8}", "U+0008", 0),
            ("x\u{B}", "U+000B", 1),
            ("x\u{C}", "U+000C", 1),
            ("\u{1B}[0m", "U+001B", 0),
            ("Привет\u{1F}", "U+001F", 6),
            ("👍🏽x\u{FFFE}", "U+FFFE", 2),
            ("e\u{301}\u{FFFF}", "U+FFFF", 1),
            ("x\r\n\u{0}", "U+0000", 2),
            ("a\u{1}b\u{0}", "U+0001", 1),
            ("ok\u{FFFF}\u{0}", "U+FFFF", 2),
        ]
    )
    func invalidCharacters(text: String, code: String, position: Int) throws {
        let error = #expect(throws: SOAPEncodingError.self) {
            _ = try SOAPEnvelope.encode(Echo(text: text), version: .soap11, namespaces: EchoService.soap11.namespaces)
        }
        #expect(error?.path == "echo/text")
        #expect(
            error?.rule.contains("character \(code) at offset \(position) ") == true, "\(String(describing: error))")
    }

    @Test("the refusal message is complete and the description names the field")
    func invalidCharacterMessage() throws {
        var writer = SOAPXMLWriter()
        writer.startElement("send", namespaceIndex: 1)
        let error = #expect(throws: SOAPEncodingError.self) {
            try writer.writeElement("mes", value: "hi\u{0}")
        }
        #expect(
            error
                == SOAPEncodingError(
                    path: "send/mes",
                    rule:
                        "character U+0000 at offset 2 cannot be carried by XML 1.0 (allowed: tab, LF, CR and U+0020 "
                            + "or above, except U+FFFE and U+FFFF)"
                )
        )
        #expect(error?.description.hasPrefix("field `send/mes`: character U+0000 at offset 2 ") == true)
    }

    @Test(
        "invalid characters in nested and qualified elements name the full path",
        arguments: [
            (Echo(text: "ok", items: [EchoItem(name: "fine"), EchoItem(name: "bad\u{1}")]), "echo/items/name"),
            (Echo(text: "ok", tags: ["a", "\u{FFFF}"]), "echo/tags"),
            (Echo(text: "ok", note: "\u{1F}"), "echo/note"),
        ])
    func invalidCharacterPaths(echo: Echo, path: String) {
        let error = #expect(throws: SOAPEncodingError.self) {
            _ = try SOAPEnvelope.encode(echo, version: .soap12, namespaces: EchoService.soap12.namespaces)
        }
        #expect(error?.path == path)
    }

    @Test("a writer without open elements reports an empty path")
    func invalidCharacterAtTopLevel() {
        var writer = SOAPXMLWriter()
        let error = #expect(throws: SOAPEncodingError.self) {
            try writer.writeText("\u{2}")
        }
        #expect(error?.path == "")
        #expect(error?.rule.hasPrefix("character U+0002 at offset 0 ") == true)
    }

    @Test(
        "characters next to U+FFFE/U+FFFF that share their lead byte are accepted",
        arguments: [
            "\u{FFFD}", "\u{FFEF}", "\u{FFBF}", "\u{EFBF}", "\u{F000}", "\u{FFFC}x",
        ])
    func nearNoncharactersAccepted(text: String) throws {
        var writer = SOAPXMLWriter()
        try writer.writeText(text)
        #expect(writer.bytes == Array(text.utf8))
    }

    // MARK: - Attribute values

    @Test(
        "attribute values escape \", &, <, tab, LF and CR",
        arguments: [
            ("a\"b", "a&quot;b"),
            ("a&b", "a&amp;b"),
            ("a<b>c", "a&lt;b>c"),
            ("\t", "&#9;"),
            ("\n", "&#10;"),
            ("\r", "&#13;"),
            ("\r\n", "&#13;&#10;"),
            ("it's", "it's"),
            ("https://smsc.ru/sys/soap.php?a=1&b=\"2\"", "https://smsc.ru/sys/soap.php?a=1&amp;b=&quot;2&quot;"),
            ("Привет 👍", "Привет 👍"),
        ]
    )
    func attributeEscaping(input: String, expected: String) {
        var writer = SOAPXMLWriter()
        writer.writeAttributeValue(input)
        #expect(TestXML.string(writer.bytes) == expected)
    }

    @Test("escaped attribute values read back unchanged, whitespace included")
    func attributeRoundTrip() throws {
        let value = "a\"b&c<d>e\tf\ng\rh\r\ni  j 'k'"
        var writer = SOAPXMLWriter()
        writer.writeRaw("<r a=\"")
        writer.writeAttributeValue(value)
        writer.writeRaw("\"/>")
        let root = try XMLTree(parsing: writer.bytes).root
        #expect(root.attribute("a") == value)
    }

    // MARK: - checkCount

    @Test(
        "checkCount accepts counts inside the schema bounds",
        arguments: [(0, 0, nil), (5, 0, nil), (1, 1, nil), (3, 0, 3), (2, 2, 2), (1, 1, 1)] as [(Int, Int, Int?)]
    )
    func checkCountAccepts(count: Int, minimum: Int, maximum: Int?) throws {
        let writer = SOAPXMLWriter()
        try writer.checkCount(count, of: "tags", minimum: minimum, maximum: maximum)
    }

    @Test(
        "checkCount names the element path and the bounds",
        arguments: [
            (0, 2, nil, "must occur at least 2 times, but 0 items are given"),
            (4, 0, 3, "must occur 0 to 3 times, but 4 items are given"),
            (1, 2, 5, "must occur 2 to 5 times, but 1 item is given"),
            (6, 2, 5, "must occur 2 to 5 times, but 6 items are given"),
            (1, 2, 2, "must occur exactly 2 times, but 1 item is given"),
            (3, 2, 2, "must occur exactly 2 times, but 3 items are given"),
        ] as [(Int, Int, Int?, String)]
    )
    func checkCountMessages(count: Int, minimum: Int, maximum: Int?, rule: String) {
        var writer = SOAPXMLWriter()
        writer.startElement("send", namespaceIndex: 1)
        writer.startElement("list")
        let error = #expect(throws: SOAPEncodingError.self) {
            try writer.checkCount(count, of: "phone", minimum: minimum, maximum: maximum)
        }
        #expect(error == SOAPEncodingError(path: "send/list/phone", rule: rule))
    }

    @Test("a generated encoder's checkCount stops the envelope before anything is written")
    func checkCountInEnvelope() {
        let error = #expect(throws: SOAPEncodingError.self) {
            _ = try SOAPEnvelope.encode(
                Echo(text: "t", tags: ["a", "b", "c", "d"]),
                version: .soap11,
                namespaces: EchoService.soap11.namespaces
            )
        }
        #expect(error == SOAPEncodingError(path: "echo/tags", rule: "must occur 0 to 3 times, but 4 items are given"))

        let missing = #expect(throws: SOAPEncodingError.self) {
            _ = try SOAPEnvelope.encode(
                EchoResponse(result: Echo(text: "t"), codes: []),
                version: .soap11,
                namespaces: EchoService.soap11.namespaces
            )
        }
        #expect(missing?.path == "echoResponse/codes")
        #expect(missing?.rule.hasSuffix("but 0 items are given") == true)
    }

    @Test("element paths pop when elements close")
    func pathsFollowOpenElements() {
        var writer = SOAPXMLWriter()
        writer.startElement("a")
        writer.startElement("b", namespaceIndex: 2)
        writer.endElement("b", namespaceIndex: 2)
        writer.startElement("c")
        let error = #expect(throws: SOAPEncodingError.self) {
            try writer.checkCount(0, of: "d", minimum: 1, maximum: 1)
        }
        #expect(error?.path == "a/c/d")
    }
}
