// smsc-wsdl-gen wrote this file from ports.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Calculator`, port `CalculatorSoap`, binding `CalculatorSoap` (SOAP 1.1, document/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `ports.wsdl`.
///
/// Port type `CalculatorPort` through binding `CalculatorSoap` (SOAP 1.1, document/literal) at port `CalculatorSoap` of service `Calculator`.
public enum PortsSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:ports", address: "http://127.0.0.1:8080/calculator", namespaces: ["urn:example:ports"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["add"]

    /// WSDL operation `add` of port type `CalculatorPort`.
    ///
    /// Input element `add`, output element `addResponse`, soapAction `urn:example:ports#add`.
    public enum Add: SOAPRuntime.SOAPOperation {
        /// The input body element `add`.
        public typealias Input = PortsSOAP.AddRequest

        /// The output body element `addResponse`.
        public typealias Output = PortsSOAP.AddResponse

        /// The WSDL operation name.
        public static let operationName = "add"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:ports#add"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            PortsSOAP.service
        }
    }

    /// Port type `CalculatorPort` through binding `CalculatorSoap12` (SOAP 1.2, document/literal): port `CalculatorSoap12` of service `Calculator`.
    ///
    /// Its operations use the types of `PortsSOAP`.
    public enum CalculatorSOAP12 {
        /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
        ///
        /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
        /// `SOAPRuntime.SOAPAddressing`.
        public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:ports", address: "http://127.0.0.1:8080/calculator12", namespaces: ["urn:example:ports"], soapVersion: .soap12)
        /// The WSDL names of the port's operations, in WSDL order.
        public static let operationNames: [Swift.String] = ["add"]

        /// WSDL operation `add` of port type `CalculatorPort`.
        ///
        /// Input element `add`, output element `addResponse`, soapAction `urn:example:ports#add`.
        public enum Add: SOAPRuntime.SOAPOperation {
            /// The input body element `add`.
            public typealias Input = PortsSOAP.AddRequest

            /// The output body element `addResponse`.
            public typealias Output = PortsSOAP.AddResponse

            /// The WSDL operation name.
            public static let operationName = "add"
            /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
            public static let wsdlSOAPAction = "urn:example:ports#add"

            /// The port this operation belongs to.
            public static var service: SOAPRuntime.SOAPServiceDescription {
                PortsSOAP.CalculatorSOAP12.service
            }
        }
    }

    /// Port type `AdminPort` through binding `AdminSoap` (SOAP 1.1, document/literal): port `AdminSoap` of service `Administration`.
    ///
    /// Its operations use the types of `PortsSOAP`.
    public enum AdminSOAP {
        /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
        ///
        /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
        /// `SOAPRuntime.SOAPAddressing`.
        public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:ports", address: "http://127.0.0.1:8080/admin", namespaces: ["urn:example:ports"], soapVersion: .soap11)
        /// The WSDL names of the port's operations, in WSDL order.
        public static let operationNames: [Swift.String] = ["reset", "add"]

        /// WSDL operation `reset` of port type `AdminPort`.
        ///
        /// Input element `reset`, output element `resetResponse`, soapAction `urn:example:ports#reset`.
        public enum Reset: SOAPRuntime.SOAPOperation {
            /// The input body element `reset`.
            public typealias Input = PortsSOAP.ResetRequest

            /// The output body element `resetResponse`.
            public typealias Output = PortsSOAP.ResetResponse

            /// The WSDL operation name.
            public static let operationName = "reset"
            /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
            public static let wsdlSOAPAction = "urn:example:ports#reset"

            /// The port this operation belongs to.
            public static var service: SOAPRuntime.SOAPServiceDescription {
                PortsSOAP.AdminSOAP.service
            }
        }

        /// WSDL operation `add` of port type `AdminPort`.
        ///
        /// Input element `add`, output element `addResponse`, soapAction `urn:example:ports#adminAdd`.
        public enum Add: SOAPRuntime.SOAPOperation {
            /// The input body element `add`.
            public typealias Input = PortsSOAP.AddRequest

            /// The output body element `addResponse`.
            public typealias Output = PortsSOAP.AddResponse

            /// The WSDL operation name.
            public static let operationName = "add"
            /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
            public static let wsdlSOAPAction = "urn:example:ports#adminAdd"

            /// The port this operation belongs to.
            public static var service: SOAPRuntime.SOAPServiceDescription {
                PortsSOAP.AdminSOAP.service
            }
        }
    }

    /// Port type `AdminPort` through binding `AdminSoap12` (SOAP 1.2, document/literal): no port uses it, so clients pass an endpoint.
    ///
    /// Its operations use the types of `PortsSOAP`.
    public enum AdminSOAP12 {
        /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
        ///
        /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
        /// `SOAPRuntime.SOAPAddressing`.
        public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:ports", address: "", namespaces: ["urn:example:ports"], soapVersion: .soap12)
        /// The WSDL names of the port's operations, in WSDL order.
        public static let operationNames: [Swift.String] = ["reset", "add"]

        /// WSDL operation `reset` of port type `AdminPort`.
        ///
        /// Input element `reset`, output element `resetResponse`, soapAction `urn:example:ports#reset`.
        public enum Reset: SOAPRuntime.SOAPOperation {
            /// The input body element `reset`.
            public typealias Input = PortsSOAP.ResetRequest

            /// The output body element `resetResponse`.
            public typealias Output = PortsSOAP.ResetResponse

            /// The WSDL operation name.
            public static let operationName = "reset"
            /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
            public static let wsdlSOAPAction = "urn:example:ports#reset"

            /// The port this operation belongs to.
            public static var service: SOAPRuntime.SOAPServiceDescription {
                PortsSOAP.AdminSOAP12.service
            }
        }

        /// WSDL operation `add` of port type `AdminPort`.
        ///
        /// Input element `add`, output element `addResponse`, soapAction `urn:example:ports#adminAdd`.
        public enum Add: SOAPRuntime.SOAPOperation {
            /// The input body element `add`.
            public typealias Input = PortsSOAP.AddRequest

            /// The output body element `addResponse`.
            public typealias Output = PortsSOAP.AddResponse

            /// The WSDL operation name.
            public static let operationName = "add"
            /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
            public static let wsdlSOAPAction = "urn:example:ports#adminAdd"

            /// The port this operation belongs to.
            public static var service: SOAPRuntime.SOAPServiceDescription {
                PortsSOAP.AdminSOAP12.service
            }
        }
    }

    /// WSDL element `add` (input of operation `add`).
    public struct AddRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "add"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `a`: xsd:int, required.
        public var a: Swift.Int32
        /// WSDL element `b`: xsd:int, required.
        public var b: Swift.Int32

        /// Creates a value from its fields.
        public init(a: Swift.Int32, b: Swift.Int32) {
            self.a = a
            self.b = b
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["a"] = self.a.soapLexicalForm
            values["b"] = self.b.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("a", namespaceIndex: 1, value: self.a)
            try writer.writeElement("b", namespaceIndex: 1, value: self.b)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var a: Swift.Int32? = nil
            var b: Swift.Int32? = nil
            for child in element.children {
                switch child.localName {
                case "a":
                    a = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int32.self, current: a, from: child, in: element, xsdType: "xsd:int")
                case "b":
                    b = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int32.self, current: b, from: child, in: element, xsdType: "xsd:int")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.a = try SOAPRuntime.SOAPDecoding.required(a, "a", in: element)
            self.b = try SOAPRuntime.SOAPDecoding.required(b, "b", in: element)
        }
    }

    /// WSDL element `addResponse` (output of operation `add`).
    public struct AddResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "addResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `sum`: xsd:int, required.
        public var sum: Swift.Int32

        /// Creates a value from its fields.
        public init(sum: Swift.Int32) {
            self.sum = sum
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["sum"] = self.sum.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("sum", namespaceIndex: 1, value: self.sum)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var sum: Swift.Int32? = nil
            for child in element.children {
                switch child.localName {
                case "sum":
                    sum = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int32.self, current: sum, from: child, in: element, xsdType: "xsd:int")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.sum = try SOAPRuntime.SOAPDecoding.required(sum, "sum", in: element)
        }
    }

    /// WSDL element `reset` (input of operation `reset`).
    public struct ResetRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "reset"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `reason`: xsd:string, required.
        public var reason: Swift.String

        /// Creates a value from its fields.
        public init(reason: Swift.String) {
            self.reason = reason
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["reason"] = self.reason.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("reason", namespaceIndex: 1, value: self.reason)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var reason: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "reason":
                    reason = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: reason, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.reason = try SOAPRuntime.SOAPDecoding.required(reason, "reason", in: element)
        }
    }

    /// WSDL element `resetResponse` (output of operation `reset`).
    public struct ResetResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "resetResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1

        /// Creates a value from its fields.
        public init() {
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            _ = element
        }
    }
}
