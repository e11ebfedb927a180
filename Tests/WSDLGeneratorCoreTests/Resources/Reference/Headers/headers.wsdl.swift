// smsc-wsdl-gen wrote this file from headers.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Headers`, port `HeadersSoap`, binding `HeadersSoap` (SOAP 1.1, document/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `headers.wsdl`.
///
/// Port type `HeadersPort` through binding `HeadersSoap` (SOAP 1.1, document/literal) at port `HeadersSoap` of service `Headers`.
public enum HeadersSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:headers", address: "http://127.0.0.1:8080/headers", namespaces: ["urn:example:headers"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["lookup", "ping"]

    /// WSDL operation `lookup` of port type `HeadersPort`.
    ///
    /// Input element `lookup`, output element `lookupResponse`, soapAction `urn:example:headers#lookup`.
    public enum Lookup: SOAPRuntime.SOAPOperation {
        /// The input body element `lookup`.
        public typealias Input = HeadersSOAP.LookupRequest

        /// The output body element `lookupResponse`.
        public typealias Output = HeadersSOAP.LookupResponse

        /// The input's `soap:header` blocks.
        public typealias InputHeader = HeadersSOAP.LookupRequestHeader

        /// The output's `soap:header` blocks.
        public typealias OutputHeader = HeadersSOAP.LookupResponseHeader

        /// The WSDL operation name.
        public static let operationName = "lookup"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:headers#lookup"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            HeadersSOAP.service
        }
    }

    /// WSDL operation `ping` of port type `HeadersPort`.
    ///
    /// Input element `ping`, output element `pingResponse`, soapAction `urn:example:headers#ping`.
    public enum Ping: SOAPRuntime.SOAPOperation {
        /// The input body element `ping`.
        public typealias Input = HeadersSOAP.PingRequest

        /// The output body element `pingResponse`.
        public typealias Output = HeadersSOAP.PingResponse

        /// The WSDL operation name.
        public static let operationName = "ping"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:headers#ping"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            HeadersSOAP.service
        }
    }

    /// WSDL element `lookup` (input of operation `lookup`).
    public struct LookupRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "lookup"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `key`: xsd:string, required.
        public var key: Swift.String

        /// Creates a value from its fields.
        public init(key: Swift.String) {
            self.key = key
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["key"] = self.key.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("key", namespaceIndex: 1, value: self.key)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var key: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "key":
                    key = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: key, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.key = try SOAPRuntime.SOAPDecoding.required(key, "key", in: element)
        }
    }

    /// WSDL complexType `Credentials`.
    public struct Credentials: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `user`: xsd:string, required.
        public var user: Swift.String
        /// WSDL element `token`: xsd:string, required.
        public var token: Swift.String

        /// Creates a value from its fields.
        public init(user: Swift.String, token: Swift.String) {
            self.user = user
            self.token = token
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["user"] = self.user.soapLexicalForm
            values["token"] = self.token.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("user", namespaceIndex: 1, value: self.user)
            try writer.writeElement("token", namespaceIndex: 1, value: self.token)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var user: Swift.String? = nil
            var token: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "user":
                    user = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: user, from: child, in: element, xsdType: "xsd:string")
                case "token":
                    token = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: token, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.user = try SOAPRuntime.SOAPDecoding.required(user, "user", in: element)
            self.token = try SOAPRuntime.SOAPDecoding.required(token, "token", in: element)
        }
    }

    /// WSDL soap:header blocks of the input of operation `lookup`.
    public struct LookupRequestHeader: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `Authentication`: tns:Credentials, optional.
        public var authentication: HeadersSOAP.Credentials?
        /// WSDL element `RequestID`: xsd:string, optional.
        public var requestID: Swift.String?

        /// Creates a value from its fields.
        public init(authentication: HeadersSOAP.Credentials? = nil, requestID: Swift.String? = nil) {
            self.authentication = authentication
            self.requestID = requestID
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            if let value = self.requestID {
                values["RequestID"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.authentication {
                try writer.writeElement("Authentication", namespaceIndex: 1, value: value)
            }
            if let value = self.requestID {
                try writer.writeElement("RequestID", namespaceIndex: 1, value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var authentication: HeadersSOAP.Credentials? = nil
            var requestID: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "Authentication":
                    authentication = try SOAPRuntime.SOAPDecoding.element(HeadersSOAP.Credentials.self, current: authentication, from: child, in: element)
                case "RequestID":
                    requestID = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: requestID, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.authentication = authentication
            self.requestID = requestID
        }
    }

    /// WSDL element `lookupResponse` (output of operation `lookup`).
    public struct LookupResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "lookupResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `value`: xsd:string, required.
        public var value: Swift.String

        /// Creates a value from its fields.
        public init(value: Swift.String) {
            self.value = value
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["value"] = self.value.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("value", namespaceIndex: 1, value: self.value)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var valueValue: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "value":
                    valueValue = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: valueValue, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.value = try SOAPRuntime.SOAPDecoding.required(valueValue, "value", in: element)
        }
    }

    /// WSDL the anonymous complexType of global element `Quota`.
    public struct Quota: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `remaining`: xsd:int, required.
        public var remaining: Swift.Int32

        /// Creates a value from its fields.
        public init(remaining: Swift.Int32) {
            self.remaining = remaining
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["remaining"] = self.remaining.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("remaining", namespaceIndex: 1, value: self.remaining)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var remaining: Swift.Int32? = nil
            for child in element.children {
                switch child.localName {
                case "remaining":
                    remaining = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int32.self, current: remaining, from: child, in: element, xsdType: "xsd:int")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.remaining = try SOAPRuntime.SOAPDecoding.required(remaining, "remaining", in: element)
        }
    }

    /// WSDL soap:header blocks of the output of operation `lookup`.
    public struct LookupResponseHeader: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `Quota`: element tns:Quota, optional.
        public var quota: HeadersSOAP.Quota?

        /// Creates a value from its fields.
        public init(quota: HeadersSOAP.Quota? = nil) {
            self.quota = quota
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.quota {
                try writer.writeElement("Quota", namespaceIndex: 1, value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var quota: HeadersSOAP.Quota? = nil
            for child in element.children {
                switch child.localName {
                case "Quota":
                    quota = try SOAPRuntime.SOAPDecoding.element(HeadersSOAP.Quota.self, current: quota, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.quota = quota
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

    /// WSDL element `pingResponse` (output of operation `ping`).
    public struct PingResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "pingResponse"
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
