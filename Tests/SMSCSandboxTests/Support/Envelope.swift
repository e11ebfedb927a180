/// Envelopes as PHP's SoapClient writes them, in the sandbox's namespace.
enum Envelope {
    static func request(_ element: String, namespace: String, _ fields: [(String, String)]) -> String {
        let children = fields.map { "<\($0.0)>\(escaped($0.1))</\($0.0)>" }.joined()
        return
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SOAP-ENV:Envelope "
                + "xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:ns1=\"\(namespace)\"><SOAP-ENV:Body><ns1:\(element)>\(children)</ns1:\(element)></SOAP-ENV:Body></SOAP-ENV:Envelope>\n"
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
