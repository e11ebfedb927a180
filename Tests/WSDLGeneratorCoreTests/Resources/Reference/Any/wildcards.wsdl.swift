// smsc-wsdl-gen wrote this file from wildcards.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Any`, port `AnySoap`, binding `AnySoap` (SOAP 1.1, document/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `wildcards.wsdl`.
///
/// Port type `AnyPort` through binding `AnySoap` (SOAP 1.1, document/literal) at port `AnySoap` of service `Any`.
public enum WildcardsSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:any", address: "http://127.0.0.1:8080/any", namespaces: ["urn:example:any"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["submit"]

    /// WSDL operation `submit` of port type `AnyPort`.
    ///
    /// Input element `submit`, output element `submitResponse`, soapAction `urn:example:any#submit`.
    public enum Submit: SOAPRuntime.SOAPOperation {
        /// The input body element `submit`.
        public typealias Input = WildcardsSOAP.SubmitRequest

        /// The output body element `submitResponse`.
        public typealias Output = WildcardsSOAP.SubmitResponse

        /// The WSDL operation name.
        public static let operationName = "submit"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:any#submit"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            WildcardsSOAP.service
        }
    }

    /// WSDL element `submit` (input of operation `submit`).
    public struct SubmitRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "submit"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `id`: xsd:string, required.
        public var id: Swift.String
        /// WSDL element `xsd:any`: xsd:any, 0 to unbounded times.
        public var anyElements: [SOAPXML.XMLTree.Element]

        /// Creates a value from its fields.
        public init(id: Swift.String, anyElements: [SOAPXML.XMLTree.Element] = []) {
            self.id = id
            self.anyElements = anyElements
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["id"] = self.id.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("id", value: self.id)
            for item in self.anyElements {
                try writer.writeRawElement(item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var id: Swift.String? = nil
            var anyElements: [SOAPXML.XMLTree.Element] = []
            for child in element.children {
                switch child.localName {
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: id, from: child, in: element, xsdType: "xsd:string")
                default:
                    // The schema's xsd:any: elements no other field takes are kept as they came.
                    anyElements.append(child)
                }
            }
            self.id = try SOAPRuntime.SOAPDecoding.required(id, "id", in: element)
            self.anyElements = anyElements
        }
    }

    /// WSDL element `submitResponse` (output of operation `submit`).
    public struct SubmitResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "submitResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `status`: xsd:string, required.
        public var status: Swift.String
        /// WSDL element `xsd:any`: xsd:any, 0 to unbounded times.
        public var anyElements: [SOAPXML.XMLTree.Element]

        /// Creates a value from its fields.
        public init(status: Swift.String, anyElements: [SOAPXML.XMLTree.Element] = []) {
            self.status = status
            self.anyElements = anyElements
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["status"] = self.status.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("status", value: self.status)
            for item in self.anyElements {
                try writer.writeRawElement(item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var status: Swift.String? = nil
            var anyElements: [SOAPXML.XMLTree.Element] = []
            for child in element.children {
                switch child.localName {
                case "status":
                    status = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: status, from: child, in: element, xsdType: "xsd:string")
                default:
                    // The schema's xsd:any: elements no other field takes are kept as they came.
                    anyElements.append(child)
                }
            }
            self.status = try SOAPRuntime.SOAPDecoding.required(status, "status", in: element)
            self.anyElements = anyElements
        }
    }
}
