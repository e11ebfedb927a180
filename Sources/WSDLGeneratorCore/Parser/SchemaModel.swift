import SOAPXML

typealias QName = XMLTree.QualifiedName

/// Where a schema component was declared, for diagnostics.
struct SourceLocation: Hashable {
    var file: String
    var line: Int
}

/// A construct the generator does not support, found while parsing; reported only if generation reaches it,
/// so an unused exotic type never blocks a build.
struct UnsupportedConstruct: Hashable {
    var message: String
    var location: SourceLocation
}

/// How an element's type is given.
indirect enum TypeReference: Hashable {
    /// `type="prefix:name"`.
    case named(QName)
    /// An anonymous `complexType` inside the element.
    case anonymousComplex(ComplexTypeDeclaration)
    /// An anonymous `simpleType` inside the element.
    case anonymousSimple(SimpleTypeDeclaration)
    /// Neither: the element is `xsd:anyType`.
    case unspecified
}

/// A global `xsd:element`.
struct ElementDeclaration: Hashable {
    var name: QName
    var type: TypeReference
    var location: SourceLocation
    var unsupported: [UnsupportedConstruct]
    /// `nillable="true"`: the element may carry `xsi:nil="true"` instead of a value.
    var isNillable = false
    var valueConstraint: ValueConstraint?
}

/// An element's `default` or `fixed` value (XML Schema 1.0 Part 1, 3.3.1), in its lexical form.
enum ValueConstraint: Hashable {
    /// An empty element stands for this value.
    case defaultValue(String)
    /// The element's value is always this one; an empty element stands for it.
    case fixed(String)
}

/// A named or anonymous `xsd:complexType` with a `sequence` of elements.
struct ComplexTypeDeclaration: Hashable {
    var name: QName?
    var elements: [LocalElement]
    var location: SourceLocation
    var unsupported: [UnsupportedConstruct]
}

/// An element inside a `sequence`: declared locally or referring to a global element.
struct LocalElement: Hashable {
    enum Declaration: Hashable {
        /// `<element name=… type=…>`; `namespaceURI` is the schema's target namespace when the element is
        /// qualified (`elementFormDefault` or `form`), else `nil`.
        case local(name: String, namespaceURI: String?, type: TypeReference)
        /// `<element ref="prefix:name">`.
        case reference(QName)
        /// `<choice>`: exactly one of these elements (none, when the choice's minOccurs is 0).
        case choice([LocalElement])
        /// `<any>`: elements the schema does not describe, kept as XML.
        case any
    }

    var declaration: Declaration
    var minOccurs: Int
    /// `nil` for `unbounded`.
    var maxOccurs: Int?
    var location: SourceLocation
    /// `nillable="true"` on a local declaration (a reference takes the global element's).
    var isNillable = false
    /// `default` or `fixed` on a local declaration (a reference takes the global element's).
    var valueConstraint: ValueConstraint?
}

/// A named or anonymous `xsd:simpleType` that restricts another simple type.
struct SimpleTypeDeclaration: Hashable {
    var name: QName?
    var base: QName?
    /// Facets such as `maxLength=11`, kept for documentation.
    var facets: [String]
    var location: SourceLocation
    var unsupported: [UnsupportedConstruct]
    /// `xsd:list itemType=…`: a whitespace-separated list of the item type's values (then `base` is `nil`).
    var listItemType: QName?
}

/// Every schema component of a WSDL and the schemas it imports, by qualified name.
struct SchemaSet {
    var elements: [QName: ElementDeclaration] = [:]
    var complexTypes: [QName: ComplexTypeDeclaration] = [:]
    var simpleTypes: [QName: SimpleTypeDeclaration] = [:]
    /// Target namespaces of the schemas seen, for resolving `xsd:import` without a `schemaLocation`.
    var namespaces: Set<String> = []
}
