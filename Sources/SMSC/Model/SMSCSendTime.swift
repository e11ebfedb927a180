/// When a message is sent, in one of the formats the service documents.
public struct SMSCSendTime: Sendable, Hashable, CustomStringConvertible {
    /// The value exactly as sent in `time`.
    public let rawValue: String

    /// Checks `rawValue` against the documented formats: `DDMMYYhhmm`, `DD.MM.YY hh:mm`, `h1-h2`, `0ts` (0 and a
    /// Unix timestamp), `+m` (minutes from now) or `0` (now). Dates must exist (`31.02.26 10:00` does not), hours
    /// be 0–23 and minutes 0–59; an hour range's ends are 0–24 and differ (`22-6` runs through midnight).
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
    public static let now = SMSCSendTime(unchecked: "0")

    /// `minutes` from now (`+m`).
    public static func inMinutes(_ minutes: Int) -> SMSCSendTime {
        SMSCSendTime(unchecked: "+\(max(0, minutes))")
    }

    /// At a Unix time (`0ts`).
    public static func atUnixTime(_ seconds: Int) -> SMSCSendTime {
        SMSCSendTime(unchecked: "0\(max(0, seconds))")
    }

    /// Within the hours `from`–`to` of the recipient's day (`h1-h2`); outside them the message waits.
    public static func betweenHours(_ from: Int, _ to: Int) -> SMSCSendTime {
        SMSCSendTime(unchecked: "\(min(max(from, 0), 24))-\(min(max(to, 0), 24))")
    }

    public var description: String { rawValue }

    /// Whether `value` is in a documented format and names a real time: `31.02.26 10:00` and `25-30` are
    /// refused here rather than by the service (error 5).
    static func isDocumented(_ value: String) -> Bool {
        let digits = { (text: Substring) in !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        let text = Substring(value)
        if text == "0" { return true }
        if text.count == 10, digits(text) {  // DDMMYYhhmm
            let field = { (offset: Int) in Int(text.dropFirst(offset).prefix(2))! }
            return isRealTime(day: field(0), month: field(2), year: field(4), hour: field(6), minute: field(8))
        }
        if text.first == "+" { return digits(text.dropFirst()) }  // +m
        if text.first == "0", digits(text) { return true }  // 0ts
        let range = text.split(separator: "-", omittingEmptySubsequences: false)
        if range.count == 2, range.allSatisfy({ digits($0) && $0.count <= 2 }) {  // h1-h2
            let (from, to) = (Int(range[0])!, Int(range[1])!)
            return (0...24).contains(from) && (0...24).contains(to) && from != to
        }
        // DD.MM.YY hh:mm (the hour may have one digit)
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let date = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard date.count == 3, date.allSatisfy({ digits($0) && $0.count == 2 }),
            time.count == 2, digits(time[0]), time[0].count <= 2, digits(time[1]), time[1].count == 2
        else { return false }
        return isRealTime(
            day: Int(date[0])!,
            month: Int(date[1])!,
            year: Int(date[2])!,
            hour: Int(time[0])!,
            minute: Int(time[1])!
        )
    }

    /// A wall-clock time that exists: day within its month (years are 20YY), hour 0–23, minute 0–59.
    private static func isRealTime(day: Int, month: Int, year: Int, hour: Int, minute: Int) -> Bool {
        MoscowTime.date(year: 2000 + year, month: month, day: day, hour: hour, minute: minute) != nil
    }
}
