public import SOAPXML

/// Helpers that generated decoders call; each error they throw names the element path.
public enum SOAPDecoding {
    /// Decodes a simple value from `child`, rejecting a second occurrence.
    ///
    /// - Parameters:
    ///   - current: The value decoded so far for this child name (`nil` before the first occurrence).
    ///   - child: The element to read.
    ///   - parent: The element that holds `child`, for error paths.
    ///   - xsdType: The schema type's name, for error messages (`xsd:int`).
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
    public static func scalarItem<Value: SOAPScalar>(
        _ type: Value.Type,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        xsdType: String
    ) throws(SOAPDecodingError) -> Value {
        guard let value = Value(soapLexicalForm: child.text) else {
            throw SOAPDecodingError(path: [parent.localName, child.localName], reason: .invalidValue(child.text, expectedType: xsdType))
        }
        return value
    }

    /// Decodes a complex value from `child`, rejecting a second occurrence.
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
    /// - Parameter index: The item's position among its siblings of the same name, for error paths.
    public static func elementItem<Value: SOAPElementDecodable>(
        _ type: Value.Type,
        from child: XMLTree.Element,
        in parent: XMLTree.Element,
        index: Int?
    ) throws(SOAPDecodingError) -> Value {
        do {
            return try Value(decoding: child)
        } catch {
            var nested = error
            if let index, !nested.path.isEmpty {
                nested.path[0] += "[\(index)]"
            }
            throw nested.nested(in: parent.localName)
        }
    }

    /// Returns a required value, or throws naming the missing element.
    public static func required<Value>(_ value: Value?, _ name: String, in parent: XMLTree.Element) throws(SOAPDecodingError) -> Value {
        guard let value else {
            throw SOAPDecodingError(path: [parent.localName], reason: .missingElement(name))
        }
        return value
    }

    /// Checks that a repeated element occurs at least `minimum` times.
    public static func checkCount<Value>(_ values: [Value], _ name: String, minimum: Int, in parent: XMLTree.Element) throws(SOAPDecodingError) -> [Value] {
        guard values.count >= minimum else {
            throw SOAPDecodingError(path: [parent.localName], reason: .missingElement(name))
        }
        return values
    }

    private static func repeated(_ name: String, in parent: XMLTree.Element) -> SOAPDecodingError {
        let count = parent.children.filter { $0.localName == name }.count
        return SOAPDecodingError(path: [parent.localName], reason: .repeatedElement(name, count: count))
    }
}
