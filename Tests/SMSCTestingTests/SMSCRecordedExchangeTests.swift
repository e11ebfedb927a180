import Foundation
import SOAPRuntime
import Testing

@testable import SMSCTesting

/// The fixture format: what is written reads back the same, and hand-edited files read as people expect.
struct SMSCRecordedExchangeTests {
    static let exchange = SMSCRecordedExchange(
        request: SOAPRequest(
            url: "http://127.0.0.1:8080/sys/soap.php",
            soapAction: "http://127.0.0.1:8080/sys/soap.php",
            soapVersion: .soap11,
            body: Array("<?xml version=\"1.0\"?>\n<e>line\n\nHTTP/1.1 inside text is fine</e>\n".utf8)
        ),
        response: SOAPHTTPResponse(
            status: 200, headers: ["Content-Type": "text/xml; charset=utf-8"], body: Array("<reply/>".utf8))
    )

    @Test func whatIsWrittenReadsBackTheSame() throws {
        let text = Self.exchange.httpText
        let read = try SMSCRecordedExchange(httpText: text, path: "x.http")
        #expect(read == Self.exchange)
        let written = String(decoding: text, as: UTF8.self)
        #expect(
            written.hasPrefix(
                "POST /sys/soap.php HTTP/1.1\nHost: 127.0.0.1:8080\nContent-Type: text/xml; "
                    + "charset=utf-8\nSOAPAction: \"http://127.0.0.1:8080/sys/soap.php\"\n"
            ))
        #expect(
            written.contains(
                "\nHTTP/1.1 200 OK\nContent-Type: text/xml; charset=utf-8\nContent-Length: 8\n\n<reply/>\n"))
    }

    @Test func emptyBodiesAndCRLFLinesRead() throws {
        let text =
            "POST /sys/soap.php HTTP/1.1\r\nHost: smsc.ru\r\nSOAPAction: "
                + "\"https://smsc.ru/sys/soap.php\"\r\n\r\nHTTP/1.1 503 Service Unavailable\r\n\r\n"
        let read = try SMSCRecordedExchange(httpText: Array(text.utf8), path: "x.http")
        #expect(read.request.url == "http://smsc.ru/sys/soap.php")
        #expect(read.request.soapAction == "https://smsc.ru/sys/soap.php")
        #expect(read.request.body.isEmpty)
        #expect(read.response.status == 503)
        #expect(read.response.body.isEmpty)
    }

    @Test func contentLengthIsRecomputedSoBodiesCanBeEdited() throws {
        let text =
            "POST /sys/soap.php HTTP/1.1\nHost: h\nContent-Length: 3\n\n<a>edited</a>\nHTTP/1.1 200 "
                + "OK\nContent-Length: 1\n\n<b>edited too</b>\n"
        let read = try SMSCRecordedExchange(httpText: Array(text.utf8), path: "x.http")
        #expect(read.request.body == Array("<a>edited</a>".utf8))
        #expect(read.response.body == Array("<b>edited too</b>".utf8))
        #expect(read.response.headers.fields.isEmpty)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\n\n", "the first line must be a request line such as `POST /sys/soap.php HTTP/1.1`"),
        (
            "POST / HTTP/1.1\nHost: h\n\n<a/>\n",
            "no response follows the request: a line `HTTP/1.1 <status> <reason>` must start it"
        ),
        (
            "POST / HTTP/1.1\n\n<a/>\nHTTP/1.1 OK\n\n",
            "the response must start with a status line such as `HTTP/1.1 200 OK`"
        ),
    ])
    func malformedFixturesAreNamedWithWhatIsWrong(text: String, reason: String) {
        #expect(throws: SMSCFixtureError(path: "bad.http", reason: reason)) {
            try SMSCRecordedExchange(httpText: Array(text.utf8), path: "bad.http")
        }
    }

    /// The project's own fixtures are in this format (SMSCTests reads and replays them); each reads, and writes back
    /// to the same exchange.
    @Test func theProjectsEnvelopeFixturesReadAndRoundTrip() throws {
        let envelopes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SMSCTests/Fixtures/envelopes")
        let names = try FileManager.default.contentsOfDirectory(atPath: envelopes.path).filter { $0.hasSuffix(".http") }
        #expect(names.count == 10)
        for name in names {
            let text = Array(try Data(contentsOf: envelopes.appendingPathComponent(name)))
            let exchange = try SMSCRecordedExchange(httpText: text, path: name)
            #expect(exchange.request.soapAction == "https://smsc.ru/sys/soap.php", "\(name)")
            #expect(exchange.request.url == "http://smsc.ru/sys/soap.php", "\(name)")
            #expect(
                String(decoding: exchange.request.body, as: UTF8.self).hasPrefix(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SOAP-ENV:Envelope"))
            // PHP's SoapClient and SoapServer end their envelopes with a line feed; the file's own separator is the one
            // after it.
            #expect(
                String(decoding: exchange.request.body, as: UTF8.self).hasSuffix("</SOAP-ENV:Envelope>\n"), "\(name)")
            #expect(
                String(decoding: exchange.response.body, as: UTF8.self).hasSuffix("</SOAP-ENV:Envelope>\n"), "\(name)")
            #expect(exchange.response.status == (name.hasPrefix("08") ? 500 : 200), "\(name)")
            #expect(try SMSCRecordedExchange(httpText: exchange.httpText, path: name) == exchange, "\(name)")
        }
    }
}
