public import SOAPXML

/// A value that can write itself as the content of an XML element.
public protocol SOAPElementEncodable: Sendable {
    /// Writes the element's attributes with `SOAPXMLWriter.writeAttribute(_:namespaceIndex:value:)`: the caller has
    /// written `<name` and writes `>` after. Types without attributes keep the default, which writes nothing.
    func encodeAttributes(to writer: inout SOAPXMLWriter) throws(SOAPEncodingError)

    /// Writes the element's children or text (the caller writes the start and end tags).
    func encodeContent(to writer: inout SOAPXMLWriter) throws(SOAPEncodingError)
}

extension SOAPElementEncodable {
    /// No attributes.
    @inlinable
    public func encodeAttributes(to writer: inout SOAPXMLWriter) throws(SOAPEncodingError) {}
}

/// A value that can read itself from an XML element.
///
/// Decoders generated from a schema match children by local name, in any order, and skip elements they do
/// not know: services add fields over time.
public protocol SOAPElementDecodable: Sendable {
    /// Decodes the value from `element`.
    ///
    /// - Throws: ``SOAPDecodingError`` when a required child is missing, a single-valued child repeats, or a
    ///   value does not parse as its schema type.
    init(decoding element: XMLTree.Element) throws(SOAPDecodingError)
}

/// A value that can be written to and read from an XML element.
public typealias SOAPElementCodable = SOAPElementEncodable & SOAPElementDecodable

/// A global schema element that travels as the single child of a SOAP `Body`.
public protocol SOAPBodyElement: SOAPElementCodable {
    /// The element's local name.
    static var elementName: String { get }
    /// The element's namespace as an index into the message's namespace table (1 is `ns1`; 0 unqualified).
    static var namespaceIndex: Int { get }
    /// Whether a reply's body element is read whatever its name: the output wrapper of an rpc-style operation, whose
    /// name "is not significant" (SOAP 1.1, 7.1): PHP and JAX-WS write `operationResponse`, zeep the message's name.
    static var acceptsAnyElementName: Bool { get }
}

extension SOAPBodyElement {
    /// Document style: the body element must have its schema name.
    public static var acceptsAnyElementName: Bool { false }
}
