// smsc-wsdl-gen wrote this file from derivation.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Derivation`, port `DerivationSoap`, binding `DerivationSoap` (SOAP 1.1, document/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `derivation.wsdl`.
///
/// Port type `DerivationPort` through binding `DerivationSoap` (SOAP 1.1, document/literal) at port `DerivationSoap` of service `Derivation`.
public enum DerivationSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:derivation", address: "http://127.0.0.1:8080/derivation", namespaces: ["urn:example:derivation"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["register"]

    /// WSDL operation `register` of port type `DerivationPort`.
    ///
    /// Input element `register`, output element `registerResponse`, soapAction `urn:example:derivation#register`.
    public enum Register: SOAPRuntime.SOAPOperation {
        /// The input body element `register`.
        public typealias Input = DerivationSOAP.RegisterRequest

        /// The output body element `registerResponse`.
        public typealias Output = DerivationSOAP.RegisterResponse

        /// The WSDL operation name.
        public static let operationName = "register"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:derivation#register"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            DerivationSOAP.service
        }
    }

    /// WSDL complexType `Party`.
    public struct Party: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `id`: xsd:long, required.
        public var id: Swift.Int64
        /// WSDL element `name`: xsd:string, required.
        public var name: Swift.String
        /// WSDL attribute `etag`: xsd:string, optional.
        public var etag: Swift.String?

        /// Creates a value from its fields.
        public init(id: Swift.Int64, name: Swift.String, etag: Swift.String? = nil) {
            self.id = id
            self.name = name
            self.etag = etag
        }

        /// The simple child elements that are present, by wire name, in their XML Schema lexical form (repeated and
        /// complex fields, attributes and the text are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["id"] = self.id.soapLexicalForm
            values["name"] = self.name.soapLexicalForm
            return values
        }

        /// Writes the attributes that are set into the element's start tag.
        public func encodeAttributes(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.etag {
                try writer.writeAttribute("etag", value: value)
            }
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("id", value: self.id)
            try writer.writeElement("name", value: self.name)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var id: Swift.Int64? = nil
            var name: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int64.self, current: id, from: child, in: element, xsdType: "xsd:long")
                case "name":
                    name = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: name, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.id = try SOAPRuntime.SOAPDecoding.required(id, "id", in: element)
            self.name = try SOAPRuntime.SOAPDecoding.required(name, "name", in: element)
            self.etag = try SOAPRuntime.SOAPDecoding.attribute(Swift.String.self, "etag", of: element, xsdType: "xsd:string")
        }
    }

    /// WSDL complexType `Note`.
    public struct Note: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `text`: xsd:string, required.
        public var text: Swift.String

        /// Creates a value from its fields.
        public init(text: Swift.String) {
            self.text = text
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["text"] = self.text.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("text", value: self.text)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var text: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "text":
                    text = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: text, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.text = try SOAPRuntime.SOAPDecoding.required(text, "text", in: element)
        }
    }

    /// WSDL element `register` (input of operation `register`).
    public struct RegisterRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "register"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `id`: xsd:long, required.
        public var id: Swift.Int64
        /// WSDL element `name`: xsd:string, required.
        public var name: Swift.String
        /// WSDL element `email`: xsd:string, optional.
        public var email: Swift.String?
        /// WSDL element `referrer`: tns:Party, optional.
        public var referrer: DerivationSOAP.Party?
        /// WSDL element `note`: tns:Note, optional.
        public var note: DerivationSOAP.Note?
        /// WSDL attribute `etag`: xsd:string, optional.
        public var etag: Swift.String?
        /// WSDL attribute `vip`: xsd:boolean, optional.
        public var vip: Swift.Bool?

        /// Creates a value from its fields.
        public init(id: Swift.Int64, name: Swift.String, email: Swift.String? = nil, referrer: DerivationSOAP.Party? = nil, note: DerivationSOAP.Note? = nil, etag: Swift.String? = nil, vip: Swift.Bool? = nil) {
            self.id = id
            self.name = name
            self.email = email
            self.referrer = referrer
            self.note = note
            self.etag = etag
            self.vip = vip
        }

        /// The simple child elements that are present, by wire name, in their XML Schema lexical form (repeated and
        /// complex fields, attributes and the text are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 3)
            values["id"] = self.id.soapLexicalForm
            values["name"] = self.name.soapLexicalForm
            if let value = self.email {
                values["email"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the attributes that are set into the element's start tag.
        public func encodeAttributes(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.etag {
                try writer.writeAttribute("etag", value: value)
            }
            if let value = self.vip {
                try writer.writeAttribute("vip", value: value)
            }
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("id", value: self.id)
            try writer.writeElement("name", value: self.name)
            if let value = self.email {
                try writer.writeElement("email", value: value)
            }
            if let value = self.referrer {
                try writer.writeElement("referrer", value: value)
            }
            if let value = self.note {
                try writer.writeElement("note", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var id: Swift.Int64? = nil
            var name: Swift.String? = nil
            var email: Swift.String? = nil
            var referrer: DerivationSOAP.Party? = nil
            var note: DerivationSOAP.Note? = nil
            for child in element.children {
                switch child.localName {
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int64.self, current: id, from: child, in: element, xsdType: "xsd:long")
                case "name":
                    name = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: name, from: child, in: element, xsdType: "xsd:string")
                case "email":
                    email = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: email, from: child, in: element, xsdType: "xsd:string")
                case "referrer":
                    referrer = try SOAPRuntime.SOAPDecoding.element(DerivationSOAP.Party.self, current: referrer, from: child, in: element)
                case "note":
                    note = try SOAPRuntime.SOAPDecoding.element(DerivationSOAP.Note.self, current: note, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.id = try SOAPRuntime.SOAPDecoding.required(id, "id", in: element)
            self.name = try SOAPRuntime.SOAPDecoding.required(name, "name", in: element)
            self.email = email
            self.referrer = referrer
            self.note = note
            self.etag = try SOAPRuntime.SOAPDecoding.attribute(Swift.String.self, "etag", of: element, xsdType: "xsd:string")
            self.vip = try SOAPRuntime.SOAPDecoding.attribute(Swift.Bool.self, "vip", of: element, xsdType: "xsd:boolean")
        }
    }

    /// WSDL complexType `PartyReference`.
    public struct PartyReference: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `id`: xsd:long, required.
        public var id: Swift.Int64

        /// Creates a value from its fields.
        public init(id: Swift.Int64) {
            self.id = id
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["id"] = self.id.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("id", value: self.id)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var id: Swift.Int64? = nil
            for child in element.children {
                switch child.localName {
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int64.self, current: id, from: child, in: element, xsdType: "xsd:long")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.id = try SOAPRuntime.SOAPDecoding.required(id, "id", in: element)
        }
    }

    /// WSDL element `registerResponse` (output of operation `register`).
    public struct RegisterResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "registerResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `customer`: tns:PartyReference, required.
        public var customer: DerivationSOAP.PartyReference

        /// Creates a value from its fields.
        public init(customer: DerivationSOAP.PartyReference) {
            self.customer = customer
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("customer", value: self.customer)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var customer: DerivationSOAP.PartyReference? = nil
            for child in element.children {
                switch child.localName {
                case "customer":
                    customer = try SOAPRuntime.SOAPDecoding.element(DerivationSOAP.PartyReference.self, current: customer, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.customer = try SOAPRuntime.SOAPDecoding.required(customer, "customer", in: element)
        }
    }
}
