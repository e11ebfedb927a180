/// Namespace URIs of the vocabularies a WSDL 1.1 document mixes.
enum XMLNamespaces {
    static let wsdl = "http://schemas.xmlsoap.org/wsdl/"
    static let wsdl20 = "http://www.w3.org/ns/wsdl"
    static let soap11Binding = "http://schemas.xmlsoap.org/wsdl/soap/"
    static let soap12Binding = "http://schemas.xmlsoap.org/wsdl/soap12/"
    static let httpBinding = "http://schemas.xmlsoap.org/wsdl/http/"
    static let xmlSchema = "http://www.w3.org/2001/XMLSchema"
    /// The namespaces of the XML Schema drafts before the 2001 Recommendation, which old toolkits (early .NET and
    /// Apache SOAP) still write: named in a diagnostic rather than read.
    static let obsoleteXMLSchemas = ["http://www.w3.org/1999/XMLSchema", "http://www.w3.org/2000/10/XMLSchema"]
    /// Namespaces WSDLs import with no `schemaLocation` without using them: SOAP 1.1 encoding and the XML namespace.
    static let importedByHabit: Set<String> = [soap11Encoding, xml]
    /// SOAP 1.1 section 5 encoding, whose `Array` rpc/encoded WSDLs restrict.
    static let soap11Encoding = "http://schemas.xmlsoap.org/soap/encoding/"
    /// The namespace bound to the `xml` prefix (`xml:lang`).
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let soap11HTTPTransport = "http://schemas.xmlsoap.org/soap/http"
    /// SOAP 1.2's own identifier of its HTTP binding, which WSDLs with `soap12:binding` use as often as the one above.
    static let soap12HTTPTransport = "http://www.w3.org/2003/05/soap/bindings/HTTP/"
}
