public import SOAPXML

/// A WSDL operation: its input and output body elements and where its soapAction comes from.
///
/// The generator emits one conforming type per operation; use ``makeRequest(_:addressing:)`` and
/// ``decodeResponse(_:options:)`` around any HTTP client.
public protocol SOAPOperation: Sendable {
    /// The input message's body element.
    associatedtype Input: SOAPBodyElement
    /// The output message's body element.
    associatedtype Output: SOAPBodyElement

    /// The WSDL operation name (`send_sms`).
    static var operationName: String { get }
    /// The soapAction the WSDL declares for the operation.
    static var wsdlSOAPAction: String { get }
    /// The port the operation belongs to.
    static var service: SOAPServiceDescription { get }
}

extension SOAPOperation {
    /// Builds the request for `input`, addressed as `addressing` says.
    ///
    /// - Throws: ``SOAPEncodingError`` naming the field when a value cannot be sent; nothing is sent then.
    public static func makeRequest(_ input: Input, addressing: SOAPAddressing) throws(SOAPEncodingError) -> SOAPRequest {
        SOAPRequest(
            url: addressing.endpoint,
            soapAction: addressing.soapAction(forWSDLAction: wsdlSOAPAction),
            soapVersion: service.soapVersion,
            body: try SOAPEnvelope.encode(input, version: service.soapVersion, namespaces: addressing.namespaces)
        )
    }

    /// Decodes a response envelope.
    ///
    /// - Throws: ``SOAPEnvelopeError``, including ``SOAPEnvelopeError/fault(_:)`` for a SOAP fault.
    public static func decodeResponse(_ bytes: some Sequence<UInt8>, options: XMLParsingOptions = .init()) throws(SOAPEnvelopeError) -> Output {
        try SOAPEnvelope.decode(Output.self, from: bytes, options: options)
    }
}
