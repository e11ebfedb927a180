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

/// A named or anonymous `xsd:complexType`: a `sequence` or `choice` of elements and attributes, possibly derived
/// from another type.
struct ComplexTypeDeclaration: Hashable {
    var name: QName?
    /// This type's own particles (for an extension, those after the base's).
    var elements: [LocalElement]
    var location: SourceLocation
    var unsupported: [UnsupportedConstruct]
    /// This type's own attributes.
    var attributes: [AttributeUse] = []
    /// `<xsd:attributeGroup ref=…>`s, expanded by the translator.
    var attributeGroups: [AttributeGroupReference] = []
    /// `complexContent` or `simpleContent`: the type this one extends or restricts.
    var derivation: Derivation?
}

/// A complex type's `complexContent` or `simpleContent` `extension` or `restriction`.
struct Derivation: Hashable {
    enum Method: Hashable {
        case `extension`
        case restriction
    }

    var method: Method
    var base: QName
    /// `simpleContent`: a text value (of the base's simple type) with attributes; otherwise `complexContent`.
    var isSimpleContent: Bool
    var location: SourceLocation
}

/// An `xsd:attribute` inside a complex type or attribute group: declared there, or referring to a global one.
struct AttributeUse: Hashable {
    enum Declaration: Hashable {
        /// `<attribute name=… type=…>`; `namespaceURI` is the schema's target namespace when `form` or
        /// `attributeFormDefault` makes it qualified, else `nil`.
        case local(name: String, namespaceURI: String?, type: TypeReference)
        /// `<attribute ref="prefix:name">`: a global attribute, always qualified.
        case reference(QName)
    }

    enum Use: Hashable {
        case optional
        case required
        /// Removes an attribute the base type declares (in a restriction).
        case prohibited
    }

    var declaration: Declaration
    var use: Use
    var valueConstraint: ValueConstraint?
    var location: SourceLocation

    /// The attribute's local name, for matching a restriction's attributes with its base's.
    var localName: String {
        switch declaration {
        case .local(let name, _, _): name
        case .reference(let name): name.localName
        }
    }
}

/// A global `xsd:attribute`.
struct AttributeDeclaration: Hashable {
    var name: QName
    var type: TypeReference
    var valueConstraint: ValueConstraint?
    var location: SourceLocation
}

/// A global `xsd:attributeGroup`.
struct AttributeGroupDeclaration: Hashable {
    var name: QName
    var attributes: [AttributeUse]
    var attributeGroups: [AttributeGroupReference]
    var location: SourceLocation
    var unsupported: [UnsupportedConstruct]
}

/// `<xsd:attributeGroup ref=…>` where it is used.
struct AttributeGroupReference: Hashable {
    var name: QName
    var location: SourceLocation
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
    var attributes: [QName: AttributeDeclaration] = [:]
    var attributeGroups: [QName: AttributeGroupDeclaration] = [:]
    /// Target namespaces of the schemas seen, for resolving `xsd:import` without a `schemaLocation`.
    var namespaces: Set<String> = []
}
