// smsc-wsdl-gen wrote this file from oneway.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Events`, port `EventsSoap`, binding `EventsSoap` (SOAP 1.1, document/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `oneway.wsdl`.
///
/// Port type `EventsPort` through binding `EventsSoap` (SOAP 1.1, document/literal) at port `EventsSoap` of service `Events`.
public enum OnewaySOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:oneway", address: "http://127.0.0.1:8080/events", namespaces: ["urn:example:oneway"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["notify", "ping"]

    /// WSDL operation `notify` of port type `EventsPort`.
    ///
    /// Input element `notify`, one-way (no output: a 2xx reply with no body element), soapAction `urn:example:oneway#notify`.
    public enum Notify: SOAPRuntime.SOAPOperation {
        /// The input body element `notify`.
        public typealias Input = OnewaySOAP.NotifyRequest

        /// One-way: no output body element.
        public typealias Output = SOAPRuntime.SOAPNoResponse

        /// The WSDL operation name.
        public static let operationName = "notify"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:oneway#notify"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            OnewaySOAP.service
        }
    }

    /// WSDL operation `ping` of port type `EventsPort`.
    ///
    /// Input element `ping`, output element `pong`, soapAction `urn:example:oneway#ping`.
    public enum Ping: SOAPRuntime.SOAPOperation {
        /// The input body element `ping`.
        public typealias Input = OnewaySOAP.PingRequest

        /// The output body element `pong`.
        public typealias Output = OnewaySOAP.PingResponse

        /// The WSDL operation name.
        public static let operationName = "ping"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:oneway#ping"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            OnewaySOAP.service
        }
    }

    /// WSDL element `notify` (input of operation `notify`).
    public struct NotifyRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "notify"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `event`: xsd:string, required.
        public var event: Swift.String

        /// Creates a value from its fields.
        public init(event: Swift.String) {
            self.event = event
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["event"] = self.event.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("event", namespaceIndex: 1, value: self.event)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var event: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "event":
                    event = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: event, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.event = try SOAPRuntime.SOAPDecoding.required(event, "event", in: element)
        }
    }

    /// WSDL element `ping` (input of operation `ping`).
    public struct PingRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "ping"
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

    /// WSDL element `pong` (output of operation `ping`).
    public struct PingResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "pong"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `at`: xsd:string, required.
        public var at: Swift.String

        /// Creates a value from its fields.
        public init(at: Swift.String) {
            self.at = at
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["at"] = self.at.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("at", namespaceIndex: 1, value: self.at)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var at: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "at":
                    at = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: at, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.at = try SOAPRuntime.SOAPDecoding.required(at, "at", in: element)
        }
    }
}
