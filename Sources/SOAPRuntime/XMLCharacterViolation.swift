/// A character XML 1.0 cannot carry in any form: NUL and the other C0 controls except tab, LF and CR, and
/// U+FFFE and U+FFFF. Escaping cannot help, so such text must be refused before anything is sent.
public struct XMLCharacterViolation: Sendable, Hashable, CustomStringConvertible {
    /// The forbidden scalar; ``code`` writes it as `U+0000`.
    public var scalar: Unicode.Scalar
    /// Where it is, counted in characters from 0.
    public var offset: Int

    /// Records that `scalar` was found at `offset`.
    ///
    /// - Parameters:
    ///   - scalar: The forbidden scalar.
    ///   - offset: Where it is, counted in characters (not scalars or bytes) from 0.
    public init(scalar: Unicode.Scalar, offset: Int) {
        self.scalar = scalar
        self.offset = offset
    }

    /// The first such character in `text`, or `nil` when XML can carry all of it.
    public static func first(in text: String) -> XMLCharacterViolation? {
        // Fast path: every forbidden scalar is below U+0020 or starts with the UTF-8 byte 0xEF.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return nil }
        for (offset, character) in text.enumerated() {
            if let scalar = character.unicodeScalars.first(where: { !isAllowed($0) }) {
                return XMLCharacterViolation(scalar: scalar, offset: offset)
            }
        }
        return nil
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D) && value != 0xFFFE && value != 0xFFFF
    }

    /// `U+0000`: four hex digits at least.
    public var code: String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `character U+0000 at offset 3 cannot be carried by XML 1.0`.
    public var description: String {
        "character \(code) at offset \(offset) cannot be carried by XML 1.0"
    }
}
