// smsc-wsdl-gen wrote this file from list.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `List`, port `ListSoap`, binding `ListSoap` (SOAP 1.1, document/literal).

public import Foundation
@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `list.wsdl`.
///
/// Port type `ListPort` through binding `ListSoap` (SOAP 1.1, document/literal) at port `ListSoap` of service `List`.
public enum ListSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:list", address: "http://127.0.0.1:8080/list", namespaces: ["urn:example:list"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["stock"]

    /// WSDL operation `stock` of port type `ListPort`.
    ///
    /// Input element `stock`, output element `stockResponse`, soapAction `urn:example:list#stock`.
    public enum Stock: SOAPRuntime.SOAPOperation {
        /// The input body element `stock`.
        public typealias Input = ListSOAP.StockRequest

        /// The output body element `stockResponse`.
        public typealias Output = ListSOAP.StockResponse

        /// The WSDL operation name.
        public static let operationName = "stock"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:list#stock"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            ListSOAP.service
        }
    }

    /// WSDL element `stock` (input of operation `stock`).
    public struct StockRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "stock"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `codes`: tns:Codes, required.
        ///
        /// Restricted by the schema: list of xsd:int.
        public var codes: [Swift.Int32]
        /// WSDL element `sizes`: tns:Sizes, optional.
        ///
        /// Restricted by the schema: list of tns:Size.
        public var sizes: [ListSOAP.Size]?
        /// WSDL element `weights`: anonymous simpleType, optional.
        ///
        /// Restricted by the schema: list of xsd:decimal.
        public var weights: [Foundation.Decimal]?

        /// Creates a value from its fields.
        public init(codes: [Swift.Int32], sizes: [ListSOAP.Size]? = nil, weights: [Foundation.Decimal]? = nil) {
            self.codes = codes
            self.sizes = sizes
            self.weights = weights
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 3)
            values["codes"] = self.codes.soapLexicalForm
            if let value = self.sizes {
                values["sizes"] = value.soapLexicalForm
            }
            if let value = self.weights {
                values["weights"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("codes", value: self.codes)
            if let value = self.sizes {
                try writer.writeElement("sizes", value: value)
            }
            if let value = self.weights {
                try writer.writeElement("weights", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var codes: [Swift.Int32]? = nil
            var sizes: [ListSOAP.Size]? = nil
            var weights: [Foundation.Decimal]? = nil
            for child in element.children {
                switch child.localName {
                case "codes":
                    codes = try SOAPRuntime.SOAPDecoding.scalar([Swift.Int32].self, current: codes, from: child, in: element, xsdType: "tns:Codes")
                case "sizes":
                    sizes = try SOAPRuntime.SOAPDecoding.scalar([ListSOAP.Size].self, current: sizes, from: child, in: element, xsdType: "tns:Sizes")
                case "weights":
                    weights = try SOAPRuntime.SOAPDecoding.scalar([Foundation.Decimal].self, current: weights, from: child, in: element, xsdType: "anonymous simpleType")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.codes = try SOAPRuntime.SOAPDecoding.required(codes, "codes", in: element)
            self.sizes = sizes
            self.weights = weights
        }
    }

    /// WSDL element `stockResponse` (output of operation `stock`).
    public struct StockResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "stockResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `codes`: tns:Codes, required.
        ///
        /// Restricted by the schema: list of xsd:int.
        public var codes: [Swift.Int32]

        /// Creates a value from its fields.
        public init(codes: [Swift.Int32]) {
            self.codes = codes
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["codes"] = self.codes.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("codes", value: self.codes)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var codes: [Swift.Int32]? = nil
            for child in element.children {
                switch child.localName {
                case "codes":
                    codes = try SOAPRuntime.SOAPDecoding.scalar([Swift.Int32].self, current: codes, from: child, in: element, xsdType: "tns:Codes")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.codes = try SOAPRuntime.SOAPDecoding.required(codes, "codes", in: element)
        }
    }

    /// WSDL simpleType `Size`: one of the values the schema lists, or another the service sent.
    public enum Size: SOAPRuntime.SOAPScalar {
        /// `S`
        case s
        /// `M`
        case m
        /// A value the schema does not list: services add values over time.
        case unknown(Swift.String)

        /// Reads a listed value, or keeps any other as `unknown`; never fails.
        public init?(soapLexicalForm text: Swift.String) {
            switch text {
            case "S": self = .s
            case "M": self = .m
            default: self = .unknown(text)
            }
        }

        /// The value as written on the wire.
        public var soapLexicalForm: Swift.String {
            switch self {
            case .s: "S"
            case .m: "M"
            case .unknown(let text): text
            }
        }
    }
}
