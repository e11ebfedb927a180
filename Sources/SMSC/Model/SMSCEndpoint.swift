import SOAPRuntime

/// Where the SMSC SOAP service is reached.
///
/// The service writes its own scheme and host into the namespace and soapAction it expects, so both follow
/// the endpoint (`http://127.0.0.1:8080/sys/soap.php` expects namespace `http://127.0.0.1:8080/sys/soap.php`).
public struct SMSCEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// The absolute `http` or `https` URL requests are posted to.
    public var url: String

    /// An endpoint at any URL, such as a sandbox or a proxy; checked when a client is made.
    public init(url: String) {
        self.url = url
    }

    /// `https://smsc.ru/sys/soap.php`, SMSC's Russian site and the default.
    public static let russia = SMSCEndpoint(url: "https://smsc.ru/sys/soap.php")
    /// `https://smsc.ua/sys/soap.php`, SMSC's Ukrainian site.
    public static let ukraine = SMSCEndpoint(url: "https://smsc.ua/sys/soap.php")
    /// `https://smsc.kz/sys/soap.php`, SMSC's Kazakh site.
    public static let kazakhstan = SMSCEndpoint(url: "https://smsc.kz/sys/soap.php")
    /// `https://smscentre.com/sys/soap.php`, SMSC's international site.
    public static let international = SMSCEndpoint(url: "https://smscentre.com/sys/soap.php")

    /// The vendor's own hosts, where its connection limits apply.
    package var isVendorHost: Bool {
        [Self.russia, .ukraine, .kazakhstan, .international].contains { $0.host == host }
    }

    /// The URL's host, read the same way requests are addressed.
    var host: String? {
        SOAPAddressing.host(of: url)
    }

    public var description: String { url }
}
