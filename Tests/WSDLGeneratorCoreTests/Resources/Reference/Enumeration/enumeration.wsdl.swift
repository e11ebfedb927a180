// smsc-wsdl-gen wrote this file from enumeration.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Enumeration`, port `EnumerationSoap`, binding `EnumerationSoap` (SOAP 1.1, document/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `enumeration.wsdl`.
///
/// Port type `EnumerationPort` through binding `EnumerationSoap` (SOAP 1.1, document/literal) at port `EnumerationSoap` of service `Enumeration`.
public enum EnumerationSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:enumeration", address: "http://127.0.0.1:8080/enumeration", namespaces: ["urn:example:enumeration"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["track"]

    /// WSDL operation `track` of port type `EnumerationPort`.
    ///
    /// Input element `track`, output element `trackResponse`, soapAction `urn:example:enumeration#track`.
    public enum Track: SOAPRuntime.SOAPOperation {
        /// The input body element `track`.
        public typealias Input = EnumerationSOAP.TrackRequest

        /// The output body element `trackResponse`.
        public typealias Output = EnumerationSOAP.TrackResponse

        /// The WSDL operation name.
        public static let operationName = "track"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:enumeration#track"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            EnumerationSOAP.service
        }
    }

    /// WSDL element `track` (input of operation `track`).
    public struct TrackRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "track"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `state`: tns:OrderState, required.
        public var state: EnumerationSOAP.OrderState
        /// WSDL element `history`: tns:OrderState, 0 to unbounded times.
        public var history: [EnumerationSOAP.OrderState]
        /// WSDL element `priority`: tns:Priority, optional.
        ///
        /// Restricted by the schema: enumeration=1, enumeration=2.
        public var priority: Swift.Int32?
        /// WSDL element `channel`: xsd:string, optional.
        public var channel: EnumerationSOAP.Channel?

        /// Creates a value from its fields.
        public init(state: EnumerationSOAP.OrderState, history: [EnumerationSOAP.OrderState] = [], priority: Swift.Int32? = nil, channel: EnumerationSOAP.Channel? = nil) {
            self.state = state
            self.history = history
            self.priority = priority
            self.channel = channel
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 3)
            values["state"] = self.state.soapLexicalForm
            if let value = self.priority {
                values["priority"] = value.soapLexicalForm
            }
            if let value = self.channel {
                values["channel"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("state", value: self.state)
            for item in self.history {
                try writer.writeElement("history", value: item)
            }
            if let value = self.priority {
                try writer.writeElement("priority", value: value)
            }
            if let value = self.channel {
                try writer.writeElement("channel", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var state: EnumerationSOAP.OrderState? = nil
            var history: [EnumerationSOAP.OrderState] = []
            var priority: Swift.Int32? = nil
            var channel: EnumerationSOAP.Channel? = nil
            for child in element.children {
                switch child.localName {
                case "state":
                    state = try SOAPRuntime.SOAPDecoding.scalar(EnumerationSOAP.OrderState.self, current: state, from: child, in: element, xsdType: "tns:OrderState")
                case "history":
                    history.append(try SOAPRuntime.SOAPDecoding.scalarItem(EnumerationSOAP.OrderState.self, from: child, in: element, xsdType: "tns:OrderState"))
                case "priority":
                    priority = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int32.self, current: priority, from: child, in: element, xsdType: "tns:Priority")
                case "channel":
                    channel = try SOAPRuntime.SOAPDecoding.scalar(EnumerationSOAP.Channel.self, current: channel, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.state = try SOAPRuntime.SOAPDecoding.required(state, "state", in: element)
            self.history = history
            self.priority = priority
            self.channel = channel
        }
    }

    /// WSDL element `trackResponse` (output of operation `track`).
    public struct TrackResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "trackResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `state`: tns:OrderState, required.
        public var state: EnumerationSOAP.OrderState

        /// Creates a value from its fields.
        public init(state: EnumerationSOAP.OrderState) {
            self.state = state
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["state"] = self.state.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("state", value: self.state)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var state: EnumerationSOAP.OrderState? = nil
            for child in element.children {
                switch child.localName {
                case "state":
                    state = try SOAPRuntime.SOAPDecoding.scalar(EnumerationSOAP.OrderState.self, current: state, from: child, in: element, xsdType: "tns:OrderState")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.state = try SOAPRuntime.SOAPDecoding.required(state, "state", in: element)
        }
    }

    /// WSDL simpleType `OrderState`: one of the values the schema lists, or another the service sent.
    public enum OrderState: SOAPRuntime.SOAPScalar {
        /// `NEW`
        case new
        /// `IN_PROGRESS`
        case inProgress
        /// `on-hold`
        case onHold
        /// `unknown`
        case unknownValue
        /// `default`
        case `default`
        /// `2fa`
        case _2fa
        /// ``
        case empty
        /// `+`
        case value
        /// A value the schema does not list: services add values over time.
        case unknown(Swift.String)

        /// Reads a listed value, or keeps any other as `unknown`; never fails.
        public init?(soapLexicalForm text: Swift.String) {
            switch text {
            case "NEW": self = .new
            case "IN_PROGRESS": self = .inProgress
            case "on-hold": self = .onHold
            case "unknown": self = .unknownValue
            case "default": self = .`default`
            case "2fa": self = ._2fa
            case "": self = .empty
            case "+": self = .value
            default: self = .unknown(text)
            }
        }

        /// The value as written on the wire.
        public var soapLexicalForm: Swift.String {
            switch self {
            case .new: "NEW"
            case .inProgress: "IN_PROGRESS"
            case .onHold: "on-hold"
            case .unknownValue: "unknown"
            case .`default`: "default"
            case ._2fa: "2fa"
            case .empty: ""
            case .value: "+"
            case .unknown(let text): text
            }
        }
    }

    /// WSDL the anonymous simpleType of element `Channel`: one of the values the schema lists, or another the service sent.
    public enum Channel: SOAPRuntime.SOAPScalar {
        /// `web`
        case web
        /// `phone`
        case phone
        /// A value the schema does not list: services add values over time.
        case unknown(Swift.String)

        /// Reads a listed value, or keeps any other as `unknown`; never fails.
        public init?(soapLexicalForm text: Swift.String) {
            switch text {
            case "web": self = .web
            case "phone": self = .phone
            default: self = .unknown(text)
            }
        }

        /// The value as written on the wire.
        public var soapLexicalForm: Swift.String {
            switch self {
            case .web: "web"
            case .phone: "phone"
            case .unknown(let text): text
            }
        }
    }
}
