public import SOAPXML

/// A WSDL operation: its input and output body elements and where its soapAction comes from.
///
/// The generator emits one conforming type per operation; use ``makeRequest(_:header:addressing:)`` and
/// ``decodeResponse(_:options:)`` around any HTTP client.
public protocol SOAPOperation: Sendable {
    /// The input message's body element.
    associatedtype Input: SOAPBodyElement
    /// The output message's body element.
    associatedtype Output: SOAPBodyElement
    /// The `soap:header` blocks of the input: a struct with a property per header element, which writes them into
    /// the envelope's `Header`; ``SOAPNoHeader`` when the binding declares none.
    associatedtype InputHeader: SOAPElementEncodable = SOAPNoHeader
    /// The `soap:header` blocks of the output, read from the reply's `Header`; ``SOAPNoHeader`` when the binding
    /// declares none.
    associatedtype OutputHeader: SOAPElementDecodable = SOAPNoHeader

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
    /// - Parameters:
    ///   - input: The body element.
    ///   - header: The `soap:header` blocks to send; `nil` sends no `Header`.
    ///   - addressing: Endpoint, namespaces and soapAction.
    /// - Throws: ``SOAPEncodingError`` naming the field when a value cannot be sent; nothing is sent then.
    public static func makeRequest(
        _ input: Input,
        header: InputHeader? = nil,
        addressing: SOAPAddressing
    ) throws(SOAPEncodingError) -> SOAPRequest {
        SOAPRequest(
            url: addressing.endpoint,
            soapAction: addressing.soapAction(forWSDLAction: wsdlSOAPAction),
            soapVersion: service.soapVersion,
            body: try SOAPEnvelope.encode(
                input,
                header: header,
                version: service.soapVersion,
                namespaces: addressing.namespaces
            )
        )
    }

    /// Decodes a response envelope's body element.
    ///
    /// - Throws: ``SOAPEnvelopeError``, including ``SOAPEnvelopeError/fault(_:)`` for a SOAP fault.
    public static func decodeResponse(
        _ bytes: some Sequence<UInt8>,
        options: XMLParsingOptions = .init()
    ) throws(SOAPEnvelopeError) -> Output {
        try SOAPEnvelope.decode(Output.self, from: bytes, options: options)
    }

    /// Decodes a response envelope's body element and its `soap:header` blocks.
    ///
    /// - Throws: ``SOAPEnvelopeError``, including ``SOAPEnvelopeError/fault(_:)`` for a SOAP fault and
    ///   ``SOAPEnvelopeError/Code/invalidHeader`` for header blocks that do not match the schema.
    public static func decodeResponseWithHeader(
        _ bytes: some Sequence<UInt8>,
        options: XMLParsingOptions = .init()
    ) throws(SOAPEnvelopeError) -> (body: Output, header: OutputHeader) {
        let tree: XMLTree
        do {
            tree = try XMLTree(parsing: bytes, options: options)
        } catch {
            throw .invalidXML(error)
        }
        return (
            try SOAPEnvelope.decode(Output.self, from: tree),
            try SOAPEnvelope.decodeHeader(OutputHeader.self, from: tree)
        )
    }
}
