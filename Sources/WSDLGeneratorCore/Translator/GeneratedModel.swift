/// What the translator decided to generate for one WSDL: its ports, names, shapes and wire details, with no Swift
/// syntax yet. The renderer and the inspector both read it.
struct GeneratedService: Hashable {
    var namespaceName: String
    var sourceFileName: String
    var targetNamespace: String
    /// Namespaces of qualified elements; element *n* is `ns`*n+1* on the wire.
    var namespaces: [String]
    /// The first SOAP 1.1 port (or SOAP 1.2, with none): its operations sit at the top of the namespace.
    var port: GeneratedPort
    /// The other SOAP ports (another binding of the port type, such as SOAP 1.2, or other port types and services),
    /// each an enum in the namespace; they share the namespace's types.
    var additionalPorts: [GeneratedPort] = []
    var types: [GeneratedStruct]
    /// String enumerations, as Swift enums with a case for values the schema does not list.
    var enumerations: [GeneratedEnumeration] = []
}

/// A SOAP port (or a SOAP binding no port uses) and its operations.
struct GeneratedPort: Hashable {
    /// The enum's name in the namespace (the port's name, or the binding's when no port uses it); `nil` for the port
    /// at the top of the namespace.
    var swiftName: String?
    /// Empty when no port uses the binding.
    var serviceName: String
    var portName: String
    var bindingName: String
    var portTypeName: String
    var address: String
    var soapVersion: SOAPBindingVersion
    /// `document/literal` or `rpc/literal`, as the binding declares its style.
    var bindingStyle: String
    var operations: [GeneratedOperation]
}

/// A simple type restricting a string type to listed values (`xsd:enumeration`).
struct GeneratedEnumeration: Hashable {
    struct Case: Hashable {
        var swiftName: String
        var wireValue: String
    }

    var swiftName: String
    var qualifiedName: String
    /// What it was generated from, for doc comments (`simpleType \`Color\``).
    var origin: String
    var cases: [Case]
    /// The catch-all case for values the schema does not list (`unknown`, or another name if a value took it).
    var unknownCaseName: String
}

struct GeneratedOperation: Hashable {
    var wireName: String
    var swiftName: String
    var soapAction: String
    var inputType: String
    var outputType: String
    var inputElement: String
    /// `nil` for a one-way operation, whose output type is `SOAPRuntime.SOAPNoResponse`.
    var outputElement: String?
    /// The struct of the input's `soap:header` blocks; `nil` when the binding declares none.
    var inputHeaderType: String? = nil
    /// The struct of the output's `soap:header` blocks; `nil` when the binding declares none.
    var outputHeaderType: String? = nil
}

struct GeneratedStruct: Hashable {
    /// The name inside its parent (`SendSMS2Request`, `Item`).
    var swiftName: String
    /// The fully qualified Swift name (`SMSCSOAP.SendSMS2Request`).
    var qualifiedName: String
    /// What it was generated from, for doc comments (`element \`send2\``).
    var origin: String
    /// The element's name when the struct travels as a SOAP body element.
    var bodyElement: BodyElement?
    var fields: [GeneratedField]
    var nested: [GeneratedStruct]

    /// A global element that travels as the single child of a SOAP `Body`.
    struct BodyElement: Hashable {
        var name: String
        var namespaceIndex: Int
        /// An rpc output wrapper: read whatever the reply names it.
        var acceptsAnyName = false
    }
}

struct GeneratedField: Hashable {
    indirect enum Kind: Hashable {
        /// A built-in simple type: the Swift type (`Swift.String`) and the schema's name (`xsd:string`).
        case scalar(swiftType: String, schemaType: String)
        /// A generated struct, by qualified Swift name, and the schema's name of its type.
        case structure(swiftType: String, schemaType: String)
        /// An `xsd:choice`: a generated enum, by qualified Swift name, with a case per element.
        case choice(swiftType: String, alternatives: [Alternative])
        /// `xsd:any`: the child elements no other field takes, kept as XML.
        case any

        var swiftType: String {
            switch self {
            case .scalar(let type, _), .structure(let type, _), .choice(let type, _): type
            case .any: "SOAPXML.XMLTree.Element"
            }
        }

        var schemaType: String {
            switch self {
            case .scalar(_, let type), .structure(_, let type): type
            case .choice(_, let alternatives):
                "xsd:choice of " + alternatives.map { "`\($0.wireName)`" }.joined(separator: ", ")
            case .any: "xsd:any"
            }
        }
    }

    /// One element of an `xsd:choice`: an enum case whose payload is the element's value.
    struct Alternative: Hashable {
        var wireName: String
        var caseName: String
        var namespaceIndex: Int
        /// `.scalar` or `.structure`.
        var kind: Kind
        /// The payload's type contains the choice's owner: the case is `indirect`.
        var isIndirect: Bool
    }

    /// Where the value travels.
    enum Placement: Hashable {
        /// A child element (or, for a choice, one of several).
        case element
        /// An attribute of the type's element; a qualified one is written with its namespace's prefix.
        case attribute(isQualified: Bool)
        /// The element's text: the value of a type with `simpleContent`.
        case text
    }

    enum Occurrence: Hashable {
        case required
        case optional
        /// `maxOccurs` above 1: an array with at least `minimum` and at most `maximum` (`nil`: unbounded) items.
        case repeated(minimum: Int, maximum: Int?)
    }

    var wireName: String
    var swiftName: String
    var namespaceIndex: Int
    var kind: Kind
    var occurrence: Occurrence
    /// Extra facts for the doc comment, such as restriction facets.
    var notes: [String]
    /// `nillable="true"`: `nil` is written as `xsi:nil="true"` (when the element is required, and for each `nil` item
    /// of a repeated one) and read from it.
    var isNillable = false
    /// `default` or `fixed`: what an empty element stands for, and for `fixed` the only value allowed.
    var valueConstraint: ValueConstraint?
    /// Whether the value is kept in a `SOAPRuntime.SOAPIndirect` box: a single field whose type contains the
    /// field's owner (recursion through `ref` or named types), which a struct cannot hold inline.
    var isIndirect = false
    var placement: Placement = .element

    /// `@name` for an attribute, `(text)` for the text value, the element's name otherwise.
    var displayName: String {
        switch placement {
        case .element: wireName
        case .attribute: "@" + wireName
        case .text: "(text)"
        }
    }

    /// The stored property behind an indirect field.
    var storageName: String { "_" + swiftName }

    /// The declared type of the stored property behind an indirect field.
    var storageType: String {
        let box = "SOAPRuntime.SOAPIndirect<\(kind.swiftType)>"
        return isOptionalInSwift ? box + "?" : box
    }

    /// Whether the property is optional: an optional element, or a nillable single one.
    var isOptionalInSwift: Bool {
        occurrence == .optional || (occurrence == .required && isNillable)
    }

    /// The declared Swift type of the property.
    var propertyType: String {
        switch occurrence {
        case .required: isNillable ? kind.swiftType + "?" : kind.swiftType
        case .optional: kind.swiftType + "?"
        case .repeated: isNillable ? "[\(kind.swiftType)?]" : "[\(kind.swiftType)]"
        }
    }

    /// `xsd:string, optional` and the like, for doc comments and `inspect`.
    var occurrenceDescription: String {
        switch occurrence {
        case .required: isNillable ? "required, nillable" : "required"
        case .optional: isNillable ? "optional, nillable" : "optional"
        case .repeated(let minimum, let maximum):
            "\(minimum) to \(maximum.map(String.init) ?? "unbounded") times" + (isNillable ? ", nillable" : "")
        }
    }
}
