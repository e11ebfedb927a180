// smsc-wsdl-gen wrote this file from attributes.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Attributes`, port `AttributesSoap`, binding `AttributesSoap` (SOAP 1.1, document/literal).

public import Foundation
@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `attributes.wsdl`.
///
/// Port type `AttributesPort` through binding `AttributesSoap` (SOAP 1.1, document/literal) at port `AttributesSoap` of service `Attributes`.
public enum AttributesSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:attributes", address: "http://127.0.0.1:8080/attributes", namespaces: ["urn:example:attributes"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["order"]

    /// WSDL operation `order` of port type `AttributesPort`.
    ///
    /// Input element `order`, output element `orderResponse`, soapAction `urn:example:attributes#order`.
    public enum Order: SOAPRuntime.SOAPOperation {
        /// The input body element `order`.
        public typealias Input = AttributesSOAP.OrderRequest

        /// The output body element `orderResponse`.
        public typealias Output = AttributesSOAP.OrderResponse

        /// The WSDL operation name.
        public static let operationName = "order"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:attributes#order"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            AttributesSOAP.service
        }
    }

    /// WSDL complexType `Money`.
    public struct Money: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// The element's text (simpleContent): xsd:decimal.
        public var value: Foundation.Decimal
        /// WSDL attribute `currency`: tns:Currency, required.
        public var currency: AttributesSOAP.Currency

        /// Creates a value from its fields.
        public init(value: Foundation.Decimal, currency: AttributesSOAP.Currency) {
            self.value = value
            self.currency = currency
        }

        /// The simple child elements that are present, by wire name, in their XML Schema lexical form (repeated and
        /// complex fields, attributes and the text are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the attributes that are set into the element's start tag.
        public func encodeAttributes(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeAttribute("currency", value: self.currency)
        }

        /// Writes the element's text.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeText(self.value.soapLexicalForm)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            self.value = try SOAPRuntime.SOAPDecoding.text(Foundation.Decimal.self, of: element, xsdType: "xsd:decimal")
            self.currency = try SOAPRuntime.SOAPDecoding.requiredAttribute(SOAPRuntime.SOAPDecoding.attribute(AttributesSOAP.Currency.self, "currency", of: element, xsdType: "tns:Currency"), "currency", of: element)
        }
    }

    /// WSDL complexType `TaxedMoney`.
    public struct TaxedMoney: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// The element's text (simpleContent): xsd:decimal.
        public var value: Foundation.Decimal
        /// WSDL attribute `currency`: tns:Currency, required.
        public var currency: AttributesSOAP.Currency
        /// WSDL attribute `rate`: xsd:decimal, optional.
        public var rate: Foundation.Decimal?

        /// Creates a value from its fields.
        public init(value: Foundation.Decimal, currency: AttributesSOAP.Currency, rate: Foundation.Decimal? = nil) {
            self.value = value
            self.currency = currency
            self.rate = rate
        }

        /// The simple child elements that are present, by wire name, in their XML Schema lexical form (repeated and
        /// complex fields, attributes and the text are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the attributes that are set into the element's start tag.
        public func encodeAttributes(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeAttribute("currency", value: self.currency)
            if let value = self.rate {
                try writer.writeAttribute("rate", value: value)
            }
        }

        /// Writes the element's text.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeText(self.value.soapLexicalForm)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            self.value = try SOAPRuntime.SOAPDecoding.text(Foundation.Decimal.self, of: element, xsdType: "xsd:decimal")
            self.currency = try SOAPRuntime.SOAPDecoding.requiredAttribute(SOAPRuntime.SOAPDecoding.attribute(AttributesSOAP.Currency.self, "currency", of: element, xsdType: "tns:Currency"), "currency", of: element)
            self.rate = try SOAPRuntime.SOAPDecoding.attribute(Foundation.Decimal.self, "rate", of: element, xsdType: "xsd:decimal")
        }
    }

    /// WSDL complexType `Item`.
    public struct Item: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `id`: xsd:string, required.
        public var id: Swift.String
        /// WSDL element `price`: tns:Money, required.
        public var price: AttributesSOAP.Money
        /// WSDL element `gross`: tns:TaxedMoney, optional.
        public var gross: AttributesSOAP.TaxedMoney?
        /// WSDL attribute `id`: xsd:int, required.
        public var idAttribute: Swift.Int32
        /// WSDL attribute `note`: xsd:string, optional.
        public var note: Swift.String?
        /// WSDL attribute `unit`: xsd:string, optional.
        ///
        /// Default `piece`: an absent attribute reads as it.
        public var unit: Swift.String?
        /// WSDL attribute `version`: xsd:string, optional.
        ///
        /// Fixed `2`: no other value is written or read; an absent attribute reads as it.
        public var version: Swift.String?
        /// WSDL attribute `scope`: xsd:string, optional.
        public var scope: Swift.String?
        /// WSDL attribute `trace`: xsd:string, optional.
        public var trace: Swift.String?
        /// WSDL attribute `createdBy`: xsd:string, required.
        public var createdBy: Swift.String
        /// WSDL attribute `revision`: xsd:int, optional.
        ///
        /// Default `1`: an absent attribute reads as it.
        public var revision: Swift.Int32?

        /// Creates a value from its fields.
        public init(id: Swift.String, price: AttributesSOAP.Money, gross: AttributesSOAP.TaxedMoney? = nil, idAttribute: Swift.Int32, note: Swift.String? = nil, unit: Swift.String? = nil, version: Swift.String? = nil, scope: Swift.String? = nil, trace: Swift.String? = nil, createdBy: Swift.String, revision: Swift.Int32? = nil) {
            self.id = id
            self.price = price
            self.gross = gross
            self.idAttribute = idAttribute
            self.note = note
            self.unit = unit
            self.version = version
            self.scope = scope
            self.trace = trace
            self.createdBy = createdBy
            self.revision = revision
        }

        /// The simple child elements that are present, by wire name, in their XML Schema lexical form (repeated and
        /// complex fields, attributes and the text are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["id"] = self.id.soapLexicalForm
            return values
        }

        /// Writes the attributes that are set into the element's start tag.
        public func encodeAttributes(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeAttribute("id", value: self.idAttribute)
            if let value = self.note {
                try writer.writeAttribute("note", value: value)
            }
            if let value = self.unit {
                try writer.writeAttribute("unit", value: value)
            }
            try writer.checkFixed(self.version, "2", of: "@version")
            if let value = self.version {
                try writer.writeAttribute("version", value: value)
            }
            if let value = self.scope {
                try writer.writeAttribute("scope", namespaceIndex: 1, value: value)
            }
            if let value = self.trace {
                try writer.writeAttribute("trace", namespaceIndex: 1, value: value)
            }
            try writer.writeAttribute("createdBy", value: self.createdBy)
            if let value = self.revision {
                try writer.writeAttribute("revision", value: value)
            }
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("id", namespaceIndex: 1, value: self.id)
            try writer.writeElement("price", namespaceIndex: 1, value: self.price)
            if let value = self.gross {
                try writer.writeElement("gross", namespaceIndex: 1, value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var id: Swift.String? = nil
            var price: AttributesSOAP.Money? = nil
            var gross: AttributesSOAP.TaxedMoney? = nil
            for child in element.children {
                switch child.localName {
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: id, from: child, in: element, xsdType: "xsd:string")
                case "price":
                    price = try SOAPRuntime.SOAPDecoding.element(AttributesSOAP.Money.self, current: price, from: child, in: element)
                case "gross":
                    gross = try SOAPRuntime.SOAPDecoding.element(AttributesSOAP.TaxedMoney.self, current: gross, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.id = try SOAPRuntime.SOAPDecoding.required(id, "id", in: element)
            self.price = try SOAPRuntime.SOAPDecoding.required(price, "price", in: element)
            self.gross = gross
            self.idAttribute = try SOAPRuntime.SOAPDecoding.requiredAttribute(SOAPRuntime.SOAPDecoding.attribute(Swift.Int32.self, "id", of: element, xsdType: "xsd:int"), "id", of: element)
            self.note = try SOAPRuntime.SOAPDecoding.attribute(Swift.String.self, "note", of: element, xsdType: "xsd:string")
            self.unit = try SOAPRuntime.SOAPDecoding.attribute(Swift.String.self, "unit", of: element, xsdType: "xsd:string", constraint: .defaultValue("piece"))
            self.version = try SOAPRuntime.SOAPDecoding.attribute(Swift.String.self, "version", of: element, xsdType: "xsd:string", constraint: .fixed("2"))
            self.scope = try SOAPRuntime.SOAPDecoding.attribute(Swift.String.self, "scope", isQualified: true, of: element, xsdType: "xsd:string")
            self.trace = try SOAPRuntime.SOAPDecoding.attribute(Swift.String.self, "trace", isQualified: true, of: element, xsdType: "xsd:string")
            self.createdBy = try SOAPRuntime.SOAPDecoding.requiredAttribute(SOAPRuntime.SOAPDecoding.attribute(Swift.String.self, "createdBy", of: element, xsdType: "xsd:string"), "createdBy", of: element)
            self.revision = try SOAPRuntime.SOAPDecoding.attribute(Swift.Int32.self, "revision", of: element, xsdType: "xsd:int", constraint: .defaultValue("1"))
        }
    }

    /// WSDL element `order` (input of operation `order`).
    public struct OrderRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "order"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `item`: tns:Item, 1 to unbounded times.
        public var item: [AttributesSOAP.Item]
        /// WSDL attribute `express`: xsd:boolean, optional.
        public var express: Swift.Bool?

        /// Creates a value from its fields.
        public init(item: [AttributesSOAP.Item], express: Swift.Bool? = nil) {
            self.item = item
            self.express = express
        }

        /// The simple child elements that are present, by wire name, in their XML Schema lexical form (repeated and
        /// complex fields, attributes and the text are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the attributes that are set into the element's start tag.
        public func encodeAttributes(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.express {
                try writer.writeAttribute("express", value: value)
            }
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.checkCount(self.item.count, of: "item", minimum: 1, maximum: nil)
            for item in self.item {
                try writer.writeElement("item", namespaceIndex: 1, value: item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var itemValue: [AttributesSOAP.Item] = []
            for child in element.children {
                switch child.localName {
                case "item":
                    itemValue.append(try SOAPRuntime.SOAPDecoding.elementItem(AttributesSOAP.Item.self, from: child, in: element, index: itemValue.count))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.item = try SOAPRuntime.SOAPDecoding.checkCount(itemValue, "item", minimum: 1, in: element)
            self.express = try SOAPRuntime.SOAPDecoding.attribute(Swift.Bool.self, "express", of: element, xsdType: "xsd:boolean")
        }
    }

    /// WSDL element `orderResponse` (output of operation `order`).
    public struct OrderResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "orderResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `total`: tns:Money, required.
        public var total: AttributesSOAP.Money
        /// WSDL attribute `accepted`: xsd:boolean, required.
        public var accepted: Swift.Bool

        /// Creates a value from its fields.
        public init(total: AttributesSOAP.Money, accepted: Swift.Bool) {
            self.total = total
            self.accepted = accepted
        }

        /// The simple child elements that are present, by wire name, in their XML Schema lexical form (repeated and
        /// complex fields, attributes and the text are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the attributes that are set into the element's start tag.
        public func encodeAttributes(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeAttribute("accepted", value: self.accepted)
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("total", namespaceIndex: 1, value: self.total)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var total: AttributesSOAP.Money? = nil
            for child in element.children {
                switch child.localName {
                case "total":
                    total = try SOAPRuntime.SOAPDecoding.element(AttributesSOAP.Money.self, current: total, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.total = try SOAPRuntime.SOAPDecoding.required(total, "total", in: element)
            self.accepted = try SOAPRuntime.SOAPDecoding.requiredAttribute(SOAPRuntime.SOAPDecoding.attribute(Swift.Bool.self, "accepted", of: element, xsdType: "xsd:boolean"), "accepted", of: element)
        }
    }

    /// WSDL simpleType `Currency`: one of the values the schema lists, or another the service sent.
    public enum Currency: SOAPRuntime.SOAPScalar {
        /// `EUR`
        case eur
        /// `RUB`
        case rub
        /// A value the schema does not list: services add values over time.
        case unknown(Swift.String)

        /// Reads a listed value, or keeps any other as `unknown`; never fails.
        public init?(soapLexicalForm text: Swift.String) {
            switch text {
            case "EUR": self = .eur
            case "RUB": self = .rub
            default: self = .unknown(text)
            }
        }

        /// The value as written on the wire.
        public var soapLexicalForm: Swift.String {
            switch self {
            case .eur: "EUR"
            case .rub: "RUB"
            case .unknown(let text): text
            }
        }
    }
}
