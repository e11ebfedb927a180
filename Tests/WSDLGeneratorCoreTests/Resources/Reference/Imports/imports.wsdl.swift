// smsc-wsdl-gen wrote this file from imports.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `OrderService`, port `OrdersSoap`, binding `OrdersSoap` (SOAP 1.1, document/literal).

public import Foundation
@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `imports.wsdl`.
///
/// Port type `Orders` through binding `OrdersSoap` (SOAP 1.1, document/literal) at port `OrdersSoap` of service `OrderService`.
public enum ImportsSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "http://example.com/orders", address: "http://orders.example.com:8080/soap", namespaces: ["http://example.com/orders", "http://example.com/common"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["place_order"]

    /// WSDL operation `place_order` of port type `Orders`.
    ///
    /// Input element `placeOrder`, output element `placeOrderResponse`, soapAction `http://example.com/orders/place_order`.
    public enum PlaceOrder: SOAPRuntime.SOAPOperation {
        /// The input body element `placeOrder`.
        public typealias Input = ImportsSOAP.PlaceOrderRequest

        /// The output body element `placeOrderResponse`.
        public typealias Output = ImportsSOAP.PlaceOrderResponse

        /// The WSDL operation name.
        public static let operationName = "place_order"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "http://example.com/orders/place_order"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            ImportsSOAP.service
        }
    }

    /// Port type `Orders` through binding `OrdersSoap12` (SOAP 1.2, document/literal): port `OrdersSoap12` of service `OrderService`.
    ///
    /// Its operations use the types of `ImportsSOAP`.
    public enum OrdersSOAP12 {
        /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
        ///
        /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
        /// `SOAPRuntime.SOAPAddressing`.
        public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "http://example.com/orders", address: "http://orders.example.com:8080/soap", namespaces: ["http://example.com/orders", "http://example.com/common"], soapVersion: .soap12)
        /// The WSDL names of the port's operations, in WSDL order.
        public static let operationNames: [Swift.String] = ["place_order"]

        /// WSDL operation `place_order` of port type `Orders`.
        ///
        /// Input element `placeOrder`, output element `placeOrderResponse`, soapAction `http://example.com/orders/place_order`.
        public enum PlaceOrder: SOAPRuntime.SOAPOperation {
            /// The input body element `placeOrder`.
            public typealias Input = ImportsSOAP.PlaceOrderRequest

            /// The output body element `placeOrderResponse`.
            public typealias Output = ImportsSOAP.PlaceOrderResponse

            /// The WSDL operation name.
            public static let operationName = "place_order"
            /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
            public static let wsdlSOAPAction = "http://example.com/orders/place_order"

            /// The port this operation belongs to.
            public static var service: SOAPRuntime.SOAPServiceDescription {
                ImportsSOAP.OrdersSOAP12.service
            }
        }
    }

    /// WSDL complexType `Party`.
    public struct Party: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `name`: xsd:string, required.
        public var name: Swift.String
        /// WSDL element `email`: xsd:string, optional.
        public var email: Swift.String?

        /// Creates a value from its fields.
        public init(name: Swift.String, email: Swift.String? = nil) {
            self.name = name
            self.email = email
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["name"] = self.name.soapLexicalForm
            if let value = self.email {
                values["email"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("name", namespaceIndex: 2, value: self.name)
            if let value = self.email {
                try writer.writeElement("email", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var name: Swift.String? = nil
            var email: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "name":
                    name = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: name, from: child, in: element, xsdType: "xsd:string")
                case "email":
                    email = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: email, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.name = try SOAPRuntime.SOAPDecoding.required(name, "name", in: element)
            self.email = email
        }
    }

    /// WSDL complexType `OrderLine`.
    public struct OrderLine: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `sku`: xsd:string, required.
        public var sku: Swift.String
        /// WSDL element `quantity`: xsd:positiveInteger, required.
        public var quantity: Swift.Int
        /// WSDL element `unit_price`: xsd:decimal, optional.
        public var unitPrice: Foundation.Decimal?

        /// Creates a value from its fields.
        public init(sku: Swift.String, quantity: Swift.Int, unitPrice: Foundation.Decimal? = nil) {
            self.sku = sku
            self.quantity = quantity
            self.unitPrice = unitPrice
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 3)
            values["sku"] = self.sku.soapLexicalForm
            values["quantity"] = self.quantity.soapLexicalForm
            if let value = self.unitPrice {
                values["unit_price"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("sku", value: self.sku)
            try writer.writeElement("quantity", value: self.quantity)
            if let value = self.unitPrice {
                try writer.writeElement("unit_price", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var sku: Swift.String? = nil
            var quantity: Swift.Int? = nil
            var unitPrice: Foundation.Decimal? = nil
            for child in element.children {
                switch child.localName {
                case "sku":
                    sku = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: sku, from: child, in: element, xsdType: "xsd:string")
                case "quantity":
                    quantity = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int.self, current: quantity, from: child, in: element, xsdType: "xsd:positiveInteger")
                case "unit_price":
                    unitPrice = try SOAPRuntime.SOAPDecoding.scalar(Foundation.Decimal.self, current: unitPrice, from: child, in: element, xsdType: "xsd:decimal")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.sku = try SOAPRuntime.SOAPDecoding.required(sku, "sku", in: element)
            self.quantity = try SOAPRuntime.SOAPDecoding.required(quantity, "quantity", in: element)
            self.unitPrice = unitPrice
        }
    }

    /// WSDL element `placeOrder` (input of operation `place_order`).
    public struct PlaceOrderRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "placeOrder"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `customer`: `{http://example.com/common}Party`, required.
        public var customer: ImportsSOAP.Party
        /// WSDL element `line`: tns:OrderLine, 1 to unbounded times.
        public var line: [ImportsSOAP.OrderLine]

        /// Creates a value from its fields.
        public init(customer: ImportsSOAP.Party, line: [ImportsSOAP.OrderLine]) {
            self.customer = customer
            self.line = line
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("customer", value: self.customer)
            try writer.checkCount(self.line.count, of: "line", minimum: 1, maximum: nil)
            for item in self.line {
                try writer.writeElement("line", value: item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var customer: ImportsSOAP.Party? = nil
            var line: [ImportsSOAP.OrderLine] = []
            for child in element.children {
                switch child.localName {
                case "customer":
                    customer = try SOAPRuntime.SOAPDecoding.element(ImportsSOAP.Party.self, current: customer, from: child, in: element)
                case "line":
                    line.append(try SOAPRuntime.SOAPDecoding.elementItem(ImportsSOAP.OrderLine.self, from: child, in: element, index: line.count))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.customer = try SOAPRuntime.SOAPDecoding.required(customer, "customer", in: element)
            self.line = try SOAPRuntime.SOAPDecoding.checkCount(line, "line", minimum: 1, in: element)
        }
    }

    /// WSDL element `placeOrderResponse` (output of operation `place_order`).
    public struct PlaceOrderResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "placeOrderResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `order_id`: xsd:string, required.
        public var orderID: Swift.String
        /// WSDL element `audit`: xsd:dateTime, optional.
        public var audit: Swift.String?

        /// Creates a value from its fields.
        public init(orderID: Swift.String, audit: Swift.String? = nil) {
            self.orderID = orderID
            self.audit = audit
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["order_id"] = self.orderID.soapLexicalForm
            if let value = self.audit {
                values["audit"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("order_id", value: self.orderID)
            if let value = self.audit {
                try writer.writeElement("audit", namespaceIndex: 2, value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var orderID: Swift.String? = nil
            var audit: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "order_id":
                    orderID = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: orderID, from: child, in: element, xsdType: "xsd:string")
                case "audit":
                    audit = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: audit, from: child, in: element, xsdType: "xsd:dateTime")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.orderID = try SOAPRuntime.SOAPDecoding.required(orderID, "order_id", in: element)
            self.audit = audit
        }
    }
}
