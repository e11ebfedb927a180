import SOAPRuntime
import Testing

/// Header lookup and the `charset` a reply declares, which picks the decoder for its body.
struct SOAPHTTPHeadersTests {
    @Test(
        arguments: [
            ("text/xml; charset=utf-8", "utf-8"),
            ("text/xml;charset=windows-1251", "windows-1251"),
            ("text/xml; CharSet = \"koi8-r\" ", "koi8-r"),
            ("application/soap+xml; action=\"urn:a;b\"; charset=utf-8", "utf-8"),
            ("text/xml; boundary=x; charset=UTF-8; q=1", "UTF-8"),
            ("text/xml", nil),
            ("text/xml; charset=", nil),
            ("text/xml; charset=\"\"", nil),
            ("text/xml; charsets=utf-8", nil),
            ("text/xml; xcharset=utf-8", nil),
            ("text/xml; charset", nil),
        ] as [(String, String?)])
    func charsetIsTheContentTypeParameter(contentType: String, charset: String?) {
        let headers: SOAPHTTPHeaders = ["content-TYPE": contentType]
        #expect(headers.contentTypeCharset == charset)
    }

    @Test func noContentTypeMeansNoCharset() {
        let headers: SOAPHTTPHeaders = ["Content-Length": "12"]
        #expect(headers.contentTypeCharset == nil)
    }

    @Test func namesAreMatchedWithoutRegardToASCIICaseOnly() {
        let headers: SOAPHTTPHeaders = ["X-First": "1", "x-first": "2", "SOAPAction": "a"]
        #expect(headers["x-FIRST"] == "1")
        #expect(headers["soapaction"] == "a")
        #expect(headers["soapactio"] == nil)
        #expect(headers["soapactionx"] == nil)
        // Only ASCII letters fold: `@` (0x40) and a backtick (0x60) differ by the case bit but are not letters.
        let symbols: SOAPHTTPHeaders = ["X@": "at"]
        #expect(symbols["x`"] == nil)
        #expect(symbols["x@"] == "at")
    }
}
