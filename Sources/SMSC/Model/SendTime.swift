/// When a message is sent, in one of the formats the service documents.
public struct SendTime: Sendable, Hashable, CustomStringConvertible {
    /// The value exactly as sent in `time`.
    public let rawValue: String

    /// Checks `rawValue` against the documented formats: `DDMMYYhhmm`, `DD.MM.YY hh:mm`, `h1-h2`, `0ts` (0 and a
    /// Unix timestamp), `+m` (minutes from now) or `0` (now).
    ///
    /// - Returns: `nil` when the value matches none of them.
    public init?(rawValue: String) {
        guard Self.isDocumented(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }

    /// Now (`0`).
    public static let now = SendTime(unchecked: "0")

    /// `minutes` from now (`+m`).
    public static func inMinutes(_ minutes: Int) -> SendTime {
        SendTime(unchecked: "+\(max(0, minutes))")
    }

    /// At a Unix time (`0ts`).
    public static func atUnixTime(_ seconds: Int) -> SendTime {
        SendTime(unchecked: "0\(max(0, seconds))")
    }

    /// Within the hours `from`–`to` of the recipient's day (`h1-h2`); outside them the message waits.
    public static func betweenHours(_ from: Int, _ to: Int) -> SendTime {
        SendTime(unchecked: "\(min(max(from, 0), 24))-\(min(max(to, 0), 24))")
    }

    public var description: String { rawValue }

    static func isDocumented(_ value: String) -> Bool {
        let digits = { (text: Substring) in !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        let text = Substring(value)
        if text == "0" { return true }
        if text.count == 10, digits(text) { return true }  // DDMMYYhhmm
        if text.first == "+" { return digits(text.dropFirst()) }  // +m
        if text.first == "0", digits(text) { return true }  // 0ts
        let range = text.split(separator: "-", omittingEmptySubsequences: false)
        if range.count == 2, range.allSatisfy({ digits($0) && $0.count <= 2 }) { return true }  // h1-h2
        // DD.MM.YY hh:mm (the hour may have one digit)
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        if parts.count == 2 {
            let date = parts[0].split(separator: ".", omittingEmptySubsequences: false)
            let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            return date.count == 3 && date.allSatisfy { digits($0) && $0.count == 2 }
                && time.count == 2 && digits(time[0]) && time[0].count <= 2 && digits(time[1]) && time[1].count == 2
        }
        return false
    }
}
