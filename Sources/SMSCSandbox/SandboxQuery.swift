/// The `query` of a "2" operation: `name=value` pairs joined by `&`, percent-encoded like a URL query.
struct SandboxQuery {
    private var values: [String: String] = [:]

    init(_ text: String?) {
        guard let text else { return }
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0]).lowercased()
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            // The first occurrence wins, as PHP's parse_str would not: but a repeated name is a client bug either way.
            if values[name] == nil {
                values[name] = value
            }
        }
    }

    subscript(name: String) -> String? {
        values[name]
    }

    /// Whether `name` is present with a value other than empty or `0`.
    func isSet(_ name: String) -> Bool {
        guard let value = values[name] else { return false }
        return !value.isEmpty && value != "0"
    }

    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
