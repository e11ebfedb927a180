import SMSC

/// The WSDL the sandbox serves at `?wsdl`: the one the client was generated from, with its targetNamespace,
/// soapActions and address moved onto the URL the caller used, as the real service does for each of its hosts.
enum WSDLPublisher {
    static func document(forServiceURL url: String) -> [UInt8] {
        // Every attribute value equal to the address or the targetNamespace (soapActions are the namespace in the
        // reconstructed WSDL) moves; the publishing test proves nothing is left on the original host.
        var text = SMSCSOAPDocument.text
        for original in Set([SMSCSOAP.service.address, SMSCSOAP.service.targetNamespace]) {
            text = text.replacingOccurrences(of: "\"\(original)\"", with: "\"\(xmlEscaped(url))\"")
        }
        return Array(text.utf8)
    }

    private static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
