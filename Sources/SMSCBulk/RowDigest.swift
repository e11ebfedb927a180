/// A fingerprint of a row's contents, journaled with the row so that resuming with an edited file is refused
/// instead of replaying one row's outcome for another row's text.
///
/// 64-bit FNV-1a: it guards against accidents (an inserted, deleted or edited row), not against someone forging a
/// collision, and needs no crypto library (CryptoKit is not on Linux). Columns are hashed in name order with
/// length prefixes, so reordering the columns keeps the digest and no two different rows hash the same bytes.
///
/// A row's empty cells are left out: the command treats an empty cell as an absent column, so adding an empty
/// optional column (or emptying out one) does not change what is sent, and must not make the row look edited.
/// (Journal format version 2; version 1 hashed empty cells, and its journals are refused.)
struct RowDigest: Hashable, Sendable, CustomStringConvertible {
    /// The hash value.
    let value: UInt64

    /// Hashes `fields`, a row's values keyed by column name, leaving out empty values.
    init(fields: [String: String]) {
        self.init(hashingEvery: fields.filter { !$0.value.isEmpty })
    }

    /// Hashes every pair of `fields`, empty values included: for settings, where an empty value may differ from
    /// none (see ``BulkRunner/Configuration/fingerprint(of:)``).
    init(hashingEvery fields: [String: String]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        func mix(length: Int) {
            withUnsafeBytes(of: UInt64(length).littleEndian) { mix($0) }
        }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            mix(length: name.utf8.count)
            mix(name.utf8)
            mix(length: value.utf8.count)
            mix(value.utf8)
        }
        self.value = hash
    }

    /// Parses the journal's spelling: 16 lowercase hexadecimal digits.
    init?(hex: String) {
        guard hex.utf8.count == 16, hex.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
            let value = UInt64(hex, radix: 16)
        else { return nil }
        self.value = value
    }

    /// 16 lowercase hexadecimal digits, zero-padded.
    var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
