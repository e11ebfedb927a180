public import SOAPXML

/// The output of a one-way operation (a WSDL operation with an input and no output): the service answers with an
/// HTTP 2xx status and no body element (usually `202 Accepted` and no body at all), unless it faults.
///
/// ``SOAPClient`` returns it for any 2xx reply that holds no fault; a fault is still a
/// ``SOAPCallError/Code/fault``.
public struct SOAPNoResponse: SOAPBodyElement, Hashable {
    /// There is no body element; generated code never writes or reads one.
    public static let elementName = ""
    public static let namespaceIndex = 0

    /// The output of a one-way call, as ``SOAPClient`` returns it for a 2xx reply without a fault.
    public init() {}

    /// Accepts any element: nothing is read.
    public init(decoding element: XMLTree.Element) {}

    /// Writes nothing.
    public func encodeContent(to writer: inout SOAPXMLWriter) {}
}
