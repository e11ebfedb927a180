import SOAPRuntime
import SOAPXML
import Testing

@Suite("SOAPEnvelope")
struct SOAPEnvelopeTests {
    private static let namespaces = [EchoService.targetNamespace, EchoService.foreignNamespace]
    private static let sample = Echo(
        text: "hi & bye",
        count: 3,
        items: [EchoItem(name: "a", weight: 0.5)],
        tags: ["t1", "t2"],
        note: "n"
    )
    private static let sampleBody =
        "<ns1:echo><text>hi &amp; bye</text><count>3</count><items><name>a</name><weight>0.5</weight></items>"
        + "<tags>t1</tags><tags>t2</tags><ns2:note>n</ns2:note></ns1:echo>"

    /// Decodes `xml` as `Echo`, returning the envelope error it throws.
    private func envelopeError(
        _ xml: String,
        options: XMLParsingOptions = .init(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> SOAPEnvelopeError? {
        #expect(throws: SOAPEnvelopeError.self, sourceLocation: sourceLocation) {
            _ = try SOAPEnvelope.decode(Echo.self, from: TestXML.bytes(xml), options: options)
        }
    }

    private func fault(_ xml: String, sourceLocation: SourceLocation = #_sourceLocation) -> SOAPFault? {
        let error = envelopeError(xml, sourceLocation: sourceLocation)
        guard let fault = error?.fault else {
            Issue.record("expected a fault, got \(String(describing: error))", sourceLocation: sourceLocation)
            return nil
        }
        return fault
    }

    // MARK: - Encoding

    @Test("SOAP 1.1 envelopes are byte-for-byte PHP SoapClient's")
    func encodeSOAP11() throws {
        let bytes = try SOAPEnvelope.encode(Self.sample, version: .soap11, namespaces: Self.namespaces)
        #expect(
            TestXML.string(bytes)
                == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:ns1=\"https://smsc.ru/sys/soap.php\" xmlns:ns2=\"urn:example:echo-extras\">"
                + "<SOAP-ENV:Body>\(Self.sampleBody)</SOAP-ENV:Body></SOAP-ENV:Envelope>\n"
        )
    }

    @Test("SOAP 1.2 envelopes use the env prefix and the 2003/05 namespace")
    func encodeSOAP12() throws {
        let bytes = try SOAPEnvelope.encode(Self.sample, version: .soap12, namespaces: Self.namespaces)
        #expect(
            TestXML.string(bytes)
                == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\""
                + " xmlns:ns1=\"https://smsc.ru/sys/soap.php\" xmlns:ns2=\"urn:example:echo-extras\">"
                + "<env:Body>\(Self.sampleBody)</env:Body></env:Envelope>\n"
        )
    }

    @Test(
        "every envelope starts with the XML declaration line and ends with one newline",
        arguments: [SOAPVersion.soap11, .soap12])
    func declarationAndTrailingNewline(version: SOAPVersion) throws {
        let bytes = try SOAPEnvelope.encode(Echo(text: ""), version: version, namespaces: ["urn:a"])
        let prefix = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<".utf8)
        #expect(Array(bytes.prefix(prefix.count)) == prefix)
        #expect(bytes.last == UInt8(ascii: "\n"))
        #expect(bytes.dropLast().last == UInt8(ascii: ">"))
        #expect(bytes.filter { $0 == UInt8(ascii: "\n") }.count == 2)
    }

    @Test("the encoded envelope parses to the right names and namespaces", arguments: [SOAPVersion.soap11, .soap12])
    func encodedStructure(version: SOAPVersion) throws {
        let bytes = try SOAPEnvelope.encode(Self.sample, version: version, namespaces: Self.namespaces)
        let root = try XMLTree(parsing: bytes).root
        #expect(root.is("Envelope", in: version.envelopeNamespace))
        #expect(root.prefix == version.envelopePrefix)
        #expect(root.children.count == 1)
        let body = try #require(root.children.first)
        #expect(body.is("Body", in: version.envelopeNamespace))
        let echo = try #require(body.children.first)
        #expect(echo.is("echo", in: EchoService.targetNamespace))
        #expect(echo.children.map(\.localName) == ["text", "count", "items", "tags", "tags", "note"])
        #expect(echo.children[0].namespaceURI == nil)
        #expect(echo.children[5].namespaceURI == EchoService.foreignNamespace)
    }

    @Test("namespace URIs are escaped as attribute values and read back unchanged")
    func namespaceEscaping() throws {
        let odd = "urn:x?a=1&b=\"2\"<3>"
        let bytes = try SOAPEnvelope.encode(Echo(text: "t"), version: .soap11, namespaces: [odd])
        #expect(TestXML.string(bytes).contains(" xmlns:ns1=\"urn:x?a=1&amp;b=&quot;2&quot;&lt;3>\""))
        // libxml2 refuses `"` and `<` in a namespace name (not a URI), so read back one with `&` only.
        let query = "https://example.com/ns?a=1&b=2"
        let parsed = try SOAPEnvelope.encode(Echo(text: "t"), version: .soap12, namespaces: [query])
        #expect(TestXML.string(parsed).contains(" xmlns:ns1=\"https://example.com/ns?a=1&amp;b=2\">"))
        let root = try XMLTree(parsing: parsed).root
        #expect(root.namespaces["ns1"] == query)
        #expect(root.children.first?.children.first?.namespaceURI == query)
    }

    @Test("encode then decode gives the same value", arguments: [SOAPVersion.soap11, .soap12])
    func roundTrip(version: SOAPVersion) throws {
        let response = EchoResponse(result: Self.sample, codes: [1, -2, 3], ok: false)
        let bytes = try SOAPEnvelope.encode(response, version: version, namespaces: Self.namespaces)
        #expect(try SOAPEnvelope.decode(EchoResponse.self, from: bytes) == response)
    }

    // MARK: - Decoding tolerance

    @Test(
        "envelopes decode whatever prefixes the sender chose",
        arguments: [
            // soap: prefix, SOAP 1.1
            """
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>\
            <tns:echo xmlns:tns="https://smsc.ru/sys/soap.php"><text>hello</text></tns:echo></soap:Body></soap:Envelope>
            """,
            // s: prefix, SOAP 1.1, XML declaration with single quotes
            """
            <?xml version='1.0' encoding='utf-8'?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">\
            <s:Body><echo xmlns="https://smsc.ru/sys/soap.php"><text>hello</text></echo></s:Body></s:Envelope>
            """,
            // default namespace for the envelope, SOAP 1.1
            """
            <Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/"><Body>\
            <echo xmlns="urn:other"><text>hello</text></echo></Body></Envelope>
            """,
            // default namespace, SOAP 1.2
            """
            <Envelope xmlns="http://www.w3.org/2003/05/soap-envelope"><Body>\
            <echo><text>hello</text></echo></Body></Envelope>
            """,
            // soap12: prefix with a Header before the Body
            """
            <soap12:Envelope xmlns:soap12="http://www.w3.org/2003/05/soap-envelope"><soap12:Header><h>1</h></soap12:Header>\
            <soap12:Body><m:echo xmlns:m="urn:m"><m:text>hello</m:text></m:echo></soap12:Body></soap12:Envelope>
            """,
        ]
    )
    func anyPrefixes(xml: String) throws {
        let echo = try SOAPEnvelope.decode(Echo.self, from: TestXML.bytes(xml))
        #expect(echo == Echo(text: "hello"))
    }

    @Test("whitespace, comments, processing instructions and CDATA between and inside elements are tolerated")
    func whitespaceCommentsCDATA() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- leading comment -->
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"
                               xmlns:ns1="https://smsc.ru/sys/soap.php">
              <!-- before the body -->
              <SOAP-ENV:Body>
                <?pi data?>
                <ns1:echo>
                  <!-- a comment -->
                  <text><![CDATA[a<b & c]]>-<!-- inside -->tail</text>
                  <count>
                    42
                  </count>
                  <tags><![CDATA[]]>]]&gt;</tags>
                </ns1:echo>
              </SOAP-ENV:Body>
              <!-- after the body -->
            </SOAP-ENV:Envelope>
            <!-- trailing comment -->

            """
        let echo = try SOAPEnvelope.decode(Echo.self, from: TestXML.bytes(xml))
        #expect(echo == Echo(text: "a<b & c-tail", count: 42, tags: ["]]>"]))
    }

    @Test("unknown elements anywhere and reordered children are tolerated")
    func unknownAndReordered() throws {
        let xml = """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="https://smsc.ru/sys/soap.php">\
            <s:Header><auth>x</auth></s:Header><extra/><s:Body><ns1:echoResponse>\
            <ok>1</ok><codes>7</codes><future><text>ignored</text></future>\
            <result><items><name>i</name><colour>red</colour></items><count>2</count><text>t</text></result>\
            <codes>8</codes></ns1:echoResponse></s:Body><trailer/></s:Envelope>
            """
        let response = try SOAPEnvelope.decode(EchoResponse.self, from: TestXML.bytes(xml))
        #expect(
            response
                == EchoResponse(
                    result: Echo(text: "t", count: 2, items: [EchoItem(name: "i")]), codes: [7, 8], ok: true))
    }

    @Test("decode(from: XMLTree) and bodyElement(of:) work on an already parsed tree")
    func decodeFromTree() throws {
        let tree = try XMLTree(parsing: TestXML.soap11("<ns1:echo><text>x</text></ns1:echo>"))
        #expect(try SOAPEnvelope.decode(Echo.self, from: tree) == Echo(text: "x"))
        let element = try SOAPEnvelope.bodyElement(of: tree)
        #expect(element.is("echo", in: EchoService.targetNamespace))
    }

    // MARK: - Envelope errors

    @Test(
        "a document element other than a SOAP Envelope is refused",
        arguments: [
            ("<echo><text>x</text></echo>", XMLTree.QualifiedName(namespaceURI: nil, localName: "echo")),
            (
                "<Envelope><Body><echo><text>x</text></echo></Body></Envelope>",
                XMLTree.QualifiedName(namespaceURI: nil, localName: "Envelope")
            ),
            (
                "<x:Envelope xmlns:x=\"urn:wrong\"><x:Body/></x:Envelope>",
                XMLTree.QualifiedName(namespaceURI: "urn:wrong", localName: "Envelope")
            ),
            (
                "<s:Body xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><echo><text>x</text></echo></s:Body>",
                XMLTree.QualifiedName(namespaceURI: "http://schemas.xmlsoap.org/soap/envelope/", localName: "Body")
            ),
            (
                "<s:envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"/>",
                XMLTree.QualifiedName(namespaceURI: "http://schemas.xmlsoap.org/soap/envelope/", localName: "envelope")
            ),
        ]
    )
    func notAnEnvelope(xml: String, found: XMLTree.QualifiedName) {
        #expect(envelopeError(xml) == .notAnEnvelope(found: found))
    }

    @Test(
        "an envelope without a Body, or with nothing in it, is refused as missingBody",
        arguments: [
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"/>",
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header><a/></s:Header></s:Envelope>",
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body/></s:Envelope>",
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>\n  <!-- nothing -->text "
                + "only\n</s:Body></s:Envelope>",
            "<s:Envelope "
                + "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><Body><echo><text>x</text></echo></Body></s:"
                + "Envelope>",
            // A SOAP 1.2 Body inside a SOAP 1.1 Envelope is not its body.
            """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:e="http://www.w3.org/2003/05/soap-envelope">\
            <e:Body><echo><text>x</text></echo></e:Body></s:Envelope>
            """,
            "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body></env:Body></env:Envelope>",
        ]
    )
    func missingBody(xml: String) {
        #expect(envelopeError(xml) == .missingBody)
    }

    @Test("a body element with another name is refused with its qualified name")
    func unexpectedBodyElement() {
        let error = envelopeError(
            TestXML.string(TestXML.soap11("<ns1:echoResponse><codes>1</codes></ns1:echoResponse>")))
        #expect(
            error
                == .unexpectedBodyElement(
                    expected: "echo",
                    found: XMLTree.QualifiedName(namespaceURI: EchoService.targetNamespace, localName: "echoResponse")
                )
        )
        #expect(error?.description == "expected body element `echo`, found {https://smsc.ru/sys/soap.php}echoResponse")
    }

    @Test("a Fault in the other SOAP version's namespace is an ordinary (unexpected) body element")
    func faultOfOtherVersion() {
        let xml = """
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">\
            <env:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>x</faultstring></s:Fault></env:Body></env:Envelope>
            """
        #expect(
            envelopeError(xml)
                == .unexpectedBodyElement(
                    expected: "echo",
                    found: XMLTree.QualifiedName(namespaceURI: TestXML.soap11Namespace, localName: "Fault")
                )
        )
    }

    @Test("a body that does not match the schema is refused with the decoding error's path")
    func invalidBody() {
        let error = envelopeError(
            TestXML.string(
                TestXML.soap11("<ns1:echo><text>a</text><items><name>x</name><weight>w</weight></items></ns1:echo>"))
        )
        let expected = SOAPDecodingError(
            path: ["echo", "items[0]", "weight"], reason: .invalidValue("w", expectedType: "xsd:double"))
        #expect(error == .invalidBody(expected))
        #expect(
            error?.description
                == "the SOAP body does not match the schema: echo/items[0]/weight: \"w\" is not a valid xsd:double")
    }

    @Test("a missing required child is refused as invalidBody")
    func invalidBodyMissing() {
        let error = envelopeError(TestXML.string(TestXML.soap11("<ns1:echo><count>1</count></ns1:echo>")))
        #expect(error == .invalidBody(SOAPDecodingError(path: ["echo"], reason: .missingElement("text"))))
    }

    @Test(
        "bytes that are not acceptable XML are refused as invalidXML with the parser's kind",
        arguments: [
            ("", XMLParsingError.Kind.malformed),
            ("not xml at all", .malformed),
            ("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>", .malformed),
            ("<a></b>", .malformed),
            ("<u:Envelope><u:Body/></u:Envelope>", .malformed),
            ("<a>&undefined;</a>", .malformed),
            (
                "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x \"boom\">]><e>&x;</e>",
                .doctypeForbidden
            ),
            ("<!DOCTYPE s:Envelope SYSTEM \"http://example.com/x.dtd\"><s:Envelope/>", .doctypeForbidden),
        ]
    )
    func invalidXML(xml: String, kind: XMLParsingError.Kind) {
        let error = envelopeError(xml)
        guard let parsing = error?.xmlError else {
            Issue.record("expected invalidXML, got \(String(describing: error))")
            return
        }
        #expect(parsing.kind == kind)
        #expect(error?.description.hasPrefix("not acceptable XML: ") == true)
    }

    @Test("documents over XMLParsingOptions.maximumSize are refused as tooLarge")
    func tooLarge() throws {
        let bytes = TestXML.soap11("<ns1:echo><text>\(String(repeating: "x", count: 500))</text></ns1:echo>")
        let error = #expect(throws: SOAPEnvelopeError.self) {
            _ = try SOAPEnvelope.decode(Echo.self, from: bytes, options: XMLParsingOptions(maximumSize: 256))
        }
        guard let parsing = error?.xmlError else {
            Issue.record("expected invalidXML, got \(String(describing: error))")
            return
        }
        #expect(parsing.kind == .tooLarge)
        // The same bytes pass with a limit equal to their size.
        let echo = try SOAPEnvelope.decode(Echo.self, from: bytes, options: XMLParsingOptions(maximumSize: bytes.count))
        #expect(echo.text.count == 500)
    }

    @Test("documents nested deeper than XMLParsingOptions.maximumDepth are refused as tooDeep")
    func tooDeep() {
        let xml = TestXML.string(TestXML.soap11("<ns1:echo><text>x</text><items><name>n</name></items></ns1:echo>"))
        let error = envelopeError(xml, options: XMLParsingOptions(maximumDepth: 4))
        guard let parsing = error?.xmlError else {
            Issue.record("expected invalidXML, got \(String(describing: error))")
            return
        }
        #expect(parsing.kind == .tooDeep)
    }

    // MARK: - Faults

    @Test("a SOAP 1.1 fault becomes .fault with its code resolved, string, actor and detail")
    func soap11Fault() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body>\
            <SOAP-ENV:Fault><faultcode> SOAP-ENV:Server\n</faultcode><faultstring>Boom &amp; bust</faultstring>\
            <faultactor>https://smsc.ru/actor</faultactor><detail><e:info xmlns:e="urn:e">42</e:info></detail>\
            </SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>
            """
        let fault = try #require(self.fault(xml))
        #expect(fault.soapVersion == .soap11)
        #expect(fault.code == "SOAP-ENV:Server")
        #expect(fault.resolvedCode == XMLTree.QualifiedName(namespaceURI: TestXML.soap11Namespace, localName: "Server"))
        #expect(fault.reason == "Boom & bust")
        #expect(fault.actor == "https://smsc.ru/actor")
        let detail = try #require(fault.detail)
        #expect(detail.localName == "detail")
        #expect(detail.children.count == 1)
        #expect(detail.children.first?.is("info", in: "urn:e") == true)
        #expect(detail.children.first?.text == "42")
        #expect(fault.description == "SOAP fault SOAP-ENV:Server: Boom & bust")
        #expect(SOAPEnvelopeError.fault(fault).description == "SOAP fault SOAP-ENV:Server: Boom & bust")
    }

    @Test("SOAP 1.1 fault codes resolve against declarations in scope, or stay unresolved")
    func soap11FaultCodeResolution() throws {
        let declaredOnFaultcode = """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>\
            <faultcode xmlns:c="urn:codes">c:Custom</faultcode><faultstring>x</faultstring></s:Fault></s:Body></s:Envelope>
            """
        #expect(
            fault(declaredOnFaultcode)?.resolvedCode
                == XMLTree.QualifiedName(namespaceURI: "urn:codes", localName: "Custom"))

        let undeclared = """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>\
            <faultcode>nope:Client</faultcode><faultstring>x</faultstring></s:Fault></s:Body></s:Envelope>
            """
        let unresolved = try #require(fault(undeclared))
        #expect(unresolved.code == "nope:Client")
        #expect(unresolved.resolvedCode == nil)

        let unprefixed = """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>\
            <faultcode>Server</faultcode><faultstring>x</faultstring></s:Fault></s:Body></s:Envelope>
            """
        #expect(fault(unprefixed)?.resolvedCode == XMLTree.QualifiedName(namespaceURI: nil, localName: "Server"))
    }

    @Test("a minimal SOAP 1.1 fault has no actor and no detail; the fault wins over the expected body type")
    func minimalSoap11Fault() throws {
        let bytes = TestXML.soap11(
            "<SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring></faultstring></SOAP-ENV:Fault>")
        let error = #expect(throws: SOAPEnvelopeError.self) {
            _ = try EchoOperation.decodeResponse(bytes)
        }
        let expected = SOAPFault(
            soapVersion: .soap11,
            code: "SOAP-ENV:Client",
            resolvedCode: XMLTree.QualifiedName(namespaceURI: TestXML.soap11Namespace, localName: "Client"),
            reason: ""
        )
        #expect(error == .fault(expected))
    }

    @Test("a SOAP 1.2 fault becomes .fault with Code/Value, the first Reason/Text, Role and Detail")
    func soap12Fault() throws {
        let xml = """
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:m="urn:m"><env:Body><env:Fault>\
            <env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>m:BadPhone</env:Value></env:Subcode></env:Code>\
            <env:Reason><env:Text xml:lang="en">Bad input</env:Text><env:Text xml:lang="ru">Плохой ввод</env:Text></env:Reason>\
            <env:Node>urn:node</env:Node><env:Role>urn:role</env:Role>\
            <env:Detail><m:phone>+7</m:phone><m:why>format</m:why></env:Detail></env:Fault></env:Body></env:Envelope>
            """
        let fault = try #require(self.fault(xml))
        #expect(fault.soapVersion == .soap12)
        #expect(fault.code == "env:Sender")
        #expect(fault.resolvedCode == XMLTree.QualifiedName(namespaceURI: TestXML.soap12Namespace, localName: "Sender"))
        #expect(fault.reason == "Bad input")
        #expect(fault.actor == "urn:role")
        let detail = try #require(fault.detail)
        #expect(detail.is("Detail", in: TestXML.soap12Namespace))
        #expect(detail.children.map(\.localName) == ["phone", "why"])
        #expect(detail.children.map(\.text) == ["+7", "format"])
        #expect(fault.description == "SOAP fault env:Sender: Bad input")
    }

    @Test("a minimal SOAP 1.2 fault with a default-namespace envelope")
    func minimalSoap12Fault() throws {
        let xml = """
            <Envelope xmlns="http://www.w3.org/2003/05/soap-envelope"><Body><Fault>\
            <Code><Value>Receiver</Value></Code><Reason><Text xml:lang="en">down</Text></Reason></Fault></Body></Envelope>
            """
        let error = envelopeError(xml)
        let expected = SOAPFault(
            soapVersion: .soap12,
            code: "Receiver",
            resolvedCode: XMLTree.QualifiedName(namespaceURI: TestXML.soap12Namespace, localName: "Receiver"),
            reason: "down"
        )
        #expect(error == .fault(expected))
    }

    @Test("a SOAP 1.2 fault round-trips through SOAPOperation.decodeResponse")
    func soap12FaultThroughOperation() {
        let xml = """
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><env:Fault>\
            <env:Code><env:Value>env:Receiver</env:Value></env:Code><env:Reason><env:Text>busy</env:Text></env:Reason>\
            </env:Fault></env:Body></env:Envelope>
            """
        let error = #expect(throws: SOAPEnvelopeError.self) {
            _ = try Echo12Operation.decodeResponse(TestXML.bytes(xml))
        }
        guard let fault = error?.fault else {
            Issue.record("expected a fault, got \(String(describing: error))")
            return
        }
        #expect(fault.code == "env:Receiver")
        #expect(fault.reason == "busy")
        #expect(fault.actor == nil)
        #expect(fault.detail == nil)
    }

    @Test("other error descriptions")
    func errorDescriptions() {
        #expect(SOAPEnvelopeError.missingBody.description == "the SOAP envelope has no body element")
        #expect(
            SOAPEnvelopeError.notAnEnvelope(found: XMLTree.QualifiedName(namespaceURI: "urn:x", localName: "html"))
                .description
                == "not a SOAP envelope: the document element is {urn:x}html"
        )
        #expect(
            SOAPEnvelopeError.invalidXML(XMLParsingError(kind: .malformed, message: "oops", line: 3)).description
                == "not acceptable XML: line 3: oops"
        )
    }
}
