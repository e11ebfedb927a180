/// The parts of a WSDL 1.1 document the generator uses.
struct WSDLDefinitions {
    var targetNamespace: String
    var schemas = SchemaSet()
    var messages: [QName: Message] = [:]
    var portTypes: [PortType] = []
    var bindings: [Binding] = []
    var services: [Service] = []
    var location: SourceLocation
}

struct Message: Hashable {
    var name: QName
    var parts: [Part]
    var location: SourceLocation
}

struct Part: Hashable {
    var name: String
    var element: QName?
    var type: QName?
    var location: SourceLocation
}

struct PortType: Hashable {
    var name: QName
    var operations: [PortTypeOperation]
    var location: SourceLocation
}

struct PortTypeOperation: Hashable {
    var name: String
    var input: QName?
    var output: QName?
    /// Whether `output` comes before `input` (a notification or solicit-response operation).
    var outputFirst: Bool
    var faults: [String]
    var location: SourceLocation
    /// Where `input` and `output` are referenced.
    var inputLocation: SourceLocation? = nil
    var outputLocation: SourceLocation? = nil
}

struct Binding: Hashable {
    var name: QName
    var portType: QName
    /// `nil` when the binding is not a SOAP binding (HTTP GET/POST, for instance).
    var soapVersion: SOAPBindingVersion?
    var style: String?
    var transport: String?
    var operations: [BindingOperation]
    var location: SourceLocation
}

struct BindingOperation: Hashable {
    var name: String
    var soapAction: String?
    var style: String?
    var inputBody: SOAPBody?
    var outputBody: SOAPBody?
    var inputHeaders: [SOAPHeader] = []
    var outputHeaders: [SOAPHeader] = []
    /// `soap:headerfault`s, which are decoded as generic faults.
    var headerFaultLocations: [SourceLocation] = []
    var location: SourceLocation
}

/// A `soap:header` inside a binding operation's input or output: a message part that travels as a header block.
struct SOAPHeader: Hashable {
    var message: QName
    var part: String
    var use: String?
    var location: SourceLocation
}

/// A `soap:body` inside a binding operation's input or output.
struct SOAPBody: Hashable {
    var use: String?
    var parts: String?
    var namespace: String?
    var location: SourceLocation
}

struct Service: Hashable {
    var name: String
    var ports: [Port]
    var location: SourceLocation
}

struct Port: Hashable {
    var name: String
    var binding: QName
    var address: String?
    var location: SourceLocation
}

/// The SOAP version a binding declares.
enum SOAPBindingVersion: Hashable {
    case soap11
    case soap12

    var displayName: String {
        switch self {
        case .soap11: "SOAP 1.1"
        case .soap12: "SOAP 1.2"
        }
    }
}
