@_spi(Generated) import SOAPRuntime
import SOAPXML

// Hand-written body elements and operations for the runtime tests. They mirror, line for line, what
// smsc-wsdl-gen emits (see WSDLGeneratorCore/Renderer/DeclarationBuilder.swift): required fields are written
// unconditionally, optional ones under `if let`, repeated ones in a loop after `checkCount` when the schema
// bounds them; decoders match children by local name in any order and skip unknown children.

/// An item of `echo/items` (complexType with a required `name` and an optional `xsd:double` `weight`).
struct EchoItem: SOAPElementCodable, Hashable {
    var name: String
    var weight: Double?

    init(name: String, weight: Double? = nil) {
        self.name = name
        self.weight = weight
    }

    func encodeContent(to writer: inout SOAPXMLWriter) throws(SOAPEncodingError) {
        try writer.writeElement("name", value: self.name)
        if let value = self.weight {
            try writer.writeElement("weight", value: value)
        }
    }

    init(decoding element: XMLTree.Element) throws(SOAPDecodingError) {
        var name: String? = nil
        var weight: Double? = nil
        for child in element.children {
            switch child.localName {
            case "name":
                name = try SOAPDecoding.scalar(
                    String.self, current: name, from: child, in: element, xsdType: "xsd:string")
            case "weight":
                weight = try SOAPDecoding.scalar(
                    Double.self, current: weight, from: child, in: element, xsdType: "xsd:double")
            default:
                continue
            }
        }
        self.name = try SOAPDecoding.required(name, "name", in: element)
        self.weight = weight
    }
}

/// Global element `echo` in `ns1`:
/// `text` xsd:string required, `count` xsd:int optional, `items` EchoItem 0..unbounded,
/// `tags` xsd:string 0..3, `note` xsd:string optional and qualified in `ns2`.
struct Echo: SOAPBodyElement, Hashable {
    static let elementName = "echo"
    static let namespaceIndex = 1

    var text: String
    var count: Int32?
    var items: [EchoItem]
    var tags: [String]
    var note: String?

    init(text: String, count: Int32? = nil, items: [EchoItem] = [], tags: [String] = [], note: String? = nil) {
        self.text = text
        self.count = count
        self.items = items
        self.tags = tags
        self.note = note
    }

    func encodeContent(to writer: inout SOAPXMLWriter) throws(SOAPEncodingError) {
        try writer.writeElement("text", value: self.text)
        if let value = self.count {
            try writer.writeElement("count", value: value)
        }
        for item in self.items {
            try writer.writeElement("items", value: item)
        }
        try writer.checkCount(self.tags.count, of: "tags", minimum: 0, maximum: 3)
        for item in self.tags {
            try writer.writeElement("tags", value: item)
        }
        if let value = self.note {
            try writer.writeElement("note", namespaceIndex: 2, value: value)
        }
    }

    init(decoding element: XMLTree.Element) throws(SOAPDecodingError) {
        var text: String? = nil
        var count: Int32? = nil
        var items: [EchoItem] = []
        var tags: [String] = []
        var note: String? = nil
        for child in element.children {
            switch child.localName {
            case "text":
                text = try SOAPDecoding.scalar(
                    String.self, current: text, from: child, in: element, xsdType: "xsd:string")
            case "count":
                count = try SOAPDecoding.scalar(
                    Int32.self, current: count, from: child, in: element, xsdType: "xsd:int")
            case "items":
                items.append(try SOAPDecoding.elementItem(EchoItem.self, from: child, in: element, index: items.count))
            case "tags":
                tags.append(try SOAPDecoding.scalarItem(String.self, from: child, in: element, xsdType: "xsd:string"))
            case "note":
                note = try SOAPDecoding.scalar(
                    String.self, current: note, from: child, in: element, xsdType: "xsd:string")
            default:
                continue
            }
        }
        self.text = try SOAPDecoding.required(text, "text", in: element)
        self.count = count
        self.items = items
        self.tags = tags
        self.note = note
    }
}

/// Global element `echoResponse` in `ns1`: `result` (an `echo`-typed complex element) required,
/// `codes` xsd:int 1..unbounded, `ok` xsd:boolean optional.
struct EchoResponse: SOAPBodyElement, Hashable {
    static let elementName = "echoResponse"
    static let namespaceIndex = 1

    var result: Echo
    var codes: [Int32]
    var ok: Bool?

    init(result: Echo, codes: [Int32], ok: Bool? = nil) {
        self.result = result
        self.codes = codes
        self.ok = ok
    }

    func encodeContent(to writer: inout SOAPXMLWriter) throws(SOAPEncodingError) {
        try writer.writeElement("result", value: self.result)
        try writer.checkCount(self.codes.count, of: "codes", minimum: 1, maximum: nil)
        for item in self.codes {
            try writer.writeElement("codes", value: item)
        }
        if let value = self.ok {
            try writer.writeElement("ok", value: value)
        }
    }

    init(decoding element: XMLTree.Element) throws(SOAPDecodingError) {
        var result: Echo? = nil
        var codes: [Int32] = []
        var ok: Bool? = nil
        for child in element.children {
            switch child.localName {
            case "result":
                result = try SOAPDecoding.element(Echo.self, current: result, from: child, in: element)
            case "codes":
                codes.append(try SOAPDecoding.scalarItem(Int32.self, from: child, in: element, xsdType: "xsd:int"))
            case "ok":
                ok = try SOAPDecoding.scalar(Bool.self, current: ok, from: child, in: element, xsdType: "xsd:boolean")
            default:
                continue
            }
        }
        self.result = try SOAPDecoding.required(result, "result", in: element)
        self.codes = try SOAPDecoding.checkCount(codes, "codes", minimum: 1, in: element)
        self.ok = ok
    }
}

/// The SMSC-like port both operations below belong to: the WSDL writes its own origin into the target
/// namespace and the soapActions. The second namespace is foreign and must never be rebased.
enum EchoService {
    static let targetNamespace = "https://smsc.ru/sys/soap.php"
    static let foreignNamespace = "urn:example:echo-extras"

    static let soap11 = SOAPServiceDescription(
        targetNamespace: targetNamespace,
        address: "https://smsc.ru/sys/soap.php",
        namespaces: [targetNamespace, foreignNamespace],
        soapVersion: .soap11,
        rebasesOnEndpoint: true
    )

    static let soap12 = SOAPServiceDescription(
        targetNamespace: targetNamespace,
        address: "https://smsc.ru/sys/soap.php",
        namespaces: [targetNamespace, foreignNamespace],
        soapVersion: .soap12,
        rebasesOnEndpoint: true
    )
}

/// WSDL operation `echo` on a SOAP 1.1 binding.
enum EchoOperation: SOAPOperation {
    typealias Input = Echo
    typealias Output = EchoResponse

    static let operationName = "echo"
    static let wsdlSOAPAction = "https://smsc.ru/sys/soap.php#echo"

    static var service: SOAPServiceDescription {
        EchoService.soap11
    }
}

/// WSDL operation `echo` on a SOAP 1.2 binding.
enum Echo12Operation: SOAPOperation {
    typealias Input = Echo
    typealias Output = EchoResponse

    static let operationName = "echo"
    static let wsdlSOAPAction = "https://smsc.ru/sys/soap.php#echo"

    static var service: SOAPServiceDescription {
        EchoService.soap12
    }
}

/// Helpers shared by the suites.
enum TestXML {
    static func bytes(_ string: String) -> [UInt8] {
        Array(string.utf8)
    }

    static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Parses `xml` and returns its root element; the document must be well-formed.
    static func root(_ xml: String) throws -> XMLTree.Element {
        try XMLTree(parsing: bytes(xml)).root
    }

    static let soap11Namespace = "http://schemas.xmlsoap.org/soap/envelope/"
    static let soap12Namespace = "http://www.w3.org/2003/05/soap-envelope"

    /// A SOAP 1.1 envelope in PHP's form around `body` (which may use prefix `ns1` for `namespace`).
    static func soap11(_ body: String, namespace: String = EchoService.targetNamespace) -> [UInt8] {
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"\(soap11Namespace)\" xmlns:ns1=\"\(namespace)\"><SOAP-ENV:Body>\(body)</SOAP-ENV:Body></SOAP-ENV:Envelope>\n"
        )
    }
}
