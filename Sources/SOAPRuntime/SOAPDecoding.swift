public import SOAPXML

/// Helpers that generated decoders call; each error they throw names the element path.
///
/// The helpers on the success path are `@inlinable`, so each is specialised in the module of the generated code that
/// calls it instead of running generically, looking up type metadata for every field of every reply; what they
/// throw is built out of line.
@_spi(Generated) public enum SOAPDecoding {
    /// Decodes a simple value from `child`, rejecting a second occurrence.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - current: The value decoded so far for this child name (`nil` before the first occurrence).
    ///   - child: The element to read.
    ///   - parent: The element that holds `child`, for error paths.
    ///   - xsdType: The schema type's name, for error messages (`xsd:int`).
    @inlinable
    public static func scalar<Value: SOAPScalar>(
        _ type: Value.Type,
        current: Value?,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        xsdType: String
    ) throws(SOAPDecodingError) -> Value {
        guard current == nil else {
            throw repeated(child.localName, in: parent)
        }
        return try scalarItem(type, from: child, in: parent, xsdType: xsdType)
    }

    /// Decodes one item of a repeated simple element.
    @inlinable
    public static func scalarItem<Value: SOAPScalar>(
        _ type: Value.Type,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        xsdType: String
    ) throws(SOAPDecodingError) -> Value {
        guard let value = Value(soapLexicalForm: child.text) else {
            throw invalidValue(child, in: parent, xsdType: xsdType)
        }
        return value
    }

    /// Decodes a simple value whose element the schema gives a `default` or `fixed` value, rejecting a second
    /// occurrence: an empty element reads as that value, and a fixed element refuses any other.
    @inlinable
    public static func scalar<Value: SOAPScalar>(
        _ type: Value.Type,
        current: Value?,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        xsdType: String,
        constraint: SOAPValueConstraint
    ) throws(SOAPDecodingError) -> Value {
        guard current == nil else {
            throw repeated(child.localName, in: parent)
        }
        return try scalarItem(type, from: child, in: parent, xsdType: xsdType, constraint: constraint)
    }

    /// One item of a repeated simple element with a `default` or `fixed` value.
    @inlinable
    public static func scalarItem<Value: SOAPScalar>(
        _ type: Value.Type,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        xsdType: String,
        constraint: SOAPValueConstraint
    ) throws(SOAPDecodingError) -> Value {
        let text = child.text.isEmpty && child.children.isEmpty ? constraint.value : child.text
        guard let value = Value(soapLexicalForm: text) else {
            throw invalidValue(child, in: parent, xsdType: xsdType)
        }
        if case .fixed(let fixed) = constraint, Value(soapLexicalForm: fixed) != value {
            throw invalidValue(child, in: parent, xsdType: "the fixed value \"\(fixed)\" (\(xsdType))")
        }
        return value
    }

    /// Decodes a complex value from `child`, rejecting a second occurrence.
    @inlinable
    public static func element<Value: SOAPElementDecodable>(
        _ type: Value.Type,
        current: Value?,
        from child: XMLTree.Element,
        in parent: XMLTree.Element
    ) throws(SOAPDecodingError) -> Value {
        guard current == nil else {
            throw repeated(child.localName, in: parent)
        }
        return try elementItem(type, from: child, in: parent, index: nil)
    }

    /// Decodes one item of a repeated complex element.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - child: The element to read.
    ///   - parent: The element that holds `child`, for error paths.
    ///   - index: The item's position among its siblings of the same name, for error paths.
    @inlinable
    public static func elementItem<Value: SOAPElementDecodable>(
        _ type: Value.Type,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        index: Int?
    ) throws(SOAPDecodingError) -> Value {
        do {
            return try Value(decoding: child)
        } catch {
            throw nested(error, at: index, in: parent)
        }
    }

    /// Decodes a nillable simple value from `child`: `nil` for `xsi:nil="true"`; rejects a second occurrence.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - current: What was decoded so far for this child name: `nil` before the first occurrence,
    ///     `.some(nil)` after an `xsi:nil` one.
    ///   - child: The element to read.
    ///   - parent: The element that holds `child`, for error paths.
    ///   - xsdType: The schema type's name, for error messages (`xsd:int`).
    @inlinable
    public static func nillableScalar<Value: SOAPScalar>(
        _ type: Value.Type,
        current: Value??,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        xsdType: String
    ) throws(SOAPDecodingError) -> Value? {
        guard current == nil else {
            throw repeated(child.localName, in: parent)
        }
        if isNil(child) { return nil }
        return try scalarItem(type, from: child, in: parent, xsdType: xsdType)
    }

    /// Decodes a nillable complex value from `child`: `nil` for `xsi:nil="true"`; rejects a second occurrence.
    @inlinable
    public static func nillableElement<Value: SOAPElementDecodable>(
        _ type: Value.Type,
        current: Value??,
        from child: XMLTree.Element,
        in parent: XMLTree.Element
    ) throws(SOAPDecodingError) -> Value? {
        guard current == nil else {
            throw repeated(child.localName, in: parent)
        }
        if isNil(child) { return nil }
        return try elementItem(type, from: child, in: parent, index: nil)
    }

    /// Decodes one item of a repeated nillable simple element: `nil` for `xsi:nil="true"`.
    @inlinable
    public static func nillableScalarItem<Value: SOAPScalar>(
        _ type: Value.Type,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        xsdType: String
    ) throws(SOAPDecodingError) -> Value? {
        if isNil(child) { return nil }
        return try scalarItem(type, from: child, in: parent, xsdType: xsdType)
    }

    /// Decodes one item of a repeated nillable complex element: `nil` for `xsi:nil="true"`.
    @inlinable
    public static func nillableElementItem<Value: SOAPElementDecodable>(
        _ type: Value.Type,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        index: Int
    ) throws(SOAPDecodingError) -> Value? {
        if isNil(child) { return nil }
        return try elementItem(type, from: child, in: parent, index: index)
    }

    /// The value of an `xsd:choice` read from `child`, one of its elements; refuses a second element of the choice.
    ///
    /// - Parameters:
    ///   - value: The choice's value when `child` is the element read.
    ///   - current: The choice's value so far (`nil` before any of its elements).
    ///   - child: The element to read.
    ///   - parent: The element that holds `child`, for error paths.
    @inlinable
    public static func alternative<Choice>(
        _ value: Choice,
        current: Choice?,
        from child: XMLTree.Element,
        in parent: XMLTree.Element
    ) throws(SOAPDecodingError) -> Choice {
        guard current == nil else {
            throw severalAlternatives(child.localName, in: parent)
        }
        return value
    }

    /// Decodes the attribute `name` of `element`; `nil` when it is absent.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - name: The attribute's local name.
    ///   - isQualified: Whether the attribute is in a namespace (`form="qualified"`, or a global attribute):
    ///     attributes are matched by local name and by having a namespace or not, as elements are matched by local
    ///     name.
    ///   - element: The element whose attribute to read.
    ///   - xsdType: The schema type's name, for error messages (`xsd:int`).
    @inlinable
    public static func attribute<Value: SOAPScalar>(
        _ type: Value.Type,
        _ name: String,
        isQualified: Bool = false,
        of element: XMLTree.Element,
        xsdType: String
    ) throws(SOAPDecodingError) -> Value? {
        guard let text = attributeText(name, isQualified: isQualified, of: element) else { return nil }
        guard let value = Value(soapLexicalForm: text) else {
            throw invalidAttribute(name, text: text, of: element, xsdType: xsdType)
        }
        return value
    }

    /// Decodes the attribute `name` that the schema gives a `default` or `fixed` value: an absent attribute reads as
    /// that value, and a fixed attribute refuses any other.
    @inlinable
    public static func attribute<Value: SOAPScalar>(
        _ type: Value.Type,
        _ name: String,
        isQualified: Bool = false,
        of element: XMLTree.Element,
        xsdType: String,
        constraint: SOAPValueConstraint
    ) throws(SOAPDecodingError) -> Value {
        let text = attributeText(name, isQualified: isQualified, of: element) ?? constraint.value
        guard let value = Value(soapLexicalForm: text) else {
            throw invalidAttribute(name, text: text, of: element, xsdType: xsdType)
        }
        if case .fixed(let fixed) = constraint, Value(soapLexicalForm: fixed) != value {
            throw invalidAttribute(name, text: text, of: element, xsdType: "the fixed value \"\(fixed)\" (\(xsdType))")
        }
        return value
    }

    /// Returns a required attribute's value, or throws naming the missing attribute.
    @inlinable
    public static func requiredAttribute<Value>(
        _ value: Value?,
        _ name: String,
        of element: XMLTree.Element
    ) throws(SOAPDecodingError) -> Value {
        guard let value else {
            throw missingAttribute(name, of: element)
        }
        return value
    }

    /// Decodes the text of an element with simple content (`xsd:simpleContent`): the value its attributes describe.
    @inlinable
    public static func text<Value: SOAPScalar>(
        _ type: Value.Type,
        of element: XMLTree.Element,
        xsdType: String
    ) throws(SOAPDecodingError) -> Value {
        guard let value = Value(soapLexicalForm: element.text) else {
            throw invalidText(of: element, xsdType: xsdType)
        }
        return value
    }

    /// The value of the attribute `name`: unprefixed, or (`isQualified`) in a namespace other than the XML Schema
    /// instance one, so `xsi:type` is never taken for a schema's attribute `type`.
    @usableFromInline
    static func attributeText(_ name: String, isQualified: Bool, of element: XMLTree.Element) -> String? {
        for attribute in element.attributes where attribute.localName == name {
            switch attribute.namespaceURI {
            case nil where !isQualified: return attribute.value
            case let namespace? where isQualified && namespace != instanceNamespace: return attribute.value
            default: continue
            }
        }
        return nil
    }

    @usableFromInline
    static let instanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    /// Whether `element` says `xsi:nil="true"` (or `"1"`).
    @inlinable
    public static func isNil(_ element: XMLTree.Element) -> Bool {
        element.attributes.contains { attribute in
            attribute.localName == "nil" && attribute.namespaceURI == instanceNamespace
                && (attribute.value == "true" || attribute.value == "1")
        }
    }

    /// Returns a required value, or throws naming the missing element.
    @inlinable
    public static func required<Value>(
        _ value: Value?,
        _ name: String,
        in parent: XMLTree.Element
    ) throws(SOAPDecodingError) -> Value {
        guard let value else {
            throw missing(name, in: parent)
        }
        return value
    }

    /// Checks that a repeated element occurs at least `minimum` times.
    public static func checkCount<Value>(
        _ values: [Value],
        _ name: String,
        minimum: Int,
        in parent: XMLTree.Element
    ) throws(SOAPDecodingError) -> [Value] {
        guard values.count >= minimum else {
            throw missing(name, in: parent)
        }
        return values
    }

    // MARK: - Errors, built out of line

    @usableFromInline
    static func missing(_ name: String, in parent: XMLTree.Element) -> SOAPDecodingError {
        SOAPDecodingError(path: [parent.localName], reason: .missingElement(name))
    }

    @usableFromInline
    static func invalidValue(_ child: XMLTree.Element, in parent: XMLTree.Element, xsdType: String) -> SOAPDecodingError
    {
        SOAPDecodingError(
            path: [parent.localName, child.localName],
            reason: .invalidValue(child.text, expectedType: xsdType)
        )
    }

    @usableFromInline
    static func nested(_ error: SOAPDecodingError, at index: Int?, in parent: XMLTree.Element) -> SOAPDecodingError {
        var nested = error
        if let index, !nested.path.isEmpty {
            nested.path[0] += "[\(index)]"
        }
        return nested.nested(in: parent.localName)
    }

    @usableFromInline
    static func missingAttribute(_ name: String, of element: XMLTree.Element) -> SOAPDecodingError {
        SOAPDecodingError(path: [element.localName], reason: .missingAttribute(name))
    }

    @usableFromInline
    static func invalidAttribute(
        _ name: String,
        text: String,
        of element: XMLTree.Element,
        xsdType: String
    ) -> SOAPDecodingError {
        SOAPDecodingError(path: [element.localName, "@" + name], reason: .invalidValue(text, expectedType: xsdType))
    }

    @usableFromInline
    static func invalidText(of element: XMLTree.Element, xsdType: String) -> SOAPDecodingError {
        SOAPDecodingError(path: [element.localName], reason: .invalidValue(element.text, expectedType: xsdType))
    }

    @usableFromInline
    static func severalAlternatives(_ name: String, in parent: XMLTree.Element) -> SOAPDecodingError {
        SOAPDecodingError(path: [parent.localName], reason: .severalAlternatives(name))
    }

    @usableFromInline
    static func repeated(_ name: String, in parent: XMLTree.Element) -> SOAPDecodingError {
        let count = parent.children.filter { $0.localName == name }.count
        return SOAPDecodingError(path: [parent.localName], reason: .repeatedElement(name, count: count))
    }
}
