import Crypto

/// A fingerprint of a row's contents, journaled with the row so that resuming with an edited file is refused
/// instead of replaying one row's outcome for another row's text.
///
/// SHA-256 from swift-crypto (journal format 3; format 2 used a hand-written 64-bit FNV-1a, which is not built to
/// resist collisions, and its journals are refused). Columns are hashed in name order, each name and value preceded
/// by its length in UTF-8 bytes (64-bit little-endian), so reordering the columns keeps the digest and no two
/// different rows hash the same bytes.
///
/// A row's empty cells are left out: the command treats an empty cell as an absent column, so adding an empty
/// optional column (or emptying out one) does not change what is sent, and must not make the row look edited.
/// (Journal format 1 hashed empty cells too.)
struct RowDigest: Hashable, Sendable, CustomStringConvertible {
    /// How many hexadecimal digits the journal spells a digest with: 32 bytes.
    static let hexLength = 64

    /// The digest as the journal spells it: ``hexLength`` lowercase hexadecimal digits.
    let description: String

    /// Hashes `fields`, a row's values keyed by column name, leaving out empty values.
    init(fields: [String: String]) {
        self.init(hashingEvery: fields.filter { !$0.value.isEmpty })
    }

    /// Hashes every pair of `fields`, empty values included: for settings, where an empty value may differ from
    /// none (see ``BulkRunner/Configuration/fingerprint(of:)``).
    init(hashingEvery fields: [String: String]) {
        var hash = SHA256()
        func mix(_ text: String) {
            let bytes = Array(text.utf8)
            withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { hash.update(bufferPointer: $0) }
            bytes.withUnsafeBytes { hash.update(bufferPointer: $0) }
        }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            mix(name)
            mix(value)
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(Self.hexLength)
        for byte in hash.finalize() {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        description = String(decoding: hex, as: UTF8.self)
    }

    /// Parses the journal's spelling: ``hexLength`` lowercase hexadecimal digits.
    init?(hex: String) {
        guard hex.utf8.count == Self.hexLength,
            hex.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        description = hex
    }
}
