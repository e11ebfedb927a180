/// A message identifier: the client's own, or the one the service assigned.
///
/// The service accepts `1…2147483647` or up to 40 Latin letters, digits, `.`, `-` and `_`; identifiers it
/// returns are kept as text, whatever they look like.
public struct SMSCMessageID: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral
{
    /// The identifier exactly as sent or received.
    public var rawValue: String

    /// An identifier with the text `rawValue`. It is checked against the service's rules when a call sends it, not
    /// here, so identifiers the service returns are kept whatever they look like.
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

    /// A new random identifier, `id-` and 32 hexadecimal digits (128 random bits), such as
    /// `id-3f2a9c0e5b7d41e8a6c2f0d9b8e7a615`: what ``SMSCClient/Configuration/generatesMessageIDs`` gives a send.
    ///
    /// - Parameter generator: The source of randomness; the system's by default.
    public static func random(using generator: inout some RandomNumberGenerator) -> SMSCMessageID {
        let digits = Array("0123456789abcdef".utf8)
        var text = Array("id-".utf8)
        text.reserveCapacity(35)
        for _ in 0..<2 {
            var bits = generator.next()
            for _ in 0..<16 {
                text.append(digits[Int(bits & 0xF)])
                bits >>= 4
            }
        }
        return SMSCMessageID(String(decoding: text, as: UTF8.self))
    }

    /// A new random identifier from the system's generator; see ``random(using:)``.
    public static func random() -> SMSCMessageID {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    /// Why the identifier cannot be sent, or `nil` when it can.
    var validationProblem: String? {
        if let number = Int(rawValue), rawValue.allSatisfy(\.isASCII), rawValue.first != "+" {
            return (1...2_147_483_647).contains(number) && !rawValue.hasPrefix("0")
                ? nil : "must be a number from 1 to 2147483647, or up to 40 Latin letters, digits, '.', '-' and '_'"
        }
        let allowed = rawValue.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "." || scalar == "-" || scalar == "_"
        }
        guard !rawValue.isEmpty, rawValue.unicodeScalars.count <= 40, allowed else {
            return "must be a number from 1 to 2147483647, or up to 40 Latin letters, digits, '.', '-' and '_'"
        }
        return nil
    }
}
