// smsc-wsdl-gen wrote this file from rpc.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Geometry`, port `GeometrySoap`, binding `GeometrySoap` (SOAP 1.1, rpc/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `rpc.wsdl`.
///
/// Port type `GeometryPort` through binding `GeometrySoap` (SOAP 1.1, rpc/literal) at port `GeometrySoap` of service `Geometry`.
public enum RpcSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:rpc", address: "http://127.0.0.1:8080/geometry", namespaces: ["urn:example:rpc"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["distance", "version"]

    /// WSDL operation `distance` of port type `GeometryPort`.
    ///
    /// Input element `distance`, output element `distanceResponse`, soapAction ``.
    public enum Distance: SOAPRuntime.SOAPOperation {
        /// The input body element `distance`.
        public typealias Input = RpcSOAP.DistanceRequest

        /// The output body element `distanceResponse`.
        public typealias Output = RpcSOAP.DistanceResponse

        /// The WSDL operation name.
        public static let operationName = "distance"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = ""

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            RpcSOAP.service
        }
    }

    /// WSDL operation `version` of port type `GeometryPort`.
    ///
    /// Input element `version`, output element `versionResponse`, soapAction ``.
    public enum Version: SOAPRuntime.SOAPOperation {
        /// The input body element `version`.
        public typealias Input = RpcSOAP.VersionRequest

        /// The output body element `versionResponse`.
        public typealias Output = RpcSOAP.VersionResponse

        /// The WSDL operation name.
        public static let operationName = "version"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = ""

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            RpcSOAP.service
        }
    }

    /// WSDL complexType `Point`.
    public struct Point: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `x`: xsd:double, required.
        public var x: Swift.Double
        /// WSDL element `y`: xsd:double, required.
        public var y: Swift.Double

        /// Creates a value from its fields.
        public init(x: Swift.Double, y: Swift.Double) {
            self.x = x
            self.y = y
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["x"] = self.x.soapLexicalForm
            values["y"] = self.y.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("x", value: self.x)
            try writer.writeElement("y", value: self.y)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var x: Swift.Double? = nil
            var y: Swift.Double? = nil
            for child in element.children {
                switch child.localName {
                case "x":
                    x = try SOAPRuntime.SOAPDecoding.scalar(Swift.Double.self, current: x, from: child, in: element, xsdType: "xsd:double")
                case "y":
                    y = try SOAPRuntime.SOAPDecoding.scalar(Swift.Double.self, current: y, from: child, in: element, xsdType: "xsd:double")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.x = try SOAPRuntime.SOAPDecoding.required(x, "x", in: element)
            self.y = try SOAPRuntime.SOAPDecoding.required(y, "y", in: element)
        }
    }

    /// WSDL rpc/literal wrapper `distance` (input of operation `distance`, a child per part of message `distanceIn`).
    public struct DistanceRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "distance"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `from`: `{urn:example:rpc:types}Point`, required.
        public var from: RpcSOAP.Point
        /// WSDL element `to`: `{urn:example:rpc:types}Point`, required.
        public var to: RpcSOAP.Point
        /// WSDL element `unit`: xsd:string, required.
        public var unit: Swift.String

        /// Creates a value from its fields.
        public init(from: RpcSOAP.Point, to: RpcSOAP.Point, unit: Swift.String) {
            self.from = from
            self.to = to
            self.unit = unit
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["unit"] = self.unit.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("from", value: self.from)
            try writer.writeElement("to", value: self.to)
            try writer.writeElement("unit", value: self.unit)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var from: RpcSOAP.Point? = nil
            var to: RpcSOAP.Point? = nil
            var unit: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "from":
                    from = try SOAPRuntime.SOAPDecoding.element(RpcSOAP.Point.self, current: from, from: child, in: element)
                case "to":
                    to = try SOAPRuntime.SOAPDecoding.element(RpcSOAP.Point.self, current: to, from: child, in: element)
                case "unit":
                    unit = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: unit, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.from = try SOAPRuntime.SOAPDecoding.required(from, "from", in: element)
            self.to = try SOAPRuntime.SOAPDecoding.required(to, "to", in: element)
            self.unit = try SOAPRuntime.SOAPDecoding.required(unit, "unit", in: element)
        }
    }

    /// WSDL rpc/literal wrapper `distanceResponse` (output of operation `distance`, a child per part of message `distanceOut`).
    public struct DistanceResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "distanceResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// An rpc output wrapper: its name is not significant (SOAP 1.1, 7.1), so a reply's is read whatever it is.
        public static let acceptsAnyElementName = true
        /// WSDL element `return`: xsd:double, required.
        public var `return`: Swift.Double

        /// Creates a value from its fields.
        public init(`return`: Swift.Double) {
            self.return = `return`
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["return"] = self.return.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("return", value: self.return)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var `return`: Swift.Double? = nil
            for child in element.children {
                switch child.localName {
                case "return":
                    `return` = try SOAPRuntime.SOAPDecoding.scalar(Swift.Double.self, current: `return`, from: child, in: element, xsdType: "xsd:double")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.return = try SOAPRuntime.SOAPDecoding.required(`return`, "return", in: element)
        }
    }

    /// WSDL rpc/literal wrapper `version` (input of operation `version`, a child per part of message `versionIn`).
    public struct VersionRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "version"
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

    /// WSDL rpc/literal wrapper `versionResponse` (output of operation `version`, a child per part of message `versionOut`).
    public struct VersionResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "versionResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// An rpc output wrapper: its name is not significant (SOAP 1.1, 7.1), so a reply's is read whatever it is.
        public static let acceptsAnyElementName = true
        /// WSDL element `version`: xsd:string, required.
        public var version: Swift.String

        /// Creates a value from its fields.
        public init(version: Swift.String) {
            self.version = version
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["version"] = self.version.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("version", value: self.version)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var version: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "version":
                    version = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: version, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.version = try SOAPRuntime.SOAPDecoding.required(version, "version", in: element)
        }
    }
}
