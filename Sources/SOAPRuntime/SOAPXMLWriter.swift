/// Writes the XML of a SOAP message into a byte buffer, in the exact form PHP's SoapClient produces:
/// no whitespace between elements, `<name></name>` for empty simple values and `<name/>` for complex ones with no
/// content, and text escaped so that every string XML can carry reads back unchanged.
///
/// Generated code drives it, through methods that are SOAPRuntime's SPI for generated code
/// (`@_spi(Generated) import SOAPRuntime`); element namespaces are given as indexes into the message's namespace table
/// (0 means unqualified, 1 is written with prefix `ns1`, and so on).
public struct SOAPXMLWriter: Sendable {
    /// The bytes written so far.
    @_spi(Generated) public private(set) var bytes: [UInt8]
    private var openElements: [String] = []

    /// Creates an empty writer.
    ///
    /// - Parameter capacity: Bytes to reserve up front.
    @_spi(Generated) public init(capacity: Int = 512) {
        bytes = []
        bytes.reserveCapacity(capacity)
        openElements.reserveCapacity(8)
    }

    /// Appends markup that needs no escaping.
    @_spi(Generated) public mutating func writeRaw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Opens the element `name` in namespace `namespaceIndex` (0 for unqualified).
    @_spi(Generated) public mutating func startElement(_ name: String, namespaceIndex: Int = 0) {
        bytes.append(UInt8(ascii: "<"))
        appendQualifiedName(name, namespaceIndex: namespaceIndex)
        bytes.append(UInt8(ascii: ">"))
        openElements.append(name)
    }

    /// Closes the element opened last.
    @_spi(Generated) public mutating func endElement(_ name: String, namespaceIndex: Int = 0) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        appendQualifiedName(name, namespaceIndex: namespaceIndex)
        bytes.append(UInt8(ascii: ">"))
        openElements.removeLast()
    }

    /// Writes `<name>value</name>` for a simple value.
    ///
    /// - Throws: ``SOAPEncodingError`` naming the element path when the value has characters XML 1.0 cannot carry.
    @_spi(Generated) public mutating func writeElement(
        _ name: String,
        namespaceIndex: Int = 0,
        value: some SOAPScalar
    ) throws(SOAPEncodingError) {
        startElement(name, namespaceIndex: namespaceIndex)
        try writeText(value.soapLexicalForm)
        endElement(name, namespaceIndex: namespaceIndex)
    }

    /// Writes a complex value as `<name attributes…>…</name>`, or `<name attributes…/>` when it has no content, as
    /// PHP's SoapClient writes an element with no children.
    @_spi(Generated) public mutating func writeElement(
        _ name: String,
        namespaceIndex: Int = 0,
        value: some SOAPElementEncodable
    ) throws(SOAPEncodingError) {
        bytes.append(UInt8(ascii: "<"))
        appendQualifiedName(name, namespaceIndex: namespaceIndex)
        openElements.append(name)
        try value.encodeAttributes(to: &self)
        bytes.append(UInt8(ascii: ">"))
        let contentStart = bytes.count
        try value.encodeContent(to: &self)
        guard bytes.count > contentStart else {
            bytes[contentStart - 1] = UInt8(ascii: "/")
            bytes.append(UInt8(ascii: ">"))
            openElements.removeLast()
            return
        }
        endElement(name, namespaceIndex: namespaceIndex)
    }

    /// Writes `<prefix:Header>…</prefix:Header>` around `header`'s content, or nothing when it writes none.
    mutating func writeHeader(_ header: some SOAPElementEncodable, envelopePrefix: String) throws(SOAPEncodingError) {
        let start = bytes.count
        writeRaw("<")
        writeRaw(envelopePrefix)
        writeRaw(":Header>")
        let contentStart = bytes.count
        openElements.append("Header")
        try header.encodeContent(to: &self)
        openElements.removeLast()
        guard bytes.count > contentStart else {
            bytes.removeSubrange(start...)
            return
        }
        writeRaw("</")
        writeRaw(envelopePrefix)
        writeRaw(":Header>")
    }

    /// Writes ` name="value"` into the start tag being written: generated `encodeAttributes(to:)` calls it.
    ///
    /// - Parameters:
    ///   - name: The attribute's local name.
    ///   - namespaceIndex: The attribute's namespace in the namespace table; 0 (unqualified) for the attributes
    ///     most schemas declare.
    ///   - value: The value to write.
    /// - Throws: ``SOAPEncodingError`` naming the attribute (`item/@id`) when the value has characters XML 1.0 cannot
    ///   carry.
    @_spi(Generated) public mutating func writeAttribute(
        _ name: String,
        namespaceIndex: Int = 0,
        value: some SOAPScalar
    ) throws(SOAPEncodingError) {
        let text = value.soapLexicalForm
        if let violation = XMLCharacterViolation.first(in: text) {
            throw SOAPEncodingError(
                path: (openElements + ["@" + name]).joined(separator: "/"),
                rule: "\(violation) (allowed: tab, LF, CR and U+0020 or above, except U+FFFE and U+FFFF)"
            )
        }
        bytes.append(UInt8(ascii: " "))
        appendQualifiedName(name, namespaceIndex: namespaceIndex)
        bytes.append(contentsOf: "=\"".utf8)
        writeAttributeValue(text)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `<name>value</name>`, or `<name xsi:nil="true"/>` when `value` is `nil`: a required element the schema
    /// declares `nillable`.
    @_spi(Generated) public mutating func writeNillableElement(
        _ name: String,
        namespaceIndex: Int = 0,
        value: (some SOAPScalar)?
    ) throws(SOAPEncodingError) {
        guard let value else { return writeNilElement(name, namespaceIndex: namespaceIndex) }
        try writeElement(name, namespaceIndex: namespaceIndex, value: value)
    }

    /// Writes `<name>…</name>`, or `<name xsi:nil="true"/>` when `value` is `nil`.
    @_spi(Generated) public mutating func writeNillableElement(
        _ name: String,
        namespaceIndex: Int = 0,
        value: (some SOAPElementEncodable)?
    ) throws(SOAPEncodingError) {
        guard let value else { return writeNilElement(name, namespaceIndex: namespaceIndex) }
        try writeElement(name, namespaceIndex: namespaceIndex, value: value)
    }

    /// `<name xsi:nil="true" xmlns:xsi="…"/>`: the instance namespace is declared on the element, so the envelope
    /// carries it only when a nil is written.
    private mutating func writeNilElement(_ name: String, namespaceIndex: Int) {
        bytes.append(UInt8(ascii: "<"))
        appendQualifiedName(name, namespaceIndex: namespaceIndex)
        bytes.append(contentsOf: #" xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>"#.utf8)
    }

    /// Checks how many items a repeated element has before they are written.
    ///
    /// - Throws: ``SOAPEncodingError`` naming the element when the count is outside the schema's bounds.
    @_spi(Generated) public func checkCount(
        _ count: Int, of name: String, minimum: Int, maximum: Int?
    ) throws(SOAPEncodingError) {
        if count < minimum || maximum.map({ count > $0 }) == true {
            let bounds =
                maximum.map { minimum == $0 ? "exactly \($0)" : "\(minimum) to \($0)" } ?? "at least \(minimum)"
            let times = (maximum ?? minimum) == 1 ? "time" : "times"
            throw SOAPEncodingError(
                path: (openElements + [name]).joined(separator: "/"),
                rule: "must occur \(bounds) \(times), but \(count) \(count == 1 ? "item is" : "items are") given"
            )
        }
    }

    /// Checks that an element the schema gives a `fixed` value holds that value before it is written.
    ///
    /// - Throws: ``SOAPEncodingError`` naming the element and the fixed value.
    @_spi(Generated) public func checkFixed<Value: SOAPScalar>(
        _ value: Value?,
        _ fixed: String,
        of name: String
    ) throws(SOAPEncodingError) {
        guard let value else { return }
        guard Value(soapLexicalForm: fixed) == value else {
            throw SOAPEncodingError(
                path: (openElements + [name]).joined(separator: "/"),
                rule: "must be the schema's fixed value \"\(fixed)\", not \"\(value.soapLexicalForm)\""
            )
        }
    }

    /// Checks that every item of a repeated element with a `fixed` value holds that value.
    @_spi(Generated) public func checkFixed<Value: SOAPScalar>(
        _ values: [Value],
        _ fixed: String,
        of name: String
    ) throws(SOAPEncodingError) {
        for value in values {
            try checkFixed(value, fixed, of: name)
        }
    }

    /// Checks that every item of a repeated nillable element with a `fixed` value holds that value or is `nil`.
    @_spi(Generated) public func checkFixed<Value: SOAPScalar>(
        _ values: [Value?],
        _ fixed: String,
        of name: String
    ) throws(SOAPEncodingError) {
        for value in values {
            try checkFixed(value, fixed, of: name)
        }
    }

    /// Writes character data, escaped: `&`, `<` and `>` (so `]]>` cannot occur) and CR, which parsers would
    /// otherwise turn into LF.
    ///
    /// - Throws: ``SOAPEncodingError`` for NUL and the other C0 controls except tab, LF and CR, and for
    ///   U+FFFE and U+FFFF: XML 1.0 cannot carry them in any form.
    @_spi(Generated) public mutating func writeText(_ text: String) throws(SOAPEncodingError) {
        var text = text
        let failure: SOAPEncodingError? = text.withUTF8 { utf8 in
            var index = 0
            var runStart = 0
            while index < utf8.count {
                let byte = utf8[index]
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case 0x0D: replacement = "&#13;"
                case 0x09, 0x0A:
                    index += 1
                    continue
                case 0x00..<0x20:
                    return characterError(scalar: UInt32(byte), utf8: utf8, at: index)
                case 0xEF
                where index + 2 < utf8.count && utf8[index + 1] == 0xBF
                    && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
                    return characterError(scalar: utf8[index + 2] == 0xBE ? 0xFFFE : 0xFFFF, utf8: utf8, at: index)
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                index += 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            return nil
        }
        if let failure { throw failure }
    }

    /// Writes an attribute value, escaped for a double-quoted attribute.
    @_spi(Generated) public mutating func writeAttributeValue(_ value: String) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case 0x09: bytes.append(contentsOf: "&#9;".utf8)
            case 0x0A: bytes.append(contentsOf: "&#10;".utf8)
            case 0x0D: bytes.append(contentsOf: "&#13;".utf8)
            default: bytes.append(byte)
            }
        }
    }

    private mutating func appendQualifiedName(_ name: String, namespaceIndex: Int) {
        if namespaceIndex > 0 {
            bytes.append(contentsOf: "ns".utf8)
            bytes.append(contentsOf: String(namespaceIndex).utf8)
            bytes.append(UInt8(ascii: ":"))
        }
        bytes.append(contentsOf: name.utf8)
    }

    private func characterError(
        scalar: UInt32,
        utf8: UnsafeBufferPointer<UInt8>,
        at byteOffset: Int
    ) -> SOAPEncodingError {
        let offset = String(decoding: UnsafeBufferPointer(rebasing: utf8[..<byteOffset]), as: UTF8.self).count
        let violation = XMLCharacterViolation(scalar: Unicode.Scalar(scalar)!, offset: offset)
        return SOAPEncodingError(
            path: openElements.joined(separator: "/"),
            rule: "\(violation) (allowed: tab, LF, CR and U+0020 or above, except U+FFFE and U+FFFF)"
        )
    }
}
