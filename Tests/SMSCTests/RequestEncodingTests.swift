import Foundation
import SMSC
import SOAPRuntime
import Testing

/// Escaping, invalid characters and endpoint-dependent namespaces in the generated request builders.
struct RequestEncodingTests {
    static let trickyTexts = [
        "Tom & Jerry <3 > all",
        "]]>",
        "<![CDATA[x]]>",
        "line1\r\nline2\rline3\nline4",
        "\r",
        "tab\there",
        "  leading and trailing spaces  ",
        "Привет, мир! 👋🏽",
        "&amp; is not decoded twice",
        "\u{FFFD}\u{10FFFF}e\u{301}",
        "",
    ]

    @Test(arguments: trickyTexts)
    func everyStringRoundTripsThroughTheEnvelope(_ text: String) throws {
        let addressing = try SOAPAddressing(endpoint: "https://smsc.ru/sys/soap.php", service: SMSCSOAP.service)
        let input = SMSCSOAP.SendSMS2Request(
            login: text, psw: text, phones: "79999999999", mes: text, id: text, sender: text, time: text, query: text
        )
        let request = try SMSCSOAP.SendSMS2.makeRequest(input, addressing: addressing)
        let decoded = try SOAPEnvelope.decode(SMSCSOAP.SendSMS2Request.self, from: request.body)
        #expect(decoded == input)
    }

    @Test
    func carriageReturnIsWrittenAsACharacterReference() throws {
        let addressing = try SOAPAddressing(endpoint: "https://smsc.ru/sys/soap.php", service: SMSCSOAP.service)
        let request = try SMSCSOAP.GetSMSCost.makeRequest(
            .init(login: "a", psw: "b", phones: "7", mes: "x\r\ny]]>&<"), addressing: addressing)
        #expect(String(decoding: request.body, as: UTF8.self).contains("<mes>x&#13;\ny]]&gt;&amp;&lt;</mes>"))
    }

    @Test(arguments: [
        ("\u{0}", "U+0000", 5), ("\u{1}", "U+0001", 5), ("\u{1B}", "U+001B", 5), ("\u{FFFE}", "U+FFFE", 5),
        ("\u{FFFF}", "U+FFFF", 5),
    ])
    func charactersXMLCannotCarryAreRefusedNamingTheField(character: String, code: String, position: Int) throws {
        let addressing = try SOAPAddressing(endpoint: "https://smsc.ru/sys/soap.php", service: SMSCSOAP.service)
        let input = SMSCSOAP.SendSMSRequest(
            login: "alex", psw: "123", phones: "79999999999", mes: "Hello\(character)world")
        #expect(
            throws: SOAPEncodingError(
                path: "send/mes",
                rule:
                    "character \(code) at offset \(position) cannot be carried by XML 1.0 (allowed: tab, LF, CR and U+0020 or above, except U+FFFE and U+FFFF)"
            )
        ) {
            try SMSCSOAP.SendSMS.makeRequest(input, addressing: addressing)
        }
    }

    struct Endpoint: Sendable, CustomTestStringConvertible {
        var url: String
        var namespace: String
        var testDescription: String { url }
    }

    @Test(arguments: [
        Endpoint(url: "https://smsc.ru/sys/soap.php", namespace: "https://smsc.ru/sys/soap.php"),
        Endpoint(url: "https://smsc.kz/sys/soap.php", namespace: "https://smsc.kz/sys/soap.php"),
        Endpoint(url: "http://smsc.ua/sys/soap.php", namespace: "http://smsc.ua/sys/soap.php"),
        Endpoint(url: "https://smscentre.com/sys/soap.php", namespace: "https://smscentre.com/sys/soap.php"),
        Endpoint(url: "http://127.0.0.1:8080/sys/soap.php", namespace: "http://127.0.0.1:8080/sys/soap.php"),
        Endpoint(url: "https://SMSC.RU:443/sys/soap.php", namespace: "https://smsc.ru/sys/soap.php"),
    ])
    func namespaceAndSOAPActionFollowTheEndpoint(_ endpoint: Endpoint) throws {
        let addressing = try SOAPAddressing(endpoint: endpoint.url, service: SMSCSOAP.service)
        let request = try SMSCSOAP.GetBalance.makeRequest(.init(login: "alex", psw: "123"), addressing: addressing)
        let body = String(decoding: request.body, as: UTF8.self)
        #expect(body.contains(" xmlns:ns1=\"\(endpoint.namespace)\"><SOAP-ENV:Body><ns1:balance>"))
        #expect(request.soapAction == endpoint.namespace)
        #expect(request.headers.first { $0.name == "SOAPAction" }?.value == "\"\(endpoint.namespace)\"")
        #expect(request.url == endpoint.url)
    }

    @Test
    func explicitNamespaceAndSOAPActionOverrideTheDerivedOnes() throws {
        let addressing = try SOAPAddressing(
            endpoint: "http://proxy.internal/smsc",
            service: SMSCSOAP.service,
            namespace: "https://smsc.ru/sys/soap.php",
            soapAction: "urn:custom"
        )
        let request = try SMSCSOAP.GetBalance.makeRequest(.init(login: "alex", psw: "123"), addressing: addressing)
        #expect(String(decoding: request.body, as: UTF8.self).contains("xmlns:ns1=\"https://smsc.ru/sys/soap.php\""))
        #expect(request.soapAction == "urn:custom")
    }
}

extension RequestEncodingTests {
    @Test(arguments: [
        ("namespace", "urn:a\"b", "must be a URI without spaces, control characters or quotes (found U+0022)"),
        ("namespace", "", "must not be empty"),
        (
            "soapAction", "urn:a\r\nX-Injected: 1",
            "must be a URI without spaces, control characters or quotes (found U+000D)"
        ),
        ("soapAction", "urn:a b", "must be a URI without spaces, control characters or quotes (found U+0020)"),
    ])
    func overridesThatWouldBreakTheEnvelopeOrHeadersAreRefused(field: String, value: String, rule: String) {
        #expect(throws: SOAPEncodingError(path: field, rule: rule)) {
            _ = try SOAPAddressing(
                endpoint: "https://smsc.ru/sys/soap.php",
                service: SMSCSOAP.service,
                namespace: field == "namespace" ? value : nil,
                soapAction: field == "soapAction" ? value : nil
            )
        }
    }
}
