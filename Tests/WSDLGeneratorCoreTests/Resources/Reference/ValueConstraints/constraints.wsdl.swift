// smsc-wsdl-gen wrote this file from constraints.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Constraints`, port `ConstraintsSoap`, binding `ConstraintsSoap` (SOAP 1.1, document/literal).

public import Foundation
@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `constraints.wsdl`.
///
/// Port type `ConstraintsPort` through binding `ConstraintsSoap` (SOAP 1.1, document/literal) at port `ConstraintsSoap` of service `Constraints`.
public enum ConstraintsSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:constraints", address: "http://127.0.0.1:8080/constraints", namespaces: ["urn:example:constraints"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["quote"]

    /// WSDL operation `quote` of port type `ConstraintsPort`.
    ///
    /// Input element `quote`, output element `quoteResponse`, soapAction `urn:example:constraints#quote`.
    public enum Quote: SOAPRuntime.SOAPOperation {
        /// The input body element `quote`.
        public typealias Input = ConstraintsSOAP.QuoteRequest

        /// The output body element `quoteResponse`.
        public typealias Output = ConstraintsSOAP.QuoteResponse

        /// The WSDL operation name.
        public static let operationName = "quote"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:constraints#quote"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            ConstraintsSOAP.service
        }
    }

    /// WSDL element `quote` (input of operation `quote`).
    public struct QuoteRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "quote"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `version`: xsd:string, required.
        ///
        /// Fixed `2.1`: no other value is written or read; an empty element reads as it.
        public var version: Swift.String
        /// WSDL element `currency`: xsd:string, required.
        ///
        /// Default `EUR`: an empty element reads as it.
        public var currency: Swift.String
        /// WSDL element `quantity`: xsd:int, optional.
        ///
        /// Default `1`: an empty element reads as it.
        public var quantity: Swift.Int32?
        /// WSDL element `unit`: xsd:string, 0 to unbounded times.
        ///
        /// Fixed `kg`: no other value is written or read; an empty element reads as it.
        public var unit: [Swift.String]

        /// Creates a value from its fields.
        public init(version: Swift.String, currency: Swift.String, quantity: Swift.Int32? = nil, unit: [Swift.String] = []) {
            self.version = version
            self.currency = currency
            self.quantity = quantity
            self.unit = unit
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 3)
            values["version"] = self.version.soapLexicalForm
            values["currency"] = self.currency.soapLexicalForm
            if let value = self.quantity {
                values["quantity"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.checkFixed(self.version, "2.1", of: "version")
            try writer.writeElement("version", namespaceIndex: 1, value: self.version)
            try writer.writeElement("currency", value: self.currency)
            if let value = self.quantity {
                try writer.writeElement("quantity", value: value)
            }
            try writer.checkFixed(self.unit, "kg", of: "unit")
            for item in self.unit {
                try writer.writeElement("unit", value: item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var version: Swift.String? = nil
            var currency: Swift.String? = nil
            var quantity: Swift.Int32? = nil
            var unit: [Swift.String] = []
            for child in element.children {
                switch child.localName {
                case "version":
                    version = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: version, from: child, in: element, xsdType: "xsd:string", constraint: .fixed("2.1"))
                case "currency":
                    currency = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: currency, from: child, in: element, xsdType: "xsd:string", constraint: .defaultValue("EUR"))
                case "quantity":
                    quantity = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int32.self, current: quantity, from: child, in: element, xsdType: "xsd:int", constraint: .defaultValue("1"))
                case "unit":
                    unit.append(try SOAPRuntime.SOAPDecoding.scalarItem(Swift.String.self, from: child, in: element, xsdType: "xsd:string", constraint: .fixed("kg")))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.version = try SOAPRuntime.SOAPDecoding.required(version, "version", in: element)
            self.currency = try SOAPRuntime.SOAPDecoding.required(currency, "currency", in: element)
            self.quantity = quantity
            self.unit = unit
        }
    }

    /// WSDL element `quoteResponse` (output of operation `quote`).
    public struct QuoteResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "quoteResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `price`: xsd:decimal, required.
        ///
        /// Default `0`: an empty element reads as it.
        public var price: Foundation.Decimal
        /// WSDL element `version`: xsd:string, required.
        ///
        /// Fixed `2.1`: no other value is written or read; an empty element reads as it.
        public var version: Swift.String

        /// Creates a value from its fields.
        public init(price: Foundation.Decimal, version: Swift.String) {
            self.price = price
            self.version = version
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["price"] = self.price.soapLexicalForm
            values["version"] = self.version.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("price", value: self.price)
            try writer.checkFixed(self.version, "2.1", of: "version")
            try writer.writeElement("version", namespaceIndex: 1, value: self.version)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var price: Foundation.Decimal? = nil
            var version: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "price":
                    price = try SOAPRuntime.SOAPDecoding.scalar(Foundation.Decimal.self, current: price, from: child, in: element, xsdType: "xsd:decimal", constraint: .defaultValue("0"))
                case "version":
                    version = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: version, from: child, in: element, xsdType: "xsd:string", constraint: .fixed("2.1"))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.price = try SOAPRuntime.SOAPDecoding.required(price, "price", in: element)
            self.version = try SOAPRuntime.SOAPDecoding.required(version, "version", in: element)
        }
    }
}
