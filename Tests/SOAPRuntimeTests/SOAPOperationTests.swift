import SOAPRuntime
import SOAPXML
import Testing

@Suite("SOAPOperation")
struct SOAPOperationTests {
    private static let input = Echo(
        text: "Привет & <bye>", count: 2, items: [EchoItem(name: "i", weight: -1.5)], note: "n")

    private static func headers(_ request: SOAPRequest) -> [String] {
        request.headers.map { "\($0.name): \($0.value)" }
    }

    @Test("makeRequest for SOAP 1.1: endpoint URL, rebased soapAction, quoted SOAPAction header and PHP's envelope")
    func makeRequestSOAP11() throws {
        let addressing = try SOAPAddressing(
            endpoint: "http://127.0.0.1:8080/sys/soap.php", service: EchoOperation.service)
        let request = try EchoOperation.makeRequest(Self.input, addressing: addressing)
        #expect(request.url == "http://127.0.0.1:8080/sys/soap.php")
        #expect(request.soapAction == "http://127.0.0.1:8080/sys/soap.php#echo")
        #expect(request.soapVersion == .soap11)
        #expect(
            Self.headers(request) == [
                "Content-Type: text/xml; charset=utf-8",
                "SOAPAction: \"http://127.0.0.1:8080/sys/soap.php#echo\"",
            ]
        )
        #expect(
            TestXML.string(request.body)
                == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:ns1=\"http://127.0.0.1:8080/sys/soap.php\" xmlns:ns2=\"urn:example:echo-extras\">"
                + "<SOAP-ENV:Body><ns1:echo><text>Привет &amp; &lt;bye&gt;</text><count>2</count>"
                + "<items><name>i</name><weight>-1.5</weight></items><ns2:note>n</ns2:note></ns1:echo>"
                + "</SOAP-ENV:Body></SOAP-ENV:Envelope>\n"
        )
        #expect(
            request.body
                == (try SOAPEnvelope.encode(Self.input, version: .soap11, namespaces: addressing.namespaces))
        )
    }

    @Test("makeRequest for SOAP 1.2: action travels in the Content-Type, no SOAPAction header")
    func makeRequestSOAP12() throws {
        let addressing = try SOAPAddressing(endpoint: "https://smsc.kz/sys/soap.php", service: Echo12Operation.service)
        let request = try Echo12Operation.makeRequest(Self.input, addressing: addressing)
        #expect(request.url == "https://smsc.kz/sys/soap.php")
        #expect(request.soapAction == "https://smsc.kz/sys/soap.php#echo")
        #expect(request.soapVersion == .soap12)
        #expect(
            Self.headers(request) == [
                "Content-Type: application/soap+xml; charset=utf-8; action=\"https://smsc.kz/sys/soap.php#echo\""
            ])
        let text = TestXML.string(request.body)
        #expect(
            text.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<env:Envelope "
                    + "xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\""
                    + " xmlns:ns1=\"https://smsc.kz/sys/soap.php\" "
                    + "xmlns:ns2=\"urn:example:echo-extras\"><env:Body><ns1:echo>"
            )
        )
        #expect(text.hasSuffix("</ns1:echo></env:Body></env:Envelope>\n"))
        // The request body decodes back to the input.
        #expect(try SOAPEnvelope.decode(Echo.self, from: request.body) == Self.input)
    }

    @Test("makeRequest keeps the endpoint as given and honours both overrides")
    func makeRequestWithOverrides() throws {
        let addressing = try SOAPAddressing(
            endpoint: "https://user:pw@SMSC.RU:443/sys/soap.php",
            service: EchoOperation.service,
            namespace: "urn:override",
            soapAction: "urn:action"
        )
        let request = try EchoOperation.makeRequest(Echo(text: "x"), addressing: addressing)
        #expect(request.url == "https://user:pw@SMSC.RU:443/sys/soap.php")
        #expect(request.soapAction == "urn:action")
        #expect(Self.headers(request).last == "SOAPAction: \"urn:action\"")
        #expect(
            TestXML.string(request.body).contains(" xmlns:ns1=\"urn:override\" xmlns:ns2=\"urn:example:echo-extras\">"))
    }

    @Test("makeRequest refuses values XML cannot carry, naming the field")
    func makeRequestRefusesInvalidText() throws {
        let addressing = try SOAPAddressing(
            endpoint: "http://127.0.0.1:8080/sys/soap.php", service: EchoOperation.service)
        let error = #expect(throws: SOAPEncodingError.self) {
            _ = try EchoOperation.makeRequest(
                Echo(text: "ok", items: [EchoItem(name: "\u{0}")]), addressing: addressing)
        }
        #expect(error?.path == "echo/items/name")
        #expect(error?.rule.hasPrefix("character U+0000 at offset 0 ") == true)
    }

    @Test("decodeResponse reads what a server sends back", arguments: [SOAPVersion.soap11, .soap12])
    func decodeResponseRoundTrip(version: SOAPVersion) throws {
        let response = EchoResponse(result: Self.input, codes: [0, Int32.max, Int32.min], ok: true)
        let namespaces = ["http://127.0.0.1:8080/sys/soap.php", EchoService.foreignNamespace]
        let bytes = try SOAPEnvelope.encode(response, version: version, namespaces: namespaces)
        let decoded =
            version == .soap11
            ? try EchoOperation.decodeResponse(bytes)
            : try Echo12Operation.decodeResponse(bytes)
        #expect(decoded == response)
    }

    @Test("decodeResponse passes parsing options through")
    func decodeResponseOptions() throws {
        let bytes = try SOAPEnvelope.encode(
            EchoResponse(result: Echo(text: String(repeating: "z", count: 300)), codes: [1]),
            version: .soap11,
            namespaces: ["urn:a"]
        )
        let error = #expect(throws: SOAPEnvelopeError.self) {
            _ = try EchoOperation.decodeResponse(bytes, options: XMLParsingOptions(maximumSize: 100))
        }
        guard let parsing = error?.xmlError else {
            Issue.record("expected invalidXML, got \(String(describing: error))")
            return
        }
        #expect(parsing.kind == .tooLarge)
    }

    @Test("decodeResponse refuses the request element in place of the response")
    func decodeResponseWrongElement() throws {
        let bytes = try SOAPEnvelope.encode(Echo(text: "x"), version: .soap11, namespaces: ["urn:a"])
        let error = #expect(throws: SOAPEnvelopeError.self) {
            _ = try EchoOperation.decodeResponse(bytes)
        }
        #expect(
            error
                == .unexpectedBodyElement(
                    expected: "echoResponse", found: XMLTree.QualifiedName(namespaceURI: "urn:a", localName: "echo")))
    }

    @Test("a request built by hand exposes the same headers as its version")
    func requestHeaders() {
        let request11 = SOAPRequest(url: "http://x/", soapAction: "urn:a", soapVersion: .soap11, body: [])
        #expect(Self.headers(request11) == ["Content-Type: text/xml; charset=utf-8", "SOAPAction: \"urn:a\""])
        let request12 = SOAPRequest(url: "http://x/", soapAction: "", soapVersion: .soap12, body: [])
        #expect(Self.headers(request12) == ["Content-Type: application/soap+xml; charset=utf-8; action=\"\""])
    }
}
