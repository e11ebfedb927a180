// smsc-wsdl-gen wrote this file from service.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Accounts`, port `AccountsSoap`, binding `AccountsSoap` (SOAP 1.1, document/literal).

public import Foundation
@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `service.wsdl`.
///
/// Port type `AccountsPort` through binding `AccountsSoap` (SOAP 1.1, document/literal) at port `AccountsSoap` of service `Accounts`.
public enum ServiceSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:accounts:service", address: "http://127.0.0.1:8080/accounts", namespaces: ["urn:example:accounts:types"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["lookup"]

    /// WSDL operation `lookup` of port type `AccountsPort`.
    ///
    /// Input element `lookup`, output element `lookupResponse`, soapAction `urn:example:accounts#lookup`.
    public enum Lookup: SOAPRuntime.SOAPOperation {
        /// The input body element `lookup`.
        public typealias Input = ServiceSOAP.LookupRequest

        /// The output body element `lookupResponse`.
        public typealias Output = ServiceSOAP.LookupResponse

        /// The WSDL operation name.
        public static let operationName = "lookup"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:accounts#lookup"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            ServiceSOAP.service
        }
    }

    /// WSDL element `lookup` (input of operation `lookup`).
    public struct LookupRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "lookup"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `account`: xsd:string, required.
        public var account: Swift.String

        /// Creates a value from its fields.
        public init(account: Swift.String) {
            self.account = account
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["account"] = self.account.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("account", namespaceIndex: 1, value: self.account)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var account: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "account":
                    account = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: account, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.account = try SOAPRuntime.SOAPDecoding.required(account, "account", in: element)
        }
    }

    /// WSDL element `lookupResponse` (output of operation `lookup`).
    public struct LookupResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "lookupResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `balance`: xsd:decimal, required.
        public var balance: Foundation.Decimal
        /// WSDL element `currency`: xsd:string, optional.
        public var currency: Swift.String?

        /// Creates a value from its fields.
        public init(balance: Foundation.Decimal, currency: Swift.String? = nil) {
            self.balance = balance
            self.currency = currency
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["balance"] = self.balance.soapLexicalForm
            if let value = self.currency {
                values["currency"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("balance", namespaceIndex: 1, value: self.balance)
            if let value = self.currency {
                try writer.writeElement("currency", namespaceIndex: 1, value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var balance: Foundation.Decimal? = nil
            var currency: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "balance":
                    balance = try SOAPRuntime.SOAPDecoding.scalar(Foundation.Decimal.self, current: balance, from: child, in: element, xsdType: "xsd:decimal")
                case "currency":
                    currency = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: currency, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.balance = try SOAPRuntime.SOAPDecoding.required(balance, "balance", in: element)
            self.currency = currency
        }
    }
}
