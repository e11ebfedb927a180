import SMSC

/// The WSDL the sandbox serves at `?wsdl`: the one the client was generated from, with its targetNamespace,
/// soapActions and address moved onto the URL the caller used, as the real service does for each of its hosts.
enum WSDLPublisher {
    static func document(forServiceURL url: String) -> [UInt8] {
        let original = SMSCSOAP.service.address
        var text = SMSCSOAP.wsdlDocument
        // The recorded WSDL uses one URL for all three; the targetNamespace is checked to be it too, so a changed
        // WSDL cannot silently publish a half-rebased contract.
        precondition(SMSCSOAP.service.targetNamespace == original, "the WSDL's targetNamespace and address differ; rebase both")
        text = text.replacingOccurrences(of: "\"\(original)\"", with: "\"\(xmlEscaped(url))\"")
        return Array(text.utf8)
    }

    private static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
