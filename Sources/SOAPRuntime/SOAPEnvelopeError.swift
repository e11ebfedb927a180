public import SOAPXML

/// Why a SOAP message could not be read as the expected body element.
public enum SOAPEnvelopeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are not acceptable XML (malformed, too large, too deep, with a DOCTYPE, …).
    case invalidXML(XMLParsingError)
    /// The document element is not a SOAP 1.1 or 1.2 `Envelope`.
    case notAnEnvelope(found: XMLTree.QualifiedName)
    /// The envelope has no `Body`, or the body has no element.
    case missingBody
    /// The body holds a fault.
    case fault(SOAPFault)
    /// The body holds an element other than the expected one.
    case unexpectedBodyElement(expected: String, found: XMLTree.QualifiedName)
    /// The body element does not match its schema.
    case invalidBody(SOAPDecodingError)

    public var description: String {
        switch self {
        case .invalidXML(let error): "not acceptable XML: \(error)"
        case .notAnEnvelope(let found): "not a SOAP envelope: the document element is \(found)"
        case .missingBody: "the SOAP envelope has no body element"
        case .fault(let fault): fault.description
        case .unexpectedBodyElement(let expected, let found): "expected body element `\(expected)`, found \(found)"
        case .invalidBody(let error): "the SOAP body does not match the schema: \(error)"
        }
    }
}
