import SOAPRuntime
import SOAPXML
import Testing

/// `SOAPClient` reads a reply in the encoding the document names (byte-order mark, first bytes, XML declaration), as
/// PHP's `SoapClient` and zeep do, and uses the `Content-Type` charset only for a reply that names none.
struct SOAPClientEncodingTests {
    /// A reply to `echo` whose text is "Привет", after `declaration`.
    static func reply(declaration: String) -> String {
        declaration + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"\(TestXML.soap11Namespace)\""
            + " xmlns:ns1=\"http://127.0.0.1:9/sys/soap.php\"><SOAP-ENV:Body><ns1:echoResponse><result><text>Привет"
            + "</text></result><codes>7</codes></ns1:echoResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>\n"
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    /// `text` in windows-1251: ASCII as is, А..я as 0xC0..0xFF (the only other letters these replies hold).
    static func windows1251(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0..<0x80: UInt8(scalar.value)
            case 0x410...0x44F: UInt8(scalar.value - 0x410 + 0xC0)
            default: preconditionFailure("no windows-1251 code for \(scalar) in this table")
            }
        }
    }

    struct Reply: Sendable, CustomTestStringConvertible {
        var name: String
        var contentType: String
        var body: [UInt8]
        var testDescription: String { name }
    }

    static let replies: [Reply] = [
        Reply(
            name: "UTF-16LE with a mark and a UTF-16 declaration, labelled utf-8",
            contentType: "text/xml; charset=utf-8",
            body: [0xFF, 0xFE]
                + utf16(reply(declaration: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"), bigEndian: false)
        ),
        Reply(
            name: "UTF-16BE with a mark, labelled windows-1251",
            contentType: "text/xml; charset=windows-1251",
            body: [0xFE, 0xFF] + utf16(reply(declaration: ""), bigEndian: true)
        ),
        Reply(
            name: "declared windows-1251, labelled utf-8",
            contentType: "text/xml; charset=utf-8",
            body: windows1251(reply(declaration: "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n"))
        ),
        Reply(
            name: "windows-1251 without a declaration, labelled windows-1251",
            contentType: "text/xml; charset=windows-1251",
            body: windows1251(reply(declaration: ""))
        ),
    ]

    @Test(arguments: replies)
    func aReplyIsReadInTheEncodingItNamesOrElseTheCharset(reply: Reply) async throws {
        let client = SOAPClientTests.client { _ in
            SOAPHTTPResponse(status: 200, headers: ["Content-Type": reply.contentType], body: reply.body)
        }
        let output = try await client.send(EchoOperation.self, Echo(text: "hi"), addressing: SOAPClientTests.addressing)
            .body
        #expect(output == EchoResponse(result: Echo(text: "Привет"), codes: [7]))
    }

    @Test
    func anUnknownCharsetFailsOnlyAReplyThatNamesNoEncoding() async throws {
        let contentType = "text/xml; charset=x-no-such-encoding"
        let declared = SOAPClientTests.client { _ in
            SOAPHTTPResponse(
                status: 200,
                headers: ["Content-Type": contentType],
                body: TestXML.bytes(Self.reply(declaration: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
            )
        }
        let output = try await declared.send(
            EchoOperation.self, Echo(text: "hi"), addressing: SOAPClientTests.addressing
        ).body
        #expect(output.result.text == "Привет")

        let undeclared = SOAPClientTests.client { _ in
            SOAPHTTPResponse(
                status: 200, headers: ["Content-Type": contentType], body: TestXML.bytes(Self.reply(declaration: "")))
        }
        do {
            _ = try await undeclared.send(EchoOperation.self, Echo(text: "hi"), addressing: SOAPClientTests.addressing)
                .body
            Issue.record("a reply in an unknown charset was read")
        } catch {
            #expect(error.code == .invalidResponse)
            #expect(error.envelopeError?.xmlError?.kind == .unsupportedEncoding)
            #expect(error.envelopeError?.xmlError?.message.contains("x-no-such-encoding") == true)
        }
    }
}
