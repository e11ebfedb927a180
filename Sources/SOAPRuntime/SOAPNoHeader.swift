public import SOAPXML

/// The header of an operation whose binding declares no `soap:header`: nothing is written, nothing is read.
///
/// It is the default of ``SOAPOperation/InputHeader`` and ``SOAPOperation/OutputHeader``.
public struct SOAPNoHeader: SOAPElementCodable, Hashable {
    /// The empty header; all its values are equal, since it holds nothing.
    public init() {}

    /// Reads nothing: whatever header blocks a reply carries are not part of the operation.
    public init(decoding element: XMLTree.Element) {}

    /// Writes nothing, so no `Header` element is written.
    public func encodeContent(to writer: inout SOAPXMLWriter) {}
}
