import SOAPRuntime
import Testing

@Suite("SOAPVersion")
struct SOAPVersionTests {
    @Test("SOAP 1.1 sends text/xml and a quoted SOAPAction header")
    func soap11Headers() {
        let headers = SOAPVersion.soap11.httpHeaders(soapAction: "https://smsc.ru/sys/soap.php")
        #expect(headers.map(\.name) == ["Content-Type", "SOAPAction"])
        #expect(headers.map(\.value) == ["text/xml; charset=utf-8", "\"https://smsc.ru/sys/soap.php\""])
    }

    @Test("SOAP 1.1 quotes an empty soapAction too")
    func soap11EmptyAction() {
        let headers = SOAPVersion.soap11.httpHeaders(soapAction: "")
        #expect(headers.last?.name == "SOAPAction")
        #expect(headers.last?.value == "\"\"")
    }

    @Test("SOAP 1.2 sends the action as a Content-Type parameter and nothing else")
    func soap12Headers() {
        let headers = SOAPVersion.soap12.httpHeaders(soapAction: "urn:x#send")
        #expect(headers.map(\.name) == ["Content-Type"])
        #expect(headers.map(\.value) == ["application/soap+xml; charset=utf-8; action=\"urn:x#send\""])
    }

    @Test(
        "envelope namespaces, prefixes and descriptions",
        arguments: [
            (SOAPVersion.soap11, "http://schemas.xmlsoap.org/soap/envelope/", "SOAP-ENV", "SOAP 1.1"),
            (SOAPVersion.soap12, "http://www.w3.org/2003/05/soap-envelope", "env", "SOAP 1.2"),
        ])
    func constants(version: SOAPVersion, namespace: String, prefix: String, description: String) {
        #expect(version.envelopeNamespace == namespace)
        #expect(version.envelopePrefix == prefix)
        #expect(version.description == description)
    }
}
