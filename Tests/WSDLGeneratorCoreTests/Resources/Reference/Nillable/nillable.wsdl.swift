// smsc-wsdl-gen wrote this file from nillable.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Nillable`, port `NillableSoap`, binding `NillableSoap` (SOAP 1.1, document/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `nillable.wsdl`.
///
/// Port type `NillablePort` through binding `NillableSoap` (SOAP 1.1, document/literal) at port `NillableSoap` of service `Nillable`.
public enum NillableSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:nillable", address: "http://127.0.0.1:8080/nillable", namespaces: ["urn:example:nillable"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["update"]

    /// WSDL operation `update` of port type `NillablePort`.
    ///
    /// Input element `update`, output element `updateResponse`, soapAction `urn:example:nillable#update`.
    public enum Update: SOAPRuntime.SOAPOperation {
        /// The input body element `update`.
        public typealias Input = NillableSOAP.UpdateRequest

        /// The output body element `updateResponse`.
        public typealias Output = NillableSOAP.UpdateResponse

        /// The WSDL operation name.
        public static let operationName = "update"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:nillable#update"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            NillableSOAP.service
        }
    }

    /// WSDL complexType `Address`.
    public struct Address: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `city`: xsd:string, required.
        public var city: Swift.String

        /// Creates a value from its fields.
        public init(city: Swift.String) {
            self.city = city
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["city"] = self.city.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("city", namespaceIndex: 1, value: self.city)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var city: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "city":
                    city = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: city, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.city = try SOAPRuntime.SOAPDecoding.required(city, "city", in: element)
        }
    }

    /// WSDL element `update` (input of operation `update`).
    public struct UpdateRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "update"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `name`: xsd:string, required, nillable.
        public var name: Swift.String?
        /// WSDL element `age`: xsd:int, required, nillable.
        public var age: Swift.Int32?
        /// WSDL element `nickname`: xsd:string, optional, nillable.
        public var nickname: Swift.String?
        /// WSDL element `address`: tns:Address, required, nillable.
        public var address: NillableSOAP.Address?
        /// WSDL element `comment`: xsd:string, required, nillable.
        public var comment: Swift.String?
        /// WSDL element `tags`: xsd:string, 0 to unbounded times, nillable.
        public var tags: [Swift.String?]

        /// Creates a value from its fields.
        public init(name: Swift.String?, age: Swift.Int32?, nickname: Swift.String? = nil, address: NillableSOAP.Address?, comment: Swift.String?, tags: [Swift.String?] = []) {
            self.name = name
            self.age = age
            self.nickname = nickname
            self.address = address
            self.comment = comment
            self.tags = tags
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 4)
            if let value = self.name {
                values["name"] = value.soapLexicalForm
            }
            if let value = self.age {
                values["age"] = value.soapLexicalForm
            }
            if let value = self.nickname {
                values["nickname"] = value.soapLexicalForm
            }
            if let value = self.comment {
                values["comment"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeNillableElement("name", namespaceIndex: 1, value: self.name)
            try writer.writeNillableElement("age", namespaceIndex: 1, value: self.age)
            if let value = self.nickname {
                try writer.writeElement("nickname", namespaceIndex: 1, value: value)
            }
            try writer.writeNillableElement("address", namespaceIndex: 1, value: self.address)
            try writer.writeNillableElement("comment", namespaceIndex: 1, value: self.comment)
            for item in self.tags {
                try writer.writeNillableElement("tags", namespaceIndex: 1, value: item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var name: Swift.String?? = nil
            var age: Swift.Int32?? = nil
            var nickname: Swift.String?? = nil
            var address: NillableSOAP.Address?? = nil
            var comment: Swift.String?? = nil
            var tags: [Swift.String?] = []
            for child in element.children {
                switch child.localName {
                case "name":
                    name = .some(try SOAPRuntime.SOAPDecoding.nillableScalar(Swift.String.self, current: name, from: child, in: element, xsdType: "xsd:string"))
                case "age":
                    age = .some(try SOAPRuntime.SOAPDecoding.nillableScalar(Swift.Int32.self, current: age, from: child, in: element, xsdType: "xsd:int"))
                case "nickname":
                    nickname = .some(try SOAPRuntime.SOAPDecoding.nillableScalar(Swift.String.self, current: nickname, from: child, in: element, xsdType: "xsd:string"))
                case "address":
                    address = .some(try SOAPRuntime.SOAPDecoding.nillableElement(NillableSOAP.Address.self, current: address, from: child, in: element))
                case "comment":
                    comment = .some(try SOAPRuntime.SOAPDecoding.nillableScalar(Swift.String.self, current: comment, from: child, in: element, xsdType: "xsd:string"))
                case "tags":
                    tags.append(try SOAPRuntime.SOAPDecoding.nillableScalarItem(Swift.String.self, from: child, in: element, xsdType: "xsd:string"))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.name = try SOAPRuntime.SOAPDecoding.required(name, "name", in: element)
            self.age = try SOAPRuntime.SOAPDecoding.required(age, "age", in: element)
            self.nickname = nickname ?? nil
            self.address = try SOAPRuntime.SOAPDecoding.required(address, "address", in: element)
            self.comment = try SOAPRuntime.SOAPDecoding.required(comment, "comment", in: element)
            self.tags = tags
        }
    }

    /// WSDL element `updateResponse` (output of operation `update`).
    public struct UpdateResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "updateResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `previousAge`: xsd:int, required, nillable.
        public var previousAge: Swift.Int32?
        /// WSDL element `address`: tns:Address, optional, nillable.
        public var address: NillableSOAP.Address?
        /// WSDL element `history`: tns:Address, 0 to unbounded times, nillable.
        public var history: [NillableSOAP.Address?]

        /// Creates a value from its fields.
        public init(previousAge: Swift.Int32?, address: NillableSOAP.Address? = nil, history: [NillableSOAP.Address?] = []) {
            self.previousAge = previousAge
            self.address = address
            self.history = history
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            if let value = self.previousAge {
                values["previousAge"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeNillableElement("previousAge", namespaceIndex: 1, value: self.previousAge)
            if let value = self.address {
                try writer.writeElement("address", namespaceIndex: 1, value: value)
            }
            for item in self.history {
                try writer.writeNillableElement("history", namespaceIndex: 1, value: item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var previousAge: Swift.Int32?? = nil
            var address: NillableSOAP.Address?? = nil
            var history: [NillableSOAP.Address?] = []
            for child in element.children {
                switch child.localName {
                case "previousAge":
                    previousAge = .some(try SOAPRuntime.SOAPDecoding.nillableScalar(Swift.Int32.self, current: previousAge, from: child, in: element, xsdType: "xsd:int"))
                case "address":
                    address = .some(try SOAPRuntime.SOAPDecoding.nillableElement(NillableSOAP.Address.self, current: address, from: child, in: element))
                case "history":
                    history.append(try SOAPRuntime.SOAPDecoding.nillableElementItem(NillableSOAP.Address.self, from: child, in: element, index: history.count))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.previousAge = try SOAPRuntime.SOAPDecoding.required(previousAge, "previousAge", in: element)
            self.address = address ?? nil
            self.history = history
        }
    }
}
