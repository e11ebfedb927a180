// smsc-wsdl-gen wrote this file from choice.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Choice`, port `ChoiceSoap`, binding `ChoiceSoap` (SOAP 1.1, document/literal).

public import Foundation
@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `choice.wsdl`.
///
/// Port type `ChoicePort` through binding `ChoiceSoap` (SOAP 1.1, document/literal) at port `ChoiceSoap` of service `Choice`.
public enum ChoiceSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:choice", address: "http://127.0.0.1:8080/choice", namespaces: ["urn:example:choice"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["pay"]

    /// WSDL operation `pay` of port type `ChoicePort`.
    ///
    /// Input element `pay`, output element `payResponse`, soapAction `urn:example:choice#pay`.
    public enum Pay: SOAPRuntime.SOAPOperation {
        /// The input body element `pay`.
        public typealias Input = ChoiceSOAP.PayRequest

        /// The output body element `payResponse`.
        public typealias Output = ChoiceSOAP.PayResponse

        /// The WSDL operation name.
        public static let operationName = "pay"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:choice#pay"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            ChoiceSOAP.service
        }
    }

    /// WSDL complexType `Card`.
    public struct Card: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `number`: xsd:string, required.
        public var number: Swift.String
        /// WSDL element `expires`: xsd:string, required.
        public var expires: Swift.String

        /// Creates a value from its fields.
        public init(number: Swift.String, expires: Swift.String) {
            self.number = number
            self.expires = expires
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["number"] = self.number.soapLexicalForm
            values["expires"] = self.expires.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("number", value: self.number)
            try writer.writeElement("expires", value: self.expires)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var number: Swift.String? = nil
            var expires: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "number":
                    number = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: number, from: child, in: element, xsdType: "xsd:string")
                case "expires":
                    expires = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: expires, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.number = try SOAPRuntime.SOAPDecoding.required(number, "number", in: element)
            self.expires = try SOAPRuntime.SOAPDecoding.required(expires, "expires", in: element)
        }
    }

    /// WSDL complexType `Payment`.
    public struct Payment: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `card | iban | points`: xsd:choice of `card`, `iban`, `points`, required.
        public var choice: ChoiceSOAP.Payment.Choice

        /// Creates a value from its fields.
        public init(choice: ChoiceSOAP.Payment.Choice) {
            self.choice = choice
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            switch self.choice {
            case .card(let value): try writer.writeElement("card", value: value)
            case .iban(let value): try writer.writeElement("iban", value: value)
            case .points(let value): try writer.writeElement("points", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var choice: ChoiceSOAP.Payment.Choice? = nil
            for child in element.children {
                switch child.localName {
                case "card":
                    choice = try SOAPRuntime.SOAPDecoding.alternative(.card(try SOAPRuntime.SOAPDecoding.elementItem(ChoiceSOAP.Card.self, from: child, in: element, index: nil)), current: choice, from: child, in: element)
                case "iban":
                    choice = try SOAPRuntime.SOAPDecoding.alternative(.iban(try SOAPRuntime.SOAPDecoding.scalarItem(Swift.String.self, from: child, in: element, xsdType: "xsd:string")), current: choice, from: child, in: element)
                case "points":
                    choice = try SOAPRuntime.SOAPDecoding.alternative(.points(try SOAPRuntime.SOAPDecoding.scalarItem(Swift.Int32.self, from: child, in: element, xsdType: "xsd:int")), current: choice, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.choice = try SOAPRuntime.SOAPDecoding.required(choice, "card | iban | points", in: element)
        }

        /// WSDL `xsd:choice`: exactly one of `card`, `iban`, `points`.
        public enum Choice: Swift.Sendable, Swift.Hashable {
            /// Element `card`: tns:Card.
            case card(ChoiceSOAP.Card)
            /// Element `iban`: xsd:string.
            case iban(Swift.String)
            /// Element `points`: xsd:int.
            case points(Swift.Int32)
        }
    }

    /// WSDL complexType `Filter`.
    public struct Filter: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `field`: xsd:string, required.
        public var field: Swift.String
        /// WSDL element `equals | not`: xsd:choice of `equals`, `not`, optional.
        public var choice: ChoiceSOAP.Filter.Choice?

        /// Creates a value from its fields.
        public init(field: Swift.String, choice: ChoiceSOAP.Filter.Choice? = nil) {
            self.field = field
            self.choice = choice
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["field"] = self.field.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("field", value: self.field)
            if let choice = self.choice {
                switch choice {
                case .equals(let value): try writer.writeElement("equals", value: value)
                case .not(let value): try writer.writeElement("not", value: value)
                }
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var field: Swift.String? = nil
            var choice: ChoiceSOAP.Filter.Choice? = nil
            for child in element.children {
                switch child.localName {
                case "field":
                    field = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: field, from: child, in: element, xsdType: "xsd:string")
                case "equals":
                    choice = try SOAPRuntime.SOAPDecoding.alternative(.equals(try SOAPRuntime.SOAPDecoding.scalarItem(Swift.String.self, from: child, in: element, xsdType: "xsd:string")), current: choice, from: child, in: element)
                case "not":
                    choice = try SOAPRuntime.SOAPDecoding.alternative(.not(try SOAPRuntime.SOAPDecoding.elementItem(ChoiceSOAP.Filter.self, from: child, in: element, index: nil)), current: choice, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.field = try SOAPRuntime.SOAPDecoding.required(field, "field", in: element)
            self.choice = choice
        }

        /// WSDL `xsd:choice`: exactly one of `equals`, `not`.
        public indirect enum Choice: Swift.Sendable, Swift.Hashable {
            /// Element `equals`: xsd:string.
            case equals(Swift.String)
            /// Element `not`: tns:Filter.
            case not(ChoiceSOAP.Filter)
        }
    }

    /// WSDL element `pay` (input of operation `pay`).
    public struct PayRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "pay"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `amount`: xsd:decimal, required.
        public var amount: Foundation.Decimal
        /// WSDL element `payment`: tns:Payment, required.
        public var payment: ChoiceSOAP.Payment
        /// WSDL element `filter`: tns:Filter, optional.
        public var filter: ChoiceSOAP.Filter?

        /// Creates a value from its fields.
        public init(amount: Foundation.Decimal, payment: ChoiceSOAP.Payment, filter: ChoiceSOAP.Filter? = nil) {
            self.amount = amount
            self.payment = payment
            self.filter = filter
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["amount"] = self.amount.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("amount", value: self.amount)
            try writer.writeElement("payment", value: self.payment)
            if let value = self.filter {
                try writer.writeElement("filter", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var amount: Foundation.Decimal? = nil
            var payment: ChoiceSOAP.Payment? = nil
            var filter: ChoiceSOAP.Filter? = nil
            for child in element.children {
                switch child.localName {
                case "amount":
                    amount = try SOAPRuntime.SOAPDecoding.scalar(Foundation.Decimal.self, current: amount, from: child, in: element, xsdType: "xsd:decimal")
                case "payment":
                    payment = try SOAPRuntime.SOAPDecoding.element(ChoiceSOAP.Payment.self, current: payment, from: child, in: element)
                case "filter":
                    filter = try SOAPRuntime.SOAPDecoding.element(ChoiceSOAP.Filter.self, current: filter, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.amount = try SOAPRuntime.SOAPDecoding.required(amount, "amount", in: element)
            self.payment = try SOAPRuntime.SOAPDecoding.required(payment, "payment", in: element)
            self.filter = filter
        }
    }

    /// WSDL element `payResponse` (output of operation `pay`).
    public struct PayResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "payResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `receipt | declined`: xsd:choice of `receipt`, `declined`, required.
        public var choice: ChoiceSOAP.PayResponse.Choice

        /// Creates a value from its fields.
        public init(choice: ChoiceSOAP.PayResponse.Choice) {
            self.choice = choice
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            switch self.choice {
            case .receipt(let value): try writer.writeElement("receipt", value: value)
            case .declined(let value): try writer.writeElement("declined", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var choice: ChoiceSOAP.PayResponse.Choice? = nil
            for child in element.children {
                switch child.localName {
                case "receipt":
                    choice = try SOAPRuntime.SOAPDecoding.alternative(.receipt(try SOAPRuntime.SOAPDecoding.scalarItem(Swift.String.self, from: child, in: element, xsdType: "xsd:string")), current: choice, from: child, in: element)
                case "declined":
                    choice = try SOAPRuntime.SOAPDecoding.alternative(.declined(try SOAPRuntime.SOAPDecoding.scalarItem(Swift.String.self, from: child, in: element, xsdType: "xsd:string")), current: choice, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.choice = try SOAPRuntime.SOAPDecoding.required(choice, "receipt | declined", in: element)
        }

        /// WSDL `xsd:choice`: exactly one of `receipt`, `declined`.
        public enum Choice: Swift.Sendable, Swift.Hashable {
            /// Element `receipt`: xsd:string.
            case receipt(Swift.String)
            /// Element `declined`: xsd:string.
            case declined(Swift.String)
        }
    }
}
