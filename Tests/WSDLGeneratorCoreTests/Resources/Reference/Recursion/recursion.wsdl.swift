// smsc-wsdl-gen wrote this file from recursion.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Recursion`, port `RecursionSoap`, binding `RecursionSoap` (SOAP 1.1, document/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `recursion.wsdl`.
///
/// Port type `RecursionPort` through binding `RecursionSoap` (SOAP 1.1, document/literal) at port `RecursionSoap` of service `Recursion`.
public enum RecursionSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:recursion", address: "http://127.0.0.1:8080/recursion", namespaces: ["urn:example:recursion"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["walk"]

    /// WSDL operation `walk` of port type `RecursionPort`.
    ///
    /// Input element `walk`, output element `walkResponse`, soapAction `urn:example:recursion#walk`.
    public enum Walk: SOAPRuntime.SOAPOperation {
        /// The input body element `walk`.
        public typealias Input = RecursionSOAP.WalkRequest

        /// The output body element `walkResponse`.
        public typealias Output = RecursionSOAP.WalkResponse

        /// The WSDL operation name.
        public static let operationName = "walk"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:recursion#walk"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            RecursionSOAP.service
        }
    }

    /// WSDL the anonymous complexType of global element `node`.
    public struct Node: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `label`: xsd:string, required.
        public var label: Swift.String
        private var _node: SOAPRuntime.SOAPIndirect<RecursionSOAP.Node>?

        /// WSDL element `node`: element tns:node, optional.
        ///
        /// Kept in a box: the type contains itself through this element.
        public var node: RecursionSOAP.Node? {
            get {
                _node?.value
            }
            set {
                _node = newValue.map(SOAPRuntime.SOAPIndirect.init)
            }
        }

        /// Creates a value from its fields.
        public init(label: Swift.String, node: RecursionSOAP.Node? = nil) {
            self.label = label
            self._node = node.map(SOAPRuntime.SOAPIndirect.init)
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["label"] = self.label.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("label", value: self.label)
            if let value = self.node {
                try writer.writeElement("node", namespaceIndex: 1, value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var label: Swift.String? = nil
            var node: RecursionSOAP.Node? = nil
            for child in element.children {
                switch child.localName {
                case "label":
                    label = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: label, from: child, in: element, xsdType: "xsd:string")
                case "node":
                    node = try SOAPRuntime.SOAPDecoding.element(RecursionSOAP.Node.self, current: node, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.label = try SOAPRuntime.SOAPDecoding.required(label, "label", in: element)
            self._node = node.map(SOAPRuntime.SOAPIndirect.init)
        }
    }

    /// WSDL the anonymous complexType of global element `folder`.
    public struct Folder: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `name`: xsd:string, required.
        public var name: Swift.String
        /// WSDL element `folder`: element tns:folder, 0 to unbounded times.
        public var folder: [RecursionSOAP.Folder]

        /// Creates a value from its fields.
        public init(name: Swift.String, folder: [RecursionSOAP.Folder] = []) {
            self.name = name
            self.folder = folder
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["name"] = self.name.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("name", value: self.name)
            for item in self.folder {
                try writer.writeElement("folder", namespaceIndex: 1, value: item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var name: Swift.String? = nil
            var folder: [RecursionSOAP.Folder] = []
            for child in element.children {
                switch child.localName {
                case "name":
                    name = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: name, from: child, in: element, xsdType: "xsd:string")
                case "folder":
                    folder.append(try SOAPRuntime.SOAPDecoding.elementItem(RecursionSOAP.Folder.self, from: child, in: element, index: folder.count))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.name = try SOAPRuntime.SOAPDecoding.required(name, "name", in: element)
            self.folder = folder
        }
    }

    /// WSDL element `walk` (input of operation `walk`).
    public struct WalkRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "walk"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `node`: element tns:node, required.
        public var node: RecursionSOAP.Node
        /// WSDL element `folder`: element tns:folder, optional.
        public var folder: RecursionSOAP.Folder?

        /// Creates a value from its fields.
        public init(node: RecursionSOAP.Node, folder: RecursionSOAP.Folder? = nil) {
            self.node = node
            self.folder = folder
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("node", namespaceIndex: 1, value: self.node)
            if let value = self.folder {
                try writer.writeElement("folder", namespaceIndex: 1, value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var node: RecursionSOAP.Node? = nil
            var folder: RecursionSOAP.Folder? = nil
            for child in element.children {
                switch child.localName {
                case "node":
                    node = try SOAPRuntime.SOAPDecoding.element(RecursionSOAP.Node.self, current: node, from: child, in: element)
                case "folder":
                    folder = try SOAPRuntime.SOAPDecoding.element(RecursionSOAP.Folder.self, current: folder, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.node = try SOAPRuntime.SOAPDecoding.required(node, "node", in: element)
            self.folder = folder
        }
    }

    /// WSDL complexType `Employee`.
    public struct Employee: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `name`: xsd:string, required.
        public var name: Swift.String
        private var _manager: SOAPRuntime.SOAPIndirect<RecursionSOAP.Employee>?

        /// WSDL element `manager`: tns:Employee, optional.
        ///
        /// Kept in a box: the type contains itself through this element.
        public var manager: RecursionSOAP.Employee? {
            get {
                _manager?.value
            }
            set {
                _manager = newValue.map(SOAPRuntime.SOAPIndirect.init)
            }
        }

        /// Creates a value from its fields.
        public init(name: Swift.String, manager: RecursionSOAP.Employee? = nil) {
            self.name = name
            self._manager = manager.map(SOAPRuntime.SOAPIndirect.init)
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 1)
            values["name"] = self.name.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("name", value: self.name)
            if let value = self.manager {
                try writer.writeElement("manager", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var name: Swift.String? = nil
            var manager: RecursionSOAP.Employee? = nil
            for child in element.children {
                switch child.localName {
                case "name":
                    name = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: name, from: child, in: element, xsdType: "xsd:string")
                case "manager":
                    manager = try SOAPRuntime.SOAPDecoding.element(RecursionSOAP.Employee.self, current: manager, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.name = try SOAPRuntime.SOAPDecoding.required(name, "name", in: element)
            self._manager = manager.map(SOAPRuntime.SOAPIndirect.init)
        }
    }

    /// WSDL complexType `Answer`.
    public struct Answer: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `text`: xsd:string, required.
        public var text: Swift.String
        private var _question: SOAPRuntime.SOAPIndirect<RecursionSOAP.Question>

        /// WSDL element `question`: tns:Question, required.
        ///
        /// Kept in a box: the type contains itself through this element.
        public var question: RecursionSOAP.Question {
            get {
                _question.value
            }
            set {
                _question = SOAPRuntime.SOAPIndirect(newValue)
            }
        }

        /// Creates a value from its fields.
        public init(text: Swift.String, question: RecursionSOAP.Question) {
            self.text = text
            self._question = SOAPRuntime.SOAPIndirect(question)
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
            try writer.writeElement("question", value: self.question)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var text: Swift.String? = nil
            var question: RecursionSOAP.Question? = nil
            for child in element.children {
                switch child.localName {
                case "text":
                    text = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: text, from: child, in: element, xsdType: "xsd:string")
                case "question":
                    question = try SOAPRuntime.SOAPDecoding.element(RecursionSOAP.Question.self, current: question, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.text = try SOAPRuntime.SOAPDecoding.required(text, "text", in: element)
            self._question = SOAPRuntime.SOAPIndirect(try SOAPRuntime.SOAPDecoding.required(question, "question", in: element))
        }
    }

    /// WSDL complexType `Question`.
    public struct Question: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `text`: xsd:string, required.
        public var text: Swift.String
        /// WSDL element `answer`: tns:Answer, optional.
        public var answer: RecursionSOAP.Answer?

        /// Creates a value from its fields.
        public init(text: Swift.String, answer: RecursionSOAP.Answer? = nil) {
            self.text = text
            self.answer = answer
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
            if let value = self.answer {
                try writer.writeElement("answer", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var text: Swift.String? = nil
            var answer: RecursionSOAP.Answer? = nil
            for child in element.children {
                switch child.localName {
                case "text":
                    text = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: text, from: child, in: element, xsdType: "xsd:string")
                case "answer":
                    answer = try SOAPRuntime.SOAPDecoding.element(RecursionSOAP.Answer.self, current: answer, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.text = try SOAPRuntime.SOAPDecoding.required(text, "text", in: element)
            self.answer = answer
        }
    }

    /// WSDL complexType `Reserved`.
    public struct Reserved: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `hashValue`: xsd:string, required.
        public var hashValueElement: Swift.String
        /// WSDL element `lexicalValues`: xsd:string, optional.
        public var lexicalValuesElement: Swift.String?
        /// WSDL element `elementName`: xsd:string, optional.
        public var elementNameElement: Swift.String?
        /// WSDL element `namespaceIndex`: xsd:int, optional.
        public var namespaceIndexElement: Swift.Int32?
        /// WSDL element `encodeContent`: xsd:string, optional.
        public var encodeContent: Swift.String?

        /// Creates a value from its fields.
        public init(hashValueElement: Swift.String, lexicalValuesElement: Swift.String? = nil, elementNameElement: Swift.String? = nil, namespaceIndexElement: Swift.Int32? = nil, encodeContent: Swift.String? = nil) {
            self.hashValueElement = hashValueElement
            self.lexicalValuesElement = lexicalValuesElement
            self.elementNameElement = elementNameElement
            self.namespaceIndexElement = namespaceIndexElement
            self.encodeContent = encodeContent
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 5)
            values["hashValue"] = self.hashValueElement.soapLexicalForm
            if let value = self.lexicalValuesElement {
                values["lexicalValues"] = value.soapLexicalForm
            }
            if let value = self.elementNameElement {
                values["elementName"] = value.soapLexicalForm
            }
            if let value = self.namespaceIndexElement {
                values["namespaceIndex"] = value.soapLexicalForm
            }
            if let value = self.encodeContent {
                values["encodeContent"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("hashValue", value: self.hashValueElement)
            if let value = self.lexicalValuesElement {
                try writer.writeElement("lexicalValues", value: value)
            }
            if let value = self.elementNameElement {
                try writer.writeElement("elementName", value: value)
            }
            if let value = self.namespaceIndexElement {
                try writer.writeElement("namespaceIndex", value: value)
            }
            if let value = self.encodeContent {
                try writer.writeElement("encodeContent", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var hashValueElement: Swift.String? = nil
            var lexicalValuesElement: Swift.String? = nil
            var elementNameElement: Swift.String? = nil
            var namespaceIndexElement: Swift.Int32? = nil
            var encodeContent: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "hashValue":
                    hashValueElement = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: hashValueElement, from: child, in: element, xsdType: "xsd:string")
                case "lexicalValues":
                    lexicalValuesElement = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: lexicalValuesElement, from: child, in: element, xsdType: "xsd:string")
                case "elementName":
                    elementNameElement = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: elementNameElement, from: child, in: element, xsdType: "xsd:string")
                case "namespaceIndex":
                    namespaceIndexElement = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int32.self, current: namespaceIndexElement, from: child, in: element, xsdType: "xsd:int")
                case "encodeContent":
                    encodeContent = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: encodeContent, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.hashValueElement = try SOAPRuntime.SOAPDecoding.required(hashValueElement, "hashValue", in: element)
            self.lexicalValuesElement = lexicalValuesElement
            self.elementNameElement = elementNameElement
            self.namespaceIndexElement = namespaceIndexElement
            self.encodeContent = encodeContent
        }
    }

    /// WSDL element `walkResponse` (output of operation `walk`).
    public struct WalkResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "walkResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `employee`: tns:Employee, required.
        public var employee: RecursionSOAP.Employee
        /// WSDL element `question`: tns:Question, optional.
        public var question: RecursionSOAP.Question?
        /// WSDL element `reserved`: tns:Reserved, optional.
        public var reserved: RecursionSOAP.Reserved?

        /// Creates a value from its fields.
        public init(employee: RecursionSOAP.Employee, question: RecursionSOAP.Question? = nil, reserved: RecursionSOAP.Reserved? = nil) {
            self.employee = employee
            self.question = question
            self.reserved = reserved
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("employee", value: self.employee)
            if let value = self.question {
                try writer.writeElement("question", value: value)
            }
            if let value = self.reserved {
                try writer.writeElement("reserved", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var employee: RecursionSOAP.Employee? = nil
            var question: RecursionSOAP.Question? = nil
            var reserved: RecursionSOAP.Reserved? = nil
            for child in element.children {
                switch child.localName {
                case "employee":
                    employee = try SOAPRuntime.SOAPDecoding.element(RecursionSOAP.Employee.self, current: employee, from: child, in: element)
                case "question":
                    question = try SOAPRuntime.SOAPDecoding.element(RecursionSOAP.Question.self, current: question, from: child, in: element)
                case "reserved":
                    reserved = try SOAPRuntime.SOAPDecoding.element(RecursionSOAP.Reserved.self, current: reserved, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.employee = try SOAPRuntime.SOAPDecoding.required(employee, "employee", in: element)
            self.question = question
            self.reserved = reserved
        }
    }
}
