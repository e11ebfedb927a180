import Testing

@testable import SOAPRuntime

@Suite("SOAPAddressing")
struct SOAPAddressingTests {
    /// SMSC's own WSDL: address, target namespace and soapAction are all `https://smsc.ru/sys/soap.php`.
    private static let smsc = SOAPServiceDescription(
        targetNamespace: "https://smsc.ru/sys/soap.php",
        address: "https://smsc.ru/sys/soap.php",
        namespaces: ["https://smsc.ru/sys/soap.php"],
        soapVersion: .soap11,
        rebasesOnEndpoint: true
    )

    /// A WSDL with namespaces on and off the address origin.
    private static let mixed = SOAPServiceDescription(
        targetNamespace: "https://smsc.ru/sys/soap.php",
        address: "https://smsc.ru/sys/soap.php",
        namespaces: [
            "https://smsc.ru/sys/soap.php",
            "urn:x",
            "http://other.example/ns",
            "https://smsc.ru/types/v2?q=1#frag",
            "http://smsc.ru/sys/soap.php",
            "https://smsc.ru:8443/sys/soap.php",
            "https://smsc.ru.evil.example/sys/soap.php",
            "https://SMSC.RU:443/upper",
            "https://smsc.ru",
        ],
        soapVersion: .soap12,
        rebasesOnEndpoint: true
    )

    @Test(
        "namespaces and soapActions on the WSDL's origin move to the endpoint's origin",
        arguments: [
            ("http://127.0.0.1:8080/sys/soap.php", "http://127.0.0.1:8080/sys/soap.php"),
            ("https://smsc.kz/sys/soap.php", "https://smsc.kz/sys/soap.php"),
            ("http://smsc.ua/sys/soap.php", "http://smsc.ua/sys/soap.php"),
            ("https://smsc.ru/sys/soap.php", "https://smsc.ru/sys/soap.php"),
            ("https://SMSC.RU:443/sys/soap.php", "https://smsc.ru/sys/soap.php"),
            ("HTTPS://www.SMSCentre.com/sys/soap.php", "https://www.smscentre.com/sys/soap.php"),
            ("http://smsc.ua:80/sys/soap.php", "http://smsc.ua/sys/soap.php"),
            ("https://smsc.kz:80/sys/soap.php", "https://smsc.kz:80/sys/soap.php"),
            ("http://localhost:443/sys/soap.php", "http://localhost:443/sys/soap.php"),
            ("http://user:secret@127.0.0.1:8080/sys/soap.php", "http://127.0.0.1:8080/sys/soap.php"),
            ("https://user@smsc.ru/sys/soap.php", "https://smsc.ru/sys/soap.php"),
            ("https://us%40er:p@ss@smsc.kz/sys/soap.php", "https://smsc.kz/sys/soap.php"),
            ("http://[::1]:8080/sys/soap.php", "http://[::1]:8080/sys/soap.php"),
            ("https://[2001:DB8::1]:443/sys/soap.php", "https://[2001:db8::1]/sys/soap.php"),
            ("http://[::1]/sys/soap.php", "http://[::1]/sys/soap.php"),
            ("http://u:p@[fe80::1]:9000/x", "http://[fe80::1]:9000/sys/soap.php"),
            // Only the origin is taken from the endpoint: the WSDL URL keeps its own path.
            ("http://127.0.0.1:8080/mock/endpoint?debug=1", "http://127.0.0.1:8080/sys/soap.php"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080/sys/soap.php"),
            ("http://127.0.0.1:8080?x=1", "http://127.0.0.1:8080/sys/soap.php"),
            ("http://127.0.0.1:8080#top", "http://127.0.0.1:8080/sys/soap.php"),
            ("http://host:/sys/soap.php", "http://host/sys/soap.php"),
        ]
    )
    func rebasesOntoEndpoint(endpoint: String, rebased: String) throws {
        let addressing = try SOAPAddressing(endpoint: endpoint, service: Self.smsc)
        #expect(addressing.endpoint == endpoint)
        #expect(addressing.namespaces == [rebased])
        #expect(addressing.soapAction(forWSDLAction: "https://smsc.ru/sys/soap.php") == rebased)
    }

    @Test("URLs off the WSDL's origin are left unchanged; those on it keep their path, query and fragment")
    func onlyTheWSDLOriginIsRebased() throws {
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/sys/soap.php", service: Self.mixed)
        #expect(
            addressing.namespaces == [
                "http://127.0.0.1:8080/sys/soap.php",
                "urn:x",
                "http://other.example/ns",
                "http://127.0.0.1:8080/types/v2?q=1#frag",
                "http://smsc.ru/sys/soap.php",
                "https://smsc.ru:8443/sys/soap.php",
                "https://smsc.ru.evil.example/sys/soap.php",
                "http://127.0.0.1:8080/upper",
                "http://127.0.0.1:8080",
            ]
        )
        #expect(addressing.soapAction(forWSDLAction: "urn:x#send") == "urn:x#send")
        #expect(addressing.soapAction(forWSDLAction: "http://other.example/ns/send") == "http://other.example/ns/send")
        #expect(
            addressing.soapAction(forWSDLAction: "https://smsc.ru/sys/soap.php#send")
                == "http://127.0.0.1:8080/sys/soap.php#send")
        #expect(addressing.soapAction(forWSDLAction: "") == "")
        #expect(addressing.soapAction(forWSDLAction: "https://smsc.ru:443/a") == "http://127.0.0.1:8080/a")
    }

    @Test("without rebasesOnEndpoint, namespaces and soapActions are the WSDL's whatever the endpoint")
    func noRebasingUnlessTheServiceSaysSo() throws {
        var service = Self.smsc
        service.rebasesOnEndpoint = false
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/sys/soap.php", service: service)
        #expect(addressing.endpoint == "http://127.0.0.1:8080/sys/soap.php")
        #expect(addressing.namespaces == ["https://smsc.ru/sys/soap.php"])
        #expect(addressing.soapAction(forWSDLAction: "https://smsc.ru/sys/soap.php") == "https://smsc.ru/sys/soap.php")
    }

    @Test("a WSDL address that is not http(s) rebases nothing")
    func nonHTTPAddress() throws {
        let service = SOAPServiceDescription(
            targetNamespace: "urn:svc",
            address: "urn:svc",
            namespaces: ["urn:svc", "https://smsc.ru/sys/soap.php"],
            soapVersion: .soap11,
            rebasesOnEndpoint: true
        )
        let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/", service: service)
        #expect(addressing.namespaces == ["urn:svc", "https://smsc.ru/sys/soap.php"])
        #expect(addressing.soapAction(forWSDLAction: "https://smsc.ru/sys/soap.php") == "https://smsc.ru/sys/soap.php")
    }

    @Test("an explicit namespace replaces only the target namespace; other entries are still rebased")
    func namespaceOverride() throws {
        let addressing = try SOAPAddressing(
            endpoint: "http://127.0.0.1:8080/sys/soap.php",
            service: Self.mixed,
            namespace: "urn:custom:target"
        )
        #expect(addressing.namespaces[0] == "urn:custom:target")
        #expect(addressing.namespaces[1] == "urn:x")
        #expect(addressing.namespaces[3] == "http://127.0.0.1:8080/types/v2?q=1#frag")
        #expect(addressing.namespaces.count == Self.mixed.namespaces.count)
        // The namespace override does not touch soapActions.
        #expect(
            addressing.soapAction(forWSDLAction: "https://smsc.ru/sys/soap.php") == "http://127.0.0.1:8080/sys/soap.php"
        )
    }

    @Test("an explicit soapAction replaces every operation's soapAction; namespaces are still rebased")
    func soapActionOverride() throws {
        let addressing = try SOAPAddressing(
            endpoint: "https://smsc.kz/sys/soap.php",
            service: Self.smsc,
            soapAction: "urn:fixed-action"
        )
        #expect(addressing.namespaces == ["https://smsc.kz/sys/soap.php"])
        #expect(addressing.soapAction(forWSDLAction: "https://smsc.ru/sys/soap.php") == "urn:fixed-action")
        #expect(addressing.soapAction(forWSDLAction: "urn:anything") == "urn:fixed-action")
    }

    @Test("both overrides together")
    func bothOverrides() throws {
        let addressing = try SOAPAddressing(
            endpoint: "https://smsc.ru/sys/soap.php",
            service: Self.smsc,
            namespace: "https://example.com/ns",
            soapAction: ""
        )
        #expect(addressing.namespaces == ["https://example.com/ns"])
        #expect(addressing.soapAction(forWSDLAction: "https://smsc.ru/sys/soap.php") == "")
    }

    @Test(
        "endpoints that are not absolute http(s) URLs with a host throw for the field endpoint",
        arguments: [
            "ftp://x",
            "ftp://smsc.ru/sys/soap.php",
            "smsc.ru/sys/soap.php",
            "//smsc.ru/sys/soap.php",
            "http://",
            "https://",
            "http:///sys/soap.php",
            "http://host:port/",
            "http://host:80a/",
            "http://host:-1/",
            "http://user@/sys/soap.php",
            "http://:8080/sys/soap.php",
            "http:smsc.ru",
            "http:/smsc.ru/sys/soap.php",
            "https//smsc.ru",
            "mailto:a@smsc.ru",
            "",
            "http://[::1/sys/soap.php",
            "http://[::1]x/sys/soap.php",
            "http://[::1]:x/",
            "httpx://smsc.ru/",
        ]
    )
    func invalidEndpoints(endpoint: String) {
        let error = #expect(throws: SOAPEncodingError.self) {
            _ = try SOAPAddressing(endpoint: endpoint, service: Self.smsc)
        }
        #expect(error?.path == "endpoint")
        #expect(error?.rule == "\"\(endpoint)\" is not an absolute http:// or https:// URL with a host")
        #expect(
            error?.description
                == "field `endpoint`: \"\(endpoint)\" is not an absolute http:// or https:// URL with a host")
    }

    /// The host is copied into every rebased namespace (an XML attribute) and into the request URL, so a host
    /// no URL can have must be refused up front: a NUL would make the envelope unparseable, CR LF would end
    /// up in the HTTP request line.
    @Test(
        "endpoints whose host holds whitespace, controls or nothing between brackets throw for the field endpoint",
        arguments: [
            "http://smsc ru/sys/soap.php",
            "http://x y:80/",
            "http://h\u{0}st/sys/soap.php",
            "http://a\r\nb/sys/soap.php",
            "http://smsc.ru\t/sys/soap.php",
            "http://[]/sys/soap.php",
            "http://[]:8080/sys/soap.php",
        ]
    )
    func invalidHosts(endpoint: String) {
        let error = #expect(throws: SOAPEncodingError.self) {
            _ = try SOAPAddressing(endpoint: endpoint, service: Self.smsc)
        }
        if let error {
            #expect(error.path == "endpoint")
        }
    }

    @Test(
        "origin(of:) lowercases scheme and host, drops user info and default ports",
        arguments: [
            ("https://smsc.ru/sys/soap.php", "https://smsc.ru" as String?),
            ("HTTP://SMSC.UA:80", "http://smsc.ua"),
            ("https://smsc.ru:443?x", "https://smsc.ru"),
            ("https://smsc.ru:0443/", "https://smsc.ru:0443"),
            ("http://a:b@c.example:8080/", "http://c.example:8080"),
            ("http://[::FFFF:127.0.0.1]:80/", "http://[::ffff:127.0.0.1]"),
            ("urn:x", nil),
            ("ftp://smsc.ru/", nil),
            ("http://", nil),
        ]
    )
    func origin(url: String, expected: String?) {
        #expect(SOAPAddressing.origin(of: url) == expected)
    }

    @Test("addressing values compare by their content")
    func hashable() throws {
        let a = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/sys/soap.php", service: Self.smsc)
        let b = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/sys/soap.php", service: Self.smsc)
        let c = try SOAPAddressing(endpoint: "http://127.0.0.1:8080/sys/soap.php", service: Self.smsc, soapAction: "x")
        #expect(a == b)
        #expect(a != c)
    }
}
