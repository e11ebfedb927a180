/// A message identifier: the client's own, or the one the service assigned.
///
/// The service accepts `1…2147483647` or up to 40 Latin letters, digits, `.`, `-` and `_`; identifiers it
/// returns are kept as text, whatever they look like.
public struct SMSCMessageID: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// The identifier exactly as sent or received.
    public var rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(integerLiteral value: Int) {
        self.init(String(value))
    }

    public var description: String { rawValue }

    /// Why the identifier cannot be sent, or `nil` when it can.
    var validationProblem: String? {
        if let number = Int(rawValue), rawValue.allSatisfy(\.isASCII), rawValue.first != "+" {
            return (1...2_147_483_647).contains(number) && !rawValue.hasPrefix("0")
                ? nil : "must be a number from 1 to 2147483647, or up to 40 Latin letters, digits, '.', '-' and '_'"
        }
        let allowed = rawValue.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_"
        }
        guard !rawValue.isEmpty, rawValue.unicodeScalars.count <= 40, allowed else {
            return "must be a number from 1 to 2147483647, or up to 40 Latin letters, digits, '.', '-' and '_'"
        }
        return nil
    }
}
