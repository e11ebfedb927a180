import Foundation
import SMSC

/// Reads `time` in the formats the service documents, as the instant the message should leave.
enum ScheduledTime {
    /// The instant `text` names, `now` for `0` or an empty value, or `nil` when it is in no documented format or
    /// names no real date (error 5). Times in the past mean now.
    ///
    /// - Parameters:
    ///   - text: `DDMMYYhhmm`, `DD.MM.YY hh:mm`, `h1-h2`, `0ts`, `+m` or `0`.
    ///   - timeZoneOffset: `tz` from the query: hours relative to Moscow for the wall-clock formats.
    ///   - now: The sandbox's current time.
    static func instant(of text: String, timeZoneOffset: Int, now: Date) -> Date? {
        guard !text.isEmpty, text != "0" else { return now }
        let digits = { (value: Substring) in !value.isEmpty && value.allSatisfy { $0.isASCII && $0.isNumber } }
        let shift = TimeInterval(-timeZoneOffset * 3600)
        var result: Date?
        if text.first == "+" {
            guard digits(text.dropFirst()), let minutes = Int(text.dropFirst()) else { return nil }
            result = now.addingTimeInterval(TimeInterval(minutes) * 60)
        } else if text.count == 10, digits(Substring(text)) {
            let fields = stride(from: 0, to: 10, by: 2).map { Int(text.dropFirst($0).prefix(2))! }
            result = MoscowTime.date(
                year: 2000 + fields[2],
                month: fields[1],
                day: fields[0],
                hour: fields[3],
                minute: fields[4]
            )?
            .addingTimeInterval(shift)
        } else if text.first == "0", digits(Substring(text)) {
            guard let seconds = Int(text.dropFirst()) else { return nil }
            result = Date(timeIntervalSince1970: TimeInterval(seconds))
        } else if let range = hourRange(text) {
            result = nextTime(inHours: range, now: now, shift: shift)
        } else {
            let parts = text.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            let date = parts[0].split(separator: ".", omittingEmptySubsequences: false)
            let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard date.count == 3, date.allSatisfy({ digits($0) && $0.count == 2 }), time.count == 2,
                digits(time[0]), time[0].count <= 2, digits(time[1]), time[1].count == 2
            else { return nil }
            result = MoscowTime.date(
                year: 2000 + Int(date[2])!,
                month: Int(date[1])!,
                day: Int(date[0])!,
                hour: Int(time[0])!,
                minute: Int(time[1])!
            )?
            .addingTimeInterval(shift)
        }
        guard let result else { return nil }
        return max(result, now)
    }

    /// `h1-h2`: two hours 0–24 that differ; a range whose end is before its start runs through midnight.
    private static func hourRange(_ text: String) -> (from: Int, to: Int)? {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let from = Int(bounds[0]), let to = Int(bounds[1]),
            bounds.allSatisfy({ $0.count <= 2 }),
            (0...24).contains(from), (0...24).contains(to), from != to
        else { return nil }
        return (from, to)
    }

    /// Now, if the recipient's hour is inside the range; otherwise the next start of the range.
    private static func nextTime(inHours range: (from: Int, to: Int), now: Date, shift: TimeInterval) -> Date {
        let local = MoscowTime.wallClock(of: now.addingTimeInterval(-shift))
        let inside =
            range.from < range.to
            ? local.hour >= range.from && local.hour < range.to
            : local.hour >= range.from || local.hour < range.to
        if inside {
            return now
        }
        let secondsIntoDay = TimeInterval(local.hour * 3600 + local.minute * 60 + local.second)
        var wait = TimeInterval(range.from % 24 * 3600) - secondsIntoDay
        if wait <= 0 { wait += 86_400 }
        return now.addingTimeInterval(wait)
    }
}
