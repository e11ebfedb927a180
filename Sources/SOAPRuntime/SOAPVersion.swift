/// The SOAP protocol version of a binding.
public enum SOAPVersion: Sendable, Hashable, CustomStringConvertible {
    /// SOAP 1.1 (`soap:binding`): `text/xml` and a `SOAPAction` header.
    case soap11
    /// SOAP 1.2 (`soap12:binding`): `application/soap+xml` with an `action` parameter.
    case soap12

    /// The namespace of `Envelope`, `Body` and `Fault`.
    public var envelopeNamespace: String {
        switch self {
        case .soap11: "http://schemas.xmlsoap.org/soap/envelope/"
        case .soap12: "http://www.w3.org/2003/05/soap-envelope"
        }
    }

    /// The prefix PHP's SoapClient uses for the envelope namespace; kept for byte-for-byte parity.
    public var envelopePrefix: String {
        switch self {
        case .soap11: "SOAP-ENV"
        case .soap12: "env"
        }
    }

    /// The HTTP headers that carry the content type and the action for this version.
    ///
    /// - Parameter soapAction: The operation's soapAction.
    /// - Returns: Header name and value pairs, in the order they should be sent.
    public func httpHeaders(soapAction: String) -> [(name: String, value: String)] {
        switch self {
        case .soap11:
            [("Content-Type", "text/xml; charset=utf-8"), ("SOAPAction", "\"\(soapAction)\"")]
        case .soap12:
            [("Content-Type", "application/soap+xml; charset=utf-8; action=\"\(soapAction)\"")]
        }
    }

    public var description: String {
        switch self {
        case .soap11: "SOAP 1.1"
        case .soap12: "SOAP 1.2"
        }
    }
}
