import SOAPXML
import Testing

// Tests of the public parsing API (XMLTree, XMLTreeParser, XMLParsingOptions, XMLParsingError) against the
// hardened libxml2 shim. Non-UTF-8 inputs are spelled out byte by byte so the tests do not depend on any
// transcoder other than libxml2's.

// MARK: - Helpers

private func utf8(_ string: String) -> [UInt8] {
    Array(string.utf8)
}

private func parse(_ xml: String, options: XMLParsingOptions = .init()) throws(XMLParsingError) -> XMLTree {
    try XMLTree(parsing: utf8(xml), options: options)
}

/// Feeds `bytes` in chunks of `chunkSize` and finishes.
private func parseInChunks(
    _ bytes: [UInt8],
    chunkSize: Int,
    options: XMLParsingOptions = .init()
) throws(XMLParsingError) -> XMLTree {
    var parser = try XMLTreeParser(options: options)
    var start = 0
    while start < bytes.count {
        let end = min(start + chunkSize, bytes.count)
        try parser.feed(bytes[start..<end])
        start = end
    }
    return try parser.finish()
}

/// Runs `body`, which must fail with `kind` and a non-empty message; returns the error.
@discardableResult
private func expectFailure<T>(
    _ kind: XMLParsingError.Kind,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws(XMLParsingError) -> T
) -> XMLParsingError? {
    do {
        _ = try body()
        Issue.record(
            "expected an XMLParsingError of kind \(kind), but parsing succeeded", sourceLocation: sourceLocation)
        return nil
    } catch {
        #expect(error.kind == kind, "unexpected error: \(error)", sourceLocation: sourceLocation)
        #expect(!error.message.isEmpty, "the error has no message", sourceLocation: sourceLocation)
        return error
    }
}

private func nested(depth: Int) -> String {
    String(repeating: "<e>", count: depth) + String(repeating: "</e>", count: depth)
}

private func depth(of element: XMLTree.Element) -> Int {
    1 + (element.children.map(depth(of:)).max() ?? 0)
}

/// A named input for parameterised tests.
struct XMLSample: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    /// For errors: the line the problem is on, when it is worth checking.
    var errorLine: Int?

    init(_ name: String, _ bytes: [UInt8], errorLine: Int? = nil) {
        self.name = name
        self.bytes = bytes
        self.errorLine = errorLine
    }

    init(_ name: String, _ text: String, errorLine: Int? = nil) {
        self.init(name, Array(text.utf8), errorLine: errorLine)
    }

    var testDescription: String { name }
}

// "Привет" in the two Cyrillic 8-bit encodings.
private let privetWindows1251: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
private let privetKOI8R: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]

private let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

// The byte-order marks libxml2 recognises.
private let utf8Mark: [UInt8] = [0xEF, 0xBB, 0xBF]
private let utf16LittleEndianMark: [UInt8] = [0xFF, 0xFE]
private let utf16BigEndianMark: [UInt8] = [0xFE, 0xFF]

/// `text` in UTF-16, without a byte-order mark.
private func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
    text.utf16.flatMap { unit in
        bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
}

/// `text` in UTF-32, without a byte-order mark.
private func utf32(_ text: String, bigEndian: Bool = true) -> [UInt8] {
    text.unicodeScalars.flatMap { scalar in
        let value = scalar.value
        let bytes = [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
        return bigEndian ? bytes : bytes.reversed()
    }
}

/// `text` in EBCDIC code page 037; only ASCII letters, digits and the marks an XML declaration needs.
private func ibm037(_ text: String) -> [UInt8] {
    let marks: [Character: UInt8] = [
        " ": 0x40, "<": 0x4C, ">": 0x6E, "?": 0x6F, "=": 0x7E, "\"": 0x7F, ".": 0x4B, "/": 0x61, "-": 0x60, "\n": 0x25,
    ]
    // Each run of letters starts at the code of its first letter.
    let runs: [(ClosedRange<Character>, UInt8)] = [
        ("a"..."i", 0x81), ("j"..."r", 0x91), ("s"..."z", 0xA2),
        ("A"..."I", 0xC1), ("J"..."R", 0xD1), ("S"..."Z", 0xE2), ("0"..."9", 0xF0),
    ]
    return text.map { character in
        if let mark = marks[character] {
            return mark
        }
        guard let (run, first) = runs.first(where: { $0.0.contains(character) }) else {
            preconditionFailure("no IBM037 code for \(character) in this table")
        }
        return first + (character.asciiValue! - run.lowerBound.asciiValue!)
    }
}

/// An XML declaration and a line break; `nil` declares no encoding.
private func declaration(_ encoding: String?) -> String {
    encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? "<?xml version=\"1.0\"?>\n"
}

/// The document every encoding sample holds: "Привет" in an element whose attribute is "ё".
private let privetDocument = "<r a=\"ё\">Привет</r>"

/// `privetDocument`, after `declaration`, with its Cyrillic in an 8-bit encoding: `privet` for the text and `yo`
/// for "ё".
private func cyrillicDocument(declaration: String, privet: [UInt8], yo: UInt8) -> [UInt8] {
    utf8(declaration + "<r a=\"") + [yo] + utf8("\">") + privet + utf8("</r>")
}

/// A document holding `privetDocument` in some encoding, and the charset an HTTP `Content-Type` gives beside it.
struct EncodedSample: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var fallbackEncoding: String?
    /// The root element's line: 2 after a declaration.
    var rootLine: Int
    /// Whether the document is also read fed a byte at a time (libxml2 2.9 loses UTF-32 split inside a character).
    var readsInPieces: Bool

    init(_ name: String, _ bytes: [UInt8], fallbackEncoding: String?, rootLine: Int, readsInPieces: Bool = true) {
        self.name = name
        self.bytes = bytes
        self.fallbackEncoding = fallbackEncoding
        self.rootLine = rootLine
        self.readsInPieces = readsInPieces
    }

    var testDescription: String { name }
}

/// Documents that name their encoding by a byte-order mark or by first bytes libxml2 recognises, each with a
/// `Content-Type` charset that says otherwise.
private let markedOrRecognisedDocuments: [EncodedSample] = [
    EncodedSample(
        "UTF-8 with a mark, labelled windows-1251",
        utf8Mark + utf8(privetDocument),
        fallbackEncoding: "windows-1251",
        rootLine: 1
    ),
    EncodedSample(
        "UTF-8 with a mark and a windows-1251 declaration",
        utf8Mark + utf8(declaration("windows-1251") + privetDocument),
        fallbackEncoding: "koi8-r",
        rootLine: 2
    ),
    EncodedSample(
        "UTF-16LE with a mark, labelled utf-8",
        utf16LittleEndianMark + utf16(privetDocument),
        fallbackEncoding: "utf-8",
        rootLine: 1
    ),
    EncodedSample(
        "UTF-16BE with a mark, labelled utf-8",
        utf16BigEndianMark + utf16(privetDocument, bigEndian: true),
        fallbackEncoding: "utf-8",
        rootLine: 1
    ),
    EncodedSample(
        "UTF-16LE with a mark and a UTF-16 declaration, labelled windows-1251",
        utf16LittleEndianMark + utf16(declaration("UTF-16") + privetDocument),
        fallbackEncoding: "windows-1251",
        rootLine: 2
    ),
    EncodedSample(
        "UTF-16BE with a mark and a windows-1251 declaration, labelled utf-8",
        utf16BigEndianMark + utf16(declaration("windows-1251") + privetDocument, bigEndian: true),
        fallbackEncoding: "utf-8",
        rootLine: 2
    ),
    EncodedSample(
        "UTF-16LE without a mark, declared UTF-16, labelled utf-8",
        utf16(declaration("UTF-16") + privetDocument),
        fallbackEncoding: "utf-8",
        rootLine: 2
    ),
    EncodedSample(
        "UTF-16BE without a mark, declared UTF-16, labelled utf-8",
        utf16(declaration("UTF-16") + privetDocument, bigEndian: true),
        fallbackEncoding: "utf-8",
        rootLine: 2
    ),
    EncodedSample(
        "UTF-16LE without a mark, declared UTF-16LE, labelled koi8-r",
        utf16(declaration("UTF-16LE") + privetDocument),
        fallbackEncoding: "koi8-r",
        rootLine: 2
    ),
    EncodedSample(
        "UTF-16BE without a mark, declaring no encoding, labelled utf-8",
        utf16(declaration(nil) + privetDocument, bigEndian: true),
        fallbackEncoding: "utf-8",
        rootLine: 2
    ),
    EncodedSample(
        "UTF-32BE without a mark or declaration, labelled utf-8",
        utf32(privetDocument),
        fallbackEncoding: "utf-8",
        rootLine: 1,
        readsInPieces: false
    ),
    EncodedSample(
        "UTF-32BE without a mark, declared ISO-10646-UCS-4, labelled utf-8",
        utf32(declaration("ISO-10646-UCS-4") + privetDocument),
        fallbackEncoding: "utf-8",
        rootLine: 2,
        readsInPieces: false
    ),
]

/// Documents that name their encoding in the XML declaration only, each with a `Content-Type` charset that says
/// otherwise.
private let declaredDocuments: [EncodedSample] = [
    EncodedSample(
        "declared windows-1251, labelled utf-8",
        cyrillicDocument(declaration: declaration("windows-1251"), privet: privetWindows1251, yo: 0xB8),
        fallbackEncoding: "utf-8",
        rootLine: 2
    ),
    EncodedSample(
        "declared koi8-r, labelled windows-1251",
        cyrillicDocument(declaration: declaration("koi8-r"), privet: privetKOI8R, yo: 0xA3),
        fallbackEncoding: "windows-1251",
        rootLine: 2
    ),
    EncodedSample(
        "declared UTF-8, labelled koi8-r",
        utf8(declaration("UTF-8") + privetDocument),
        fallbackEncoding: "koi8-r",
        rootLine: 2
    ),
    EncodedSample(
        "declared windows-1251, labelled with an unknown charset",
        cyrillicDocument(declaration: declaration("windows-1251"), privet: privetWindows1251, yo: 0xB8),
        fallbackEncoding: "x-no-such-encoding",
        rootLine: 2
    ),
]

/// Documents that name no encoding, read with the `Content-Type` charset.
private let undeclaredDocuments: [EncodedSample] = [
    EncodedSample(
        "windows-1251 without a declaration",
        cyrillicDocument(declaration: "", privet: privetWindows1251, yo: 0xB8),
        fallbackEncoding: "windows-1251",
        rootLine: 1
    ),
    EncodedSample(
        "windows-1251 without a declaration, labelled WINDOWS-1251",
        cyrillicDocument(declaration: "", privet: privetWindows1251, yo: 0xB8),
        fallbackEncoding: "WINDOWS-1251",
        rootLine: 1
    ),
    EncodedSample(
        "windows-1251 without a declaration, labelled cp1251",
        cyrillicDocument(declaration: "", privet: privetWindows1251, yo: 0xB8),
        fallbackEncoding: "cp1251",
        rootLine: 1
    ),
    EncodedSample(
        "windows-1251 with a declaration of no encoding",
        cyrillicDocument(declaration: declaration(nil), privet: privetWindows1251, yo: 0xB8),
        fallbackEncoding: "windows-1251",
        rootLine: 2
    ),
    EncodedSample(
        "koi8-r without a declaration",
        cyrillicDocument(declaration: "", privet: privetKOI8R, yo: 0xA3),
        fallbackEncoding: "koi8-r",
        rootLine: 1
    ),
    EncodedSample(
        "UTF-8 without a declaration, labelled UTF-8",
        utf8(privetDocument),
        fallbackEncoding: "UTF-8",
        rootLine: 1
    ),
    EncodedSample(
        // `<r` gives libxml2 nothing to recognise: only the charset says UTF-16.
        "UTF-16LE without a mark or declaration, labelled utf-16le",
        utf16(privetDocument),
        fallbackEncoding: "utf-16le",
        rootLine: 1
    ),
]

/// UTF-32 that libxml2 2.9 cannot read, or not in every piece size: little-endian, with a UTF-32 mark, declared
/// "UTF-32"; and big-endian without a mark, which it reads only in whole characters.
private let uncertainUTF32Documents: [EncodedSample] = [
    EncodedSample(
        "UTF-32LE without a mark",
        utf32(privetDocument, bigEndian: false),
        fallbackEncoding: nil,
        rootLine: 1
    ),
    EncodedSample(
        "UTF-32LE with a mark",
        [0xFF, 0xFE, 0x00, 0x00] + utf32(privetDocument, bigEndian: false),
        fallbackEncoding: nil,
        rootLine: 1
    ),
    EncodedSample(
        "UTF-32BE with a mark",
        [0x00, 0x00, 0xFE, 0xFF] + utf32(privetDocument),
        fallbackEncoding: nil,
        rootLine: 1
    ),
    EncodedSample(
        "UTF-32BE declared UTF-32",
        utf32(declaration("UTF-32") + privetDocument),
        fallbackEncoding: nil,
        rootLine: 2
    ),
    EncodedSample("UTF-32BE without a mark", utf32(privetDocument), fallbackEncoding: nil, rootLine: 1),
]

/// The ways a UTF-16 document can announce itself to libxml2.
enum UTF16Form: CaseIterable, Sendable, CustomTestStringConvertible {
    case littleEndianWithMark
    case bigEndianWithMark
    case littleEndianDeclared

    func encode(_ text: String) -> [UInt8] {
        switch self {
        case .littleEndianWithMark: utf16LittleEndianMark + utf16(text)
        case .bigEndianWithMark: utf16BigEndianMark + utf16(text, bigEndian: true)
        case .littleEndianDeclared: utf16(declaration("UTF-16") + text)
        }
    }

    var testDescription: String {
        switch self {
        case .littleEndianWithMark: "UTF-16LE with a mark"
        case .bigEndianWithMark: "UTF-16BE with a mark"
        case .littleEndianDeclared: "UTF-16LE declared, without a mark"
        }
    }
}

/// Parses `sample` whole and a byte at a time, with its fallback encoding, and expects `privetDocument`.
private func expectPrivet(_ sample: EncodedSample, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let options = XMLParsingOptions(fallbackEncoding: sample.fallbackEncoding)
    let tree = try XMLTree(parsing: sample.bytes, options: options)
    #expect(tree.root.text == "Привет", sourceLocation: sourceLocation)
    #expect(tree.root.attribute("a") == "ё", sourceLocation: sourceLocation)
    #expect(tree.root.line == sample.rootLine, sourceLocation: sourceLocation)
    if sample.readsInPieces {
        #expect(try parseInChunks(sample.bytes, chunkSize: 1, options: options) == tree, sourceLocation: sourceLocation)
    }
}

/// Exercises most features at once; used to compare streaming against one-shot parsing.
private let richDocument = """
    <?xml version="1.0" encoding="UTF-8"?>\r
    <!-- a comment before the root -->\r
    <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"\r
                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">\r
      <soap:Body>\r
        <r xmlns="urn:default" a="1" xsi:type="xsd:string">Привет, мир &amp; &#x41;&#13;<![CDATA[<raw> & ]]>🎉<!-- c -->end</r>\r
        <ns:x xmlns:ns="urn:ns" ns:attr="v&lt;w" plain="line1\r
    line2"/>\r
        <empty/>\r
      </soap:Body>\r
    </soap:Envelope>\r
    <?pi after the root?>\r

    """

// MARK: - Suite

@Suite struct XMLTreeParserTests {

    // MARK: Basic tree

    @Test func localNamesNamespacesPrefixesAndChildOrder() throws {
        let tree = try parse(
            """
            <?xml version="1.0"?>
            <root xmlns="urn:d" xmlns:p="urn:p">
              <p:first a="1" p:b="2"/>
              <second>
                <p:third xmlns:p="urn:other"/>
              </second>
              <p:fourth/>
              <fifth xmlns="">
                <sixth/>
              </fifth>
            </root>
            """)
        let root = tree.root
        #expect(root.localName == "root")
        #expect(root.namespaceURI == "urn:d")
        #expect(root.prefix == nil)
        #expect(root.children.map(\.localName) == ["first", "second", "fourth", "fifth"])

        let first = root.children[0]
        #expect(first.localName == "first")
        #expect(first.namespaceURI == "urn:p")
        #expect(first.prefix == "p")
        #expect(first.is("first", in: "urn:p"))
        #expect(!first.is("first", in: "urn:d"))

        let second = root.children[1]
        #expect(second.namespaceURI == "urn:d", "an unprefixed element takes the default namespace")
        #expect(second.prefix == nil)

        let third = try #require(second.children.first)
        #expect(third.localName == "third")
        #expect(third.namespaceURI == "urn:other", "the nearest declaration of a prefix wins")
        #expect(third.prefix == "p")

        let fourth = root.children[2]
        #expect(fourth.namespaceURI == "urn:p", "a redeclaration in a sibling's subtree does not leak out")

        let fifth = root.children[3]
        #expect(fifth.namespaceURI == nil, "xmlns=\"\" undeclares the default namespace")
        #expect(fifth.prefix == nil)
        #expect(fifth.children.first?.namespaceURI == nil)

        #expect(root.children(named: "second", in: "urn:d").count == 1)
        #expect(root.children(named: "second", in: nil).isEmpty)
        #expect(root.children(named: "first", in: "urn:p").map(\.localName) == ["first"])
    }

    @Test func attributes() throws {
        let tree = try parse(
            """
            <r xmlns="urn:d" xmlns:p="urn:p" xmlns:q="urn:q" z="last?" a="1" p:b="2" q:b="3" b="4" xml:lang="ru" e=""/>
            """)
        let root = tree.root
        #expect(root.attributes.map(\.localName) == ["z", "a", "b", "b", "b", "lang", "e"], "document order; no xmlns")
        #expect(root.attributes[0] == XMLTree.Attribute(localName: "z", namespaceURI: nil, value: "last?"))
        #expect(root.attribute("a") == "1")
        #expect(root.attributes[1].namespaceURI == nil, "the default namespace does not apply to attributes")
        #expect(root.attribute("b") == "4", "the unqualified lookup skips qualified attributes")
        #expect(root.attribute("b", namespaceURI: "urn:p") == "2")
        #expect(root.attribute("b", namespaceURI: "urn:q") == "3")
        #expect(root.attribute("b", namespaceURI: "urn:d") == nil)
        #expect(root.attribute("lang", namespaceURI: xmlNamespace) == "ru")
        #expect(root.attribute("lang") == nil)
        #expect(root.attribute("e") == "")
        #expect(root.attribute("missing") == nil)
        #expect(!root.attributes.contains { $0.localName == "xmlns" || $0.localName == "p" || $0.localName == "q" })
    }

    @Test func attributeValuesAreDecodedAndNormalised() throws {
        let tree = try parse(
            "<r amp=\"a&amp;b&lt;c&gt;d&quot;e&apos;f\" refs=\"&#x41;&#66;&#38;&#x416;\" cr=\"x&#13;&#10;y\""
                + " tab=\"1&#9;2\" literal=\"l1\nl2\tl3\r\nl4\" spaces=\"  two  spaces  \"/>"
        )
        let root = tree.root
        #expect(root.attribute("amp") == "a&b<c>d\"e'f")
        #expect(root.attribute("refs") == "AB&Ж")
        #expect(
            root.attribute("cr").map { Array($0.utf8) } == [0x78, 0x0D, 0x0A, 0x79], "character references are kept")
        #expect(root.attribute("tab") == "1\t2")
        #expect(root.attribute("literal") == "l1 l2 l3 l4", "literal whitespace is normalised to spaces (CR LF to one)")
        #expect(root.attribute("spaces") == "  two  spaces  ", "CDATA-typed attributes are not collapsed")
    }

    @Test func lineNumbers() throws {
        let tree = try parse(
            """
            <?xml version="1.0"?>
            <!-- line 2 -->
            <root>
              <a/>

              <b>
                <c>text
            more text</c>
                <d/>
              </b>
            </root>
            """)
        let root = tree.root
        #expect(root.line == 3)
        #expect(root.children.map(\.line) == [4, 6])
        #expect(root.children[1].children.map(\.line) == [7, 9])
    }

    @Test func lineNumberOfAStartTagSpanningLines() throws {
        // The documented contract is "the 1-based line the element starts on".
        let tree = try parse("<root>\n  <a\n     b=\"1\"\n     c=\"2\"/>\n</root>")
        #expect(tree.root.children.first?.line == 2)
    }

    @Test(arguments: [0, 1, 3, 64])
    func lineNumbersOfLongMultiLineStartTags(chunkSize: Int) throws {
        // Long start tags with values spanning lines, CR LF line ends and many attributes (chunkSize 0: all at once).
        var xml = "<?xml version=\"1.0\"?>\r\n<root\r\n  xmlns=\"urn:d\">\r\n"  // root starts on line 2
        xml += "  <a"  // line 4
        for index in 0..<40 {
            xml += "\r\n     attribute\(index)=\"value \(index) &lt;\r\n continued\""  // two lines per attribute
        }
        xml += "/>\r\n"
        xml += "  <b>text</b>\r\n"  // line 4 + 80 + 1
        xml += "</root>\r\n"
        let bytes = utf8(xml)
        let tree = chunkSize == 0 ? try XMLTree(parsing: bytes) : try parseInChunks(bytes, chunkSize: chunkSize)
        #expect(tree.root.line == 2)
        #expect(tree.root.children.map(\.line) == [4, 85])
        #expect(tree.root.children[0].attributes.count == 40)
        #expect(tree.root.children[0].attribute("attribute39") == "value 39 <  continued")
    }

    @Test func richDocumentRootLine() throws {
        // The root's start tag spans lines 3 and 4.
        #expect(try parse(richDocument).root.line == 3)
        #expect(try parseInChunks(utf8(richDocument), chunkSize: 1).root.line == 3)
    }

    @Test func lineNumbersBeyond65535() throws {
        // XML_PARSE_BIG_LINES is requested, so lines past 65535 should be reported as they are.
        let count = 70_000
        var xml = "<r>\n"
        for _ in 0..<count {
            xml += "<i/>\n"
        }
        xml += "</r>"
        let tree = try parse(xml)
        #expect(tree.root.children.count == count)
        let lines = tree.root.children.map(\.line)
        #expect(lines[65_530] == 65_532)
        #expect(lines[65_533] == 65_535)
        #expect(lines[65_534] == 65_536)
        #expect(lines[69_000] == 69_002)
        #expect(lines[count - 1] == count + 1)
        let firstWrong = lines.indices.first { lines[$0] != $0 + 2 }
        #expect(
            firstWrong == nil, "first wrong line at child \(firstWrong ?? -1): \(firstWrong.map { lines[$0] } ?? 0)")
    }

    @Test func namespacesInScope() throws {
        let tree = try parse(
            """
            <root xmlns="urn:d" xmlns:p="urn:p">
              <a xmlns:q="urn:q">
                <b xmlns:p="urn:p2" xmlns="urn:d2"/>
              </a>
              <c xmlns=""/>
              <d/>
            </root>
            """)
        let root = tree.root
        #expect(root.namespaces == ["": "urn:d", "p": "urn:p"])
        let a = root.children[0]
        #expect(a.namespaces == ["": "urn:d", "p": "urn:p", "q": "urn:q"])
        let b = a.children[0]
        #expect(b.namespaces == ["": "urn:d2", "p": "urn:p2", "q": "urn:q"])
        #expect(b.namespaceURI == "urn:d2")
        let c = root.children[1]
        #expect(c.namespaces == ["": "", "p": "urn:p"])
        #expect(c.namespaceURI == nil)
        let d = root.children[2]
        #expect(d.namespaces == root.namespaces)
    }

    @Test func noNamespacesDeclared() throws {
        let tree = try parse("<r><c a=\"1\"/></r>")
        #expect(tree.root.namespaces.isEmpty)
        #expect(tree.root.namespaceURI == nil)
        #expect(tree.root.prefix == nil)
        #expect(tree.root.children[0].namespaces.isEmpty)
    }

    @Test func resolveQualifiedName() throws {
        let tree = try parse(
            """
            <root xmlns="urn:d" xmlns:tns="urn:tns">
              <plain xmlns=""/>
              <noDefault xmlns:x="urn:x"/>
            </root>
            """)
        let root = tree.root
        #expect(
            root.resolveQualifiedName("tns:balance")
                == XMLTree.QualifiedName(namespaceURI: "urn:tns", localName: "balance"))
        #expect(
            root.resolveQualifiedName("balance") == XMLTree.QualifiedName(namespaceURI: "urn:d", localName: "balance"))
        #expect(
            root.resolveQualifiedName("  tns:balance\n")
                == XMLTree.QualifiedName(namespaceURI: "urn:tns", localName: "balance"))
        #expect(root.resolveQualifiedName("nope:balance") == nil, "an undeclared prefix does not resolve")
        #expect(root.resolveQualifiedName("tns:") == nil)
        #expect(root.resolveQualifiedName("") == nil)
        #expect(root.resolveQualifiedName("   ") == nil)

        let plain = root.children[0]
        #expect(
            plain.resolveQualifiedName("string") == XMLTree.QualifiedName(namespaceURI: nil, localName: "string"),
            "xmlns=\"\" means no namespace")
        #expect(plain.resolveQualifiedName("tns:string")?.namespaceURI == "urn:tns", "inherited prefixes resolve")

        let tree2 = try parse("<r xmlns:x=\"urn:x\"/>")
        #expect(
            tree2.root.resolveQualifiedName("string") == XMLTree.QualifiedName(namespaceURI: nil, localName: "string"))
        #expect(tree2.root.resolveQualifiedName("x:string")?.description == "{urn:x}string")
        #expect(tree2.root.resolveQualifiedName("string")?.description == "string")
    }

    @Test func resolveQualifiedNameRejectsMalformedQNames() throws {
        // With a default namespace in scope, ":x" (empty prefix) must not pick up the default namespace,
        // and "a:b:c" is not a QName.
        let root = try parse("<root xmlns=\"urn:d\" xmlns:a=\"urn:a\"/>").root
        #expect(root.resolveQualifiedName(":x") == nil)
        #expect(root.resolveQualifiedName("a:b:c") == nil)
    }

    @Test func resolveQualifiedNameKnowsTheXMLPrefix() throws {
        // Namespaces in XML: the prefix `xml` is bound to http://www.w3.org/XML/1998/namespace by definition
        // and need not be declared (XSD uses `ref="xml:lang"`).
        let root = try parse("<root/>").root
        #expect(
            root.resolveQualifiedName("xml:lang")
                == XMLTree.QualifiedName(namespaceURI: xmlNamespace, localName: "lang"))
    }

    @Test func soapEnvelope() throws {
        let tree = try parse(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
              <soap:Body>
                <get_balanceResponse xmlns="http://tempuri.org/">
                  <get_balanceResult xsi:type="xsd:string">12.50</get_balanceResult>
                </get_balanceResponse>
              </soap:Body>
            </soap:Envelope>
            """)
        let soap = "http://schemas.xmlsoap.org/soap/envelope/"
        #expect(tree.root.is("Envelope", in: soap))
        let body = try #require(tree.root.children(named: "Body", in: soap).first)
        let response = try #require(body.children(named: "get_balanceResponse", in: "http://tempuri.org/").first)
        let result = try #require(response.children(named: "get_balanceResult", in: "http://tempuri.org/").first)
        #expect(result.text == "12.50")
        let type = try #require(result.attribute("type", namespaceURI: "http://www.w3.org/2001/XMLSchema-instance"))
        #expect(
            result.resolveQualifiedName(type)
                == XMLTree.QualifiedName(
                    namespaceURI: "http://www.w3.org/2001/XMLSchema", localName: "string"))
    }

    // MARK: Text

    @Test func characterReferences() throws {
        let tree = try parse("<a>x&#13;y&#x41;&#66;&#x416;&#x1D11E;&#10;z</a>")
        #expect(tree.root.text == "x\ryABЖ𝄞\nz")
        #expect(Array(tree.root.text.utf8.prefix(3)) == [0x78, 0x0D, 0x79], "&#13; stays a CR")
    }

    @Test func predefinedEntities() throws {
        let tree = try parse("<a>&lt;&gt;&amp;&quot;&apos; &amp;amp;</a>")
        #expect(tree.root.text == "<>&\"' &amp;")
    }

    @Test func cdataIsMergedIntoText() throws {
        let tree = try parse("<a>x<![CDATA[ <y> & &amp; ]]>z<![CDATA[a]]b]]><![CDATA[]]></a>")
        #expect(tree.root.text == "x <y> & &amp; za]]b")
        #expect(tree.root.children.isEmpty)
    }

    @Test func commentsAndProcessingInstructionsAreDropped() throws {
        let tree = try parse(
            "<!--before--><?before x?><a>x<!-- c -->y<?pi data?>z<b/><!--x--></a><!--after--><?after?>")
        #expect(tree.root.text == "xyz")
        #expect(tree.root.children.map(\.localName) == ["b"])
    }

    @Test func textIsDirectCharacterDataOnly() throws {
        let tree = try parse("<a>x<b>y<c>w</c></b>z</a>")
        #expect(tree.root.text == "xz")
        #expect(tree.root.children[0].text == "y")
        #expect(tree.root.children[0].children[0].text == "w")
    }

    @Test func whitespaceIsPreserved() throws {
        let tree = try parse("<a>\n  <b> </b>\n</a>")
        #expect(tree.root.text == "\n  \n")
        #expect(tree.root.children[0].text == " ")
    }

    @Test func literalLineEndsAreNormalisedToLF() throws {
        let tree = try XMLTree(parsing: utf8("<a>x\r\ny\rz\n</a>"))
        #expect(Array(tree.root.text.utf8) == Array("x\ny\nz\n".utf8))
        #expect(try parseInChunks(utf8("<a>x\r\ny\rz\n</a>"), chunkSize: 1) == tree)
        let attribute = try XMLTree(parsing: utf8("<a b=\"x\r\ny\rz\"/>"))
        #expect(attribute.root.attribute("b") == "x y z")
    }

    @Test(arguments: [0, 1, 2, 5])
    func literalLineEndsInCDATAAreNormalisedToLF(chunkSize: Int) throws {
        // XML 1.0 section 2.11: line ends are normalised before parsing, CDATA sections included
        // (chunkSize 0 means the whole document at once).
        let bytes = utf8("<a>t\r\n<![CDATA[x\r\ny\rz]]></a>")
        let tree = chunkSize == 0 ? try XMLTree(parsing: bytes) : try parseInChunks(bytes, chunkSize: chunkSize)
        #expect(Array(tree.root.text.utf8) == Array("t\nx\ny\nz".utf8))
    }

    @Test func largeCDATAWithMultibyteTextStreamed() throws {
        let content = String(repeating: "Съешь ещё этих мягких французских булок <&> ", count: 40)
        let bytes = utf8("<a><![CDATA[\(content)]]></a>")
        let whole = try XMLTree(parsing: bytes)
        #expect(whole.root.text == content)
        for chunkSize in [1, 3, 7, 301] {
            #expect(try parseInChunks(bytes, chunkSize: chunkSize) == whole)
        }
    }

    @Test func utf8MultibyteText() throws {
        let tree = try parse("<привет атрибут=\"значение ✓\">Привет, мир — ☃ 𝄞 Ёё</привет>")
        #expect(tree.root.localName == "привет")
        #expect(tree.root.attribute("атрибут") == "значение ✓")
        #expect(tree.root.text == "Привет, мир — ☃ 𝄞 Ёё")
        #expect(Array(tree.root.text.utf8.prefix(2)) == [0xD0, 0x9F])
    }

    @Test func emptyElementHasEmptyText() throws {
        let tree = try parse("<a><b/><c></c></a>")
        #expect(tree.root.text == "")
        #expect(tree.root.children.map(\.text) == ["", ""])
        #expect(tree.root.children.allSatisfy { $0.attributes.isEmpty && $0.children.isEmpty })
    }

    // MARK: Security

    static let doctypes: [XMLSample] = [
        XMLSample("plain DOCTYPE", "<!DOCTYPE r><r/>"),
        XMLSample("DOCTYPE after declaration and comment", "<?xml version=\"1.0\"?>\n<!-- hi -->\n<!DOCTYPE r>\n<r/>"),
        XMLSample(
            "billion laughs",
            """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <lolz>&lol9;</lolz>
            """),
        XMLSample("internal entity used in an attribute", "<!DOCTYPE r [<!ENTITY e \"x\">]><r a=\"&e;\"/>"),
        XMLSample(
            "external entity file:///etc/passwd",
            """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <r>&xxe;</r>
            """),
        XMLSample(
            "external entity http://127.0.0.1:9/x",
            """
            <!DOCTYPE r [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>
            <r>&xxe;</r>
            """),
        XMLSample(
            "external parameter entity",
            """
            <!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>
            <r/>
            """),
        XMLSample("external DTD subset", "<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r/>"),
        XMLSample(
            "public external DTD over HTTP", "<!DOCTYPE r PUBLIC \"-//X//DTD X//EN\" \"http://127.0.0.1:9/x.dtd\"><r/>"),
    ]

    @Test(arguments: doctypes)
    func doctypeIsForbidden(sample: XMLSample) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let error = expectFailure(.doctypeForbidden) { () throws(XMLParsingError) in
            try XMLTree(parsing: sample.bytes)
        }
        #expect(clock.now - start < .seconds(5), "no network or entity work should happen")
        let text = error.map { "\($0) \($0.message)" } ?? ""
        for marker in ["root:", "/bin/", "nologin", "daemon:"] {
            #expect(!text.contains(marker), "passwd content leaked into the error: \(text)")
        }
    }

    @Test(arguments: doctypes)
    func doctypeIsRefusedWhileStreaming(sample: XMLSample) throws {
        // Fed one byte at a time, the refusal comes from feed(), never later, and nothing is ever returned.
        var parser = try XMLTreeParser()
        var failure: XMLParsingError?
        for byte in sample.bytes {
            do {
                try parser.feed([byte])
            } catch {
                failure = error
                break
            }
        }
        #expect(failure?.kind == .doctypeForbidden)
        do {
            _ = try parser.finish()
            Issue.record("finish() succeeded after a DOCTYPE")
        } catch {
            #expect(error.kind == .doctypeForbidden)
        }
    }

    @Test func doctypeIsRefusedByTheFeedThatContainsIt() throws {
        var parser = try XMLTreeParser()
        try parser.feed(utf8("<?xml version=\"1.0\"?>\n"))
        do {
            try parser.feed(utf8("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"))
            Issue.record("feed() accepted a DOCTYPE")
        } catch {
            #expect(error.kind == .doctypeForbidden)
            #expect(error.line == 2)
        }
    }

    @Test(arguments: [
        XMLSample("in text", "<r>&foo;</r>"),
        XMLSample("in an attribute", "<r a=\"x&foo;y\"/>"),
        XMLSample("on a later line", "<r>\n<a/>\n<b>&foo;</b>\n</r>", errorLine: 3),
        XMLSample("named like a predefined one in the wrong case", "<r>&AMP;</r>"),
    ])
    func undeclaredEntityIsMalformed(sample: XMLSample) throws {
        let error = expectFailure(.malformed) { () throws(XMLParsingError) in
            try XMLTree(parsing: sample.bytes)
        }
        if let line = sample.errorLine {
            #expect(error?.line == line)
        }
    }

    // MARK: Limits

    @Test(arguments: [1, 2, 5, 64, 256])
    func maximumDepth(limit: Int) throws {
        let options = XMLParsingOptions(maximumDepth: limit)
        let tree = try parse(nested(depth: limit), options: options)
        #expect(depth(of: tree.root) == limit)

        let error = expectFailure(.tooDeep) { () throws(XMLParsingError) in
            try parse(nested(depth: limit + 1), options: options)
        }
        #expect(error?.message.contains("\(limit)") == true)
    }

    @Test func defaultMaximumDepthIs64() throws {
        #expect(XMLParsingOptions().maximumDepth == 64)
        _ = try parse(nested(depth: 64))
        expectFailure(.tooDeep) { () throws(XMLParsingError) in try parse(nested(depth: 65)) }
    }

    @Test func depthCountsNestingNotElements() throws {
        // Siblings (self-closing or not) must not add up: only nesting counts.
        let siblings = String(repeating: "<a/><b></b><c><d/></c>", count: 200)
        let tree = try parse("<r>\(siblings)</r>", options: XMLParsingOptions(maximumDepth: 3))
        #expect(tree.root.children.count == 600)
        expectFailure(.tooDeep) { () throws(XMLParsingError) in
            try parse("<r>\(siblings)<c><d><e/></d></c></r>", options: XMLParsingOptions(maximumDepth: 3))
        }
    }

    @Test func tooDeepIsReportedOnTheRightLine() throws {
        let error = expectFailure(.tooDeep) { () throws(XMLParsingError) in
            try parse("<a>\n<b>\n<c>\n<d/>\n</c>\n</b>\n</a>", options: XMLParsingOptions(maximumDepth: 3))
        }
        #expect(error?.line == 4)
    }

    @Test func depthBeyondLibxml2sOwnLimitStillFails() throws {
        // Without XML_PARSE_HUGE libxml2 stops at 256 levels; a larger maximumDepth cannot lift that.
        #expect(throws: XMLParsingError.self) {
            try parse(nested(depth: 300), options: XMLParsingOptions(maximumDepth: 1_000))
        }
    }

    @Test func maximumSizeIsEnforcedDuringFeed() throws {
        let document = utf8("<r>" + String(repeating: "x", count: 200) + "</r>")
        let options = XMLParsingOptions(maximumSize: 100)
        var parser = try XMLTreeParser(options: options)
        var throwingChunk: Int?
        var failure: XMLParsingError?
        for (index, start) in stride(from: 0, to: document.count, by: 40).enumerated() {
            do {
                try parser.feed(document[start..<min(start + 40, document.count)])
            } catch {
                throwingChunk = index
                failure = error
                break
            }
        }
        #expect(throwingChunk == 2, "bytes 80..<120 cross the limit of 100")
        #expect(failure?.kind == .tooLarge)
        #expect(failure?.message.contains("100") == true)
        #expect(failure?.line == 0)

        // The failure sticks.
        do {
            try parser.feed(utf8("</r>"))
            Issue.record("feed() after a failure succeeded")
        } catch {
            #expect(error.kind == .tooLarge)
        }
        do {
            _ = try parser.finish()
            Issue.record("finish() after a failure succeeded")
        } catch {
            #expect(error.kind == .tooLarge)
        }
    }

    @Test func maximumSizeIsInclusive() throws {
        let document = utf8("<r>" + String(repeating: "y", count: 93) + "</r>")
        #expect(document.count == 100)
        let tree = try XMLTree(parsing: document, options: XMLParsingOptions(maximumSize: 100))
        #expect(tree.root.text.count == 93)
        expectFailure(.tooLarge) { () throws(XMLParsingError) in
            try XMLTree(parsing: document + [0x0A], options: XMLParsingOptions(maximumSize: 100))
        }
        expectFailure(.tooLarge) { () throws(XMLParsingError) in
            try XMLTree(parsing: document, options: XMLParsingOptions(maximumSize: 99))
        }
    }

    @Test func maximumSizeCountsAcrossManySmallFeeds() throws {
        var parser = try XMLTreeParser(options: XMLParsingOptions(maximumSize: 10))
        let bytes = utf8("<abcdefgh/>")  // 11 bytes
        for byte in bytes.dropLast() {
            try parser.feed([byte])
        }
        do {
            try parser.feed([bytes.last!])
            Issue.record("the eleventh byte was accepted")
        } catch {
            #expect(error.kind == .tooLarge)
        }
    }

    @Test func defaultMaximumSizeIsOneMebibyte() throws {
        #expect(XMLParsingOptions().maximumSize == 1 << 20)
        let padding = String(repeating: "z", count: (1 << 20) - 7)
        _ = try parse("<r>\(padding)</r>")  // exactly 1 MiB
        expectFailure(.tooLarge) { () throws(XMLParsingError) in try parse("<r>\(padding)z</r>") }
    }

    @Test(arguments: [1, 2, 3, 7, 64, 4096])
    func streamingProducesTheSameTree(chunkSize: Int) throws {
        let bytes = utf8(richDocument)
        let whole = try XMLTree(parsing: bytes)
        let streamed = try parseInChunks(bytes, chunkSize: chunkSize)
        #expect(streamed == whole)
    }

    @Test func richDocumentContent() throws {
        let tree = try parse(richDocument)
        #expect(tree.root.is("Envelope", in: "http://schemas.xmlsoap.org/soap/envelope/"))
        let body = try #require(tree.root.children.first)
        #expect(body.line == 5)
        #expect(body.children.map(\.localName) == ["r", "x", "empty"])
        let r = body.children[0]
        #expect(r.namespaceURI == "urn:default")
        #expect(r.text == "Привет, мир & A\r<raw> & 🎉end")
        #expect(
            r.resolveQualifiedName(
                try #require(r.attribute("type", namespaceURI: "http://www.w3.org/2001/XMLSchema-instance")))
                == XMLTree.QualifiedName(namespaceURI: "http://www.w3.org/2001/XMLSchema", localName: "string"))
        let x = body.children[1]
        #expect(x.attribute("attr", namespaceURI: "urn:ns") == "v<w")
        #expect(x.attribute("plain") == "line1 line2")
        #expect(body.children[2].namespaceURI == nil)
        #expect(Array(body.text.utf8).allSatisfy { $0 == 0x0A || $0 == 0x20 }, "CR LF became LF")
    }

    @Test func nonContiguousSequencesAreAccepted() throws {
        let bytes = utf8(richDocument)
        let whole = try XMLTree(parsing: bytes)
        #expect(try XMLTree(parsing: bytes.lazy.map { $0 }) == whole)
        #expect(try XMLTree(parsing: richDocument.utf8) == whole)
        var parser = try XMLTreeParser()
        try parser.feed(bytes[..<10].lazy.filter { _ in true })
        try parser.feed([UInt8]())
        try parser.feed(bytes[10...])
        #expect(try parser.finish() == whole)
    }

    // MARK: Malformed input

    static let malformed: [XMLSample] = [
        XMLSample("empty input", []),
        XMLSample("whitespace only", " \n\t\n"),
        XMLSample("XML declaration only", "<?xml version=\"1.0\"?>\n"),
        XMLSample("comment only", "<!-- nothing -->"),
        XMLSample("truncated in text", "<a><b>text"),
        XMLSample("truncated in a tag", "<a><b"),
        XMLSample("truncated in an attribute", "<a b=\"1"),
        XMLSample("mismatched tags", "<a><b></a></b>"),
        XMLSample("mismatched tags on a later line", "<a>\n<b>\n</a>", errorLine: 3),
        XMLSample("undeclared element prefix", "<a:b/>"),
        XMLSample("undeclared element prefix on a later line", "<r>\n\n<a:b/>\n</r>", errorLine: 3),
        XMLSample("undeclared attribute prefix", "<a x:y=\"1\"/>"),
        XMLSample("text after the root", "<a/>text"),
        XMLSample("second root", "<a/><b/>"),
        XMLSample("invalid UTF-8 in text", utf8("<a>x") + [0xFF, 0xFE] + utf8("y</a>")),
        XMLSample(
            "invalid UTF-8 on a later line", utf8("<a>\n<b/>\n<c/>\n<d>") + [0xFF, 0xFE] + utf8("</d>\n</a>"),
            errorLine: 4),
        XMLSample("invalid UTF-8 in an attribute", utf8("<a b=\"") + [0xFF, 0xFE] + utf8("\"/>")),
        XMLSample("truncated UTF-8 sequence", utf8("<a>") + [0xD0] + utf8("</a>")),
        XMLSample("overlong UTF-8", utf8("<a>") + [0xC0, 0xAF] + utf8("</a>")),
        XMLSample("UTF-8 encoded surrogate", utf8("<a>") + [0xED, 0xA0, 0x80] + utf8("</a>")),
        XMLSample("NUL byte in text", utf8("<a>x") + [0x00] + utf8("y</a>")),
        XMLSample("NUL byte in an attribute", utf8("<a b=\"x") + [0x00] + utf8("y\"/>")),
        XMLSample("NUL byte after the root", utf8("<a/>") + [0x00]),
        XMLSample("control character", "<a>\u{1}</a>"),
        XMLSample("reference to NUL", "<a>&#0;</a>"),
        XMLSample("reference to a control character", "<a>&#1;</a>"),
        XMLSample("reference to a surrogate", "<a>&#xD800;</a>"),
        XMLSample("bare ampersand", "<a>fish & chips</a>"),
        XMLSample("]]> in text", "<a>x]]>y</a>"),
        XMLSample("< in an attribute value", "<a b=\"<\"/>"),
        XMLSample("unquoted attribute", "<a b=1/>"),
        XMLSample("duplicate attribute", "<a b=\"1\" b=\"2\"/>"),
        XMLSample("duplicate attribute through two prefixes", "<a xmlns:p=\"u\" xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/>"),
        XMLSample("xmlns prefix declared", "<a xmlns:xmlns=\"urn:x\"/>"),
        XMLSample("empty prefixed namespace", "<a xmlns:p=\"\"/>"),
        XMLSample("XML declaration not at the start", " <?xml version=\"1.0\"?><a/>"),
        XMLSample("unterminated comment", "<a><!-- x </a>"),
        XMLSample("unterminated CDATA", "<a><![CDATA[x</a>"),
    ]

    @Test(arguments: malformed)
    func malformedInput(sample: XMLSample) throws {
        let error = expectFailure(.malformed) { () throws(XMLParsingError) in
            try XMLTree(parsing: sample.bytes)
        }
        if let line = sample.errorLine {
            #expect(error?.line == line)
            #expect(error?.description.hasPrefix("line \(line): ") == true)
        }
    }

    @Test(arguments: malformed)
    func malformedInputStreamed(sample: XMLSample) throws {
        expectFailure(.malformed) { () throws(XMLParsingError) in
            try parseInChunks(sample.bytes, chunkSize: 1)
        }
    }

    @Test func emptyInputFailsAtFinish() throws {
        let parser = try XMLTreeParser()
        do {
            _ = try parser.finish()
            Issue.record("an empty document parsed")
        } catch {
            #expect(error.kind == .malformed)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func errorDescription() {
        let located = XMLParsingError(kind: .malformed, message: "bad", line: 3, column: 7)
        #expect(located.description == "line 3: bad")
        let unlocated = XMLParsingError(kind: .tooLarge, message: "big")
        #expect(unlocated.description == "big")
        #expect(unlocated.line == 0 && unlocated.column == 0)
    }

    @Test func mismatchedTagErrorHasAColumn() throws {
        let error = expectFailure(.malformed) { () throws(XMLParsingError) in
            try parse("<a>\n  <b></c>\n</a>")
        }
        #expect(error?.line == 2)
        #expect((error?.column ?? 0) > 0)
    }

    // MARK: Encodings

    @Test func windows1251Declared() throws {
        let bytes =
            utf8("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<r a=\"") + privetWindows1251 + utf8("\">")
            + privetWindows1251 + utf8("</r>")
        let tree = try XMLTree(parsing: bytes)
        #expect(tree.root.text == "Привет")
        #expect(tree.root.attribute("a") == "Привет")
        #expect(try parseInChunks(bytes, chunkSize: 1) == tree)
    }

    @Test func koi8rDeclared() throws {
        let bytes =
            utf8("<?xml version=\"1.0\" encoding=\"koi8-r\"?>\n<r a=\"") + privetKOI8R + utf8("\">") + privetKOI8R
            + utf8("</r>")
        let tree = try XMLTree(parsing: bytes)
        #expect(tree.root.text == "Привет")
        #expect(tree.root.attribute("a") == "Привет")
        #expect(try parseInChunks(bytes, chunkSize: 1) == tree)
    }

    @Test func windows1251AllCyrillicLetters() throws {
        // windows-1251: А..я are 0xC0..0xFF, Ё is 0xA8 and ё is 0xB8.
        let bytes =
            utf8("<?xml version=\"1.0\" encoding=\"windows-1251\"?><r>") + Array(0xC0...0xFF) + [0xA8, 0xB8]
            + utf8("</r>")
        let tree = try XMLTree(parsing: bytes)
        let expected = String(String.UnicodeScalarView((0x410...0x44F).compactMap(Unicode.Scalar.init))) + "Ёё"
        #expect(tree.root.text == expected)
    }

    @Test(arguments: markedOrRecognisedDocuments)
    func aByteOrderMarkOrTheFirstBytesWinOverTheFallback(sample: EncodedSample) throws {
        try expectPrivet(sample)
    }

    @Test(arguments: declaredDocuments)
    func theDeclarationWinsOverTheFallback(sample: EncodedSample) throws {
        try expectPrivet(sample)
    }

    @Test(arguments: undeclaredDocuments)
    func theFallbackReadsADocumentThatNamesNoEncoding(sample: EncodedSample) throws {
        try expectPrivet(sample)
    }

    @Test func ebcdicRecognisedFromTheFirstBytes() throws {
        // libxml2 recognises `<?xm` in EBCDIC and reads the declaration for the code page.
        let bytes = ibm037("<?xml version=\"1.0\" encoding=\"IBM037\"?>\n<r a=\"x\">Hello</r>")
        let options = XMLParsingOptions(fallbackEncoding: "utf-8")
        let tree = try XMLTree(parsing: bytes, options: options)
        #expect(tree.root.text == "Hello")
        #expect(tree.root.attribute("a") == "x")
        #expect(tree.root.line == 2)
        #expect(try parseInChunks(bytes, chunkSize: 1, options: options) == tree)
    }

    @Test(arguments: uncertainUTF32Documents)
    func utf32IsReadCorrectlyOrRefusedButNeverMisread(sample: EncodedSample) {
        // libxml2 2.9 decodes UTF-32 little-endian with its big-endian converter, knows no UTF-32 byte-order mark and
        // loses UCS-4 split inside a character; newer versions read more of these. Either way, no wrong tree.
        let options = XMLParsingOptions(fallbackEncoding: "utf-8")
        for chunkSize in [sample.bytes.count, 1, 2, 3, 5] {
            do {
                let tree = try parseInChunks(sample.bytes, chunkSize: chunkSize, options: options)
                #expect(tree.root.text == "Привет", "in pieces of \(chunkSize)")
                #expect(tree.root.attribute("a") == "ё", "in pieces of \(chunkSize)")
            } catch {
                let refusals: [XMLParsingError.Kind] = [.malformed, .unsupportedEncoding]
                #expect(refusals.contains(error.kind), "in pieces of \(chunkSize): \(error)")
            }
        }
    }

    @Test(arguments: UTF16Form.allCases)
    func utf16IsHardenedAlike(form: UTF16Form) throws {
        // Labelled utf-8, as a server that sends UTF-16 typically does.
        let options = XMLParsingOptions(fallbackEncoding: "utf-8")
        let doctype = form.encode("<!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>")
        expectFailure(.doctypeForbidden) { () throws(XMLParsingError) in
            try XMLTree(parsing: doctype, options: options)
        }
        expectFailure(.doctypeForbidden) { () throws(XMLParsingError) in
            try parseInChunks(doctype, chunkSize: 1, options: options)
        }
        expectFailure(.tooDeep) { () throws(XMLParsingError) in
            try XMLTree(parsing: form.encode(nested(depth: 65)), options: options)
        }
        #expect(try XMLTree(parsing: form.encode(nested(depth: 64)), options: options).root.localName == "e")
        expectFailure(.malformed) { () throws(XMLParsingError) in
            try XMLTree(parsing: form.encode("<r>&e;</r>"), options: options)
        }
        let document = form.encode(privetDocument)
        var limited = options
        limited.maximumSize = document.count - 1
        expectFailure(.tooLarge) { () throws(XMLParsingError) in try XMLTree(parsing: document, options: limited) }
        limited.maximumSize = document.count
        #expect(try XMLTree(parsing: document, options: limited).root.text == "Привет")
    }

    @Test func anUnknownFallbackEncodingFailsOnlyADocumentThatNamesNone() throws {
        let options = XMLParsingOptions(fallbackEncoding: "x-no-such-encoding")
        let error = expectFailure(.unsupportedEncoding) { () throws(XMLParsingError) in
            try parse("<r/>", options: options)
        }
        #expect(error?.message.contains("x-no-such-encoding") == true)
        expectFailure(.unsupportedEncoding) { () throws(XMLParsingError) in
            try parseInChunks(utf8("<?xml version=\"1.0\"?>\n<r/>"), chunkSize: 1, options: options)
        }
        // A document that names its encoding never needs the fallback.
        let declared = try parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?><r>Привет</r>", options: options)
        #expect(declared.root.text == "Привет")
        let marked = try XMLTree(parsing: utf16LittleEndianMark + utf16(privetDocument), options: options)
        #expect(marked.root.text == "Привет")
    }

    @Test(arguments: [nil, "utf-8", "windows-1251"] as [String?])
    func unknownDeclaredEncoding(fallbackEncoding: String?) throws {
        let options = XMLParsingOptions(fallbackEncoding: fallbackEncoding)
        let error = expectFailure(.unsupportedEncoding) { () throws(XMLParsingError) in
            try parse("<?xml version=\"1.0\" encoding=\"x-no-such-encoding\"?><r/>", options: options)
        }
        #expect(error?.message.contains("x-no-such-encoding") == true)
    }

    @Test(arguments: [nil, "windows-1251"] as [String?])
    func aByteItsEncodingCannotDecodeIsReportedAsTheError(fallbackEncoding: String?) throws {
        // 0x98 is the one byte windows-1251 leaves undefined. libxml2 reports it outside the parser's own errors.
        let declaration = fallbackEncoding == nil ? declaration("windows-1251") : ""
        let bytes = utf8(declaration + "<r>") + [0x98] + utf8("</r>")
        let options = XMLParsingOptions(fallbackEncoding: fallbackEncoding)
        let whole = expectFailure(.malformed) { () throws(XMLParsingError) in
            try XMLTree(parsing: bytes, options: options)
        }
        #expect(whole?.message.contains("0x98") == true, "\(String(describing: whole))")
        let inPieces = expectFailure(.malformed) { () throws(XMLParsingError) in
            try parseInChunks(bytes, chunkSize: 1, options: options)
        }
        #expect(inPieces?.message.contains("0x98") == true, "\(String(describing: inPieces))")
    }

    @Test func cyrillicBytesWithoutAnyEncodingAreMalformed() throws {
        expectFailure(.malformed) { () throws(XMLParsingError) in
            try XMLTree(parsing: utf8("<r>") + privetWindows1251 + utf8("</r>"))
        }
    }

    @Test func utf8ByteOrderMark() throws {
        let plain = try XMLTree(parsing: utf8Mark + utf8("<r>Привет</r>"))
        #expect(plain.root.text == "Привет")
        #expect(plain.root.localName == "r")
        let declared = try XMLTree(
            parsing: utf8Mark + utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>Привет</r>")
        )
        #expect(declared.root.text == "Привет")
        #expect(declared.root.line == 2)
        #expect(try parseInChunks(utf8Mark + utf8("<r>Привет</r>"), chunkSize: 1) == plain)
    }

    // MARK: Size and concurrency

    @Test func manySiblings() throws {
        let count = 5_000
        var xml = "<list xmlns=\"urn:l\">\n"
        for index in 0..<count {
            xml += "<item n=\"\(index)\">v\(index)</item>\n"
        }
        xml += "</list>"
        let tree = try parse(xml)
        #expect(tree.root.children.count == count)
        #expect(tree.root.children(named: "item", in: "urn:l").count == count)
        #expect(tree.root.children.first?.attribute("n") == "0")
        #expect(tree.root.children.last?.attribute("n") == "4999")
        #expect(tree.root.children.last?.text == "v4999")
        #expect(tree.root.children.last?.line == count + 1)
        #expect(tree.root.children.enumerated().allSatisfy { $1.attribute("n") == "\($0)" })
    }

    @Test func parsesConcurrently() async throws {
        let good = utf8(richDocument)
        let expected = try XMLTree(parsing: good)
        let results = await withTaskGroup(of: (Int, Result<XMLTree, XMLParsingError>).self) { group in
            for index in 0..<16 {
                group.addTask {
                    let bytes = index.isMultiple(of: 2) ? good : utf8("<a>\n<b>\(index)</a>")
                    let result = Result { () throws(XMLParsingError) in try parseInChunks(bytes, chunkSize: 13) }
                    return (index, result)
                }
            }
            var all: [(Int, Result<XMLTree, XMLParsingError>)] = []
            for await result in group {
                all.append(result)
            }
            return all
        }
        #expect(results.count == 16)
        for (index, result) in results {
            switch result {
            case .success(let tree):
                #expect(index.isMultiple(of: 2))
                #expect(tree == expected)
            case .failure(let error):
                #expect(!index.isMultiple(of: 2))
                #expect(error.kind == .malformed)
                #expect(error.line == 2, "errors are kept per parser: \(error)")
            }
        }
    }
}
