// Why a JSON writer of our own rather than Foundation's: a row's output line must be byte for byte what the command
// prints for that row on its own, and the journal replays it unchanged. Foundation cannot promise either.
// - Numbers: JSONSerialization holds them as NSNumber, and JSONEncoder encodes a Double or a Decimal, so money given
//   as `2.50` comes out as `2.5`; here a number is written as the text it was given.
// - Key order: JSONSerialization writes a dictionary, whose order is unspecified, and JSONEncoder documents no order
//   but `.sortedKeys`; here members are written in the order given (`id`, `cnt`, `cost`, `balance`).
// The writer is small because the output is: one line, no pretty-printing, escapes per RFC 8259.

/// A JSON value that keeps numbers as the text they were given, so money stays `2.50` and never passes through
/// a `Double`; objects keep their keys in the order given.
public enum JSONValue: Sendable, Hashable {
    /// A string; written with JSON escapes where needed.
    case string(String)
    /// A number, written exactly as given; build it with ``number(exactly:)`` to check the text.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array, in order.
    case array([JSONValue])
    /// An object as its members in the order they are written; keys are not deduplicated, so give each once.
    case object([(key: String, value: JSONValue)])

    /// A number value if `text` is a JSON number literal (`-12`, `2.50`, `1e3`), else `nil`.
    public static func number(exactly text: String) -> JSONValue? {
        isJSONNumber(text) ? .number(text) : nil
    }

    /// The value of an object's first member named `key`; `nil` for a missing member or a value that is not an
    /// object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The value on one line, with no spaces, `/` unescaped and non-ASCII written as is (UTF-8).
    public var serialized: String {
        var output: [UInt8] = []
        output.reserveCapacity(512)
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the UTF-8 of ``serialized`` to `output`, without building it as a string of its own first: lines
    /// written to a file descriptor are bytes anyway.
    /// - Parameter output: The bytes to append to.
    public func write(to output: inout [UInt8]) {
        switch self {
        case .string(let text):
            Self.writeString(text, to: &output)
        case .number(let text):
            output.append(contentsOf: text.utf8)
        case .bool(let value):
            output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null:
            output.append(contentsOf: "null".utf8)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Whether both are the same JSON text: numbers compare as written (`2.50` is not `2.5`) and objects compare
    /// member by member in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)), (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    /// Hashes ``serialized``, which equal values share.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized)
    }

    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escape: appended whole, which is several times faster than scalar by scalar. 0xE2
        // leads the UTF-8 of U+2028 and U+2029 (among others), which are escaped for JavaScript's sake.
        let needsEscapes = text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
        }
        if !needsEscapes {
            output.append(contentsOf: text.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            let escape: String? =
                switch scalar {
                case "\"": "\\\""
                case "\\": "\\\\"
                case "\n": "\\n"
                case "\r": "\\r"
                case "\t": "\\t"
                case "\u{08}": "\\b"
                case "\u{0C}": "\\f"
                case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                default: nil
                }
            if let escape {
                output.append(contentsOf: escape.utf8)
            } else {
                UTF8.encode(scalar) { output.append($0) }
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// RFC 8259: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") {
            bytes = bytes.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }
}
