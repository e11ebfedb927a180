import Testing

@testable import SOAPXML

/// The canonical form compares what documents mean: prefixes, namespace declarations, attribute order and the
/// whitespace between elements do not count; names, namespaces and every value do.
struct XMLTreeCanonicalLinesTests {
    static func lines(_ text: String) throws -> [String] {
        try XMLTree(parsing: Array(text.utf8)).canonicalLines()
    }

    @Test func prefixesAttributeOrderAndWhitespaceBetweenElementsDoNotCount() throws {
        let written = try Self.lines(#"<a:doc xmlns:a="urn:x" b="2" a="1"><a:item> one </a:item><empty/></a:doc>"#)
        let rewritten = try Self.lines(
            """
            <doc xmlns="urn:x" a="1" b="2">
              <item> one </item>
              <empty xmlns=""></empty>
            </doc>
            """)
        #expect(written == rewritten)
        #expect(written == [#"{urn:x}doc a="1" b="2""#, #"  {urn:x}item = " one ""#, #"  empty = """#])
    }

    @Test func valuesNamesAndNamespacesDo() throws {
        let base = try Self.lines(#"<d xmlns="urn:x"><v>1</v></d>"#)
        #expect(try Self.lines(#"<d xmlns="urn:x"><v>1 </v></d>"#) != base)
        #expect(try Self.lines(#"<d xmlns="urn:x"><w>1</w></d>"#) != base)
        #expect(try Self.lines(#"<d xmlns="urn:y"><v>1</v></d>"#) != base)
        // A carriage return survives XML's line-end normalisation only as a character reference.
        #expect(try Self.lines("<d><v>a&#13;\nb\t\"c\"</v></d>") == ["d", #"  v = "a\r\nb\t\"c\"""#])
    }

    @Test func namespacesAndLeafTextsCanBeRewritten() throws {
        let tree = try XMLTree(parsing: Array(#"<d xmlns="https://host/s"><secret>x</secret><kept>y</kept></d>"#.utf8))
        let lines = tree.canonicalLines(
            namespaceName: { $0 == "https://host/s" ? "service" : $0 },
            leafText: { $0.localName == "secret" ? "***" : $0.text }
        )
        #expect(lines == ["{service}d", #"  {service}secret = "***""#, #"  {service}kept = "y""#])
    }
}
