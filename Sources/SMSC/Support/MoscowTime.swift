package import Foundation

/// Reads the service's dates: `DD.MM.YYYY hh:mm:ss` in Moscow time (UTC+3 all year since 2014) and Unix
/// timestamps in seconds. Shared with the sandbox, which writes the same dates.
package enum MoscowTime {
    private static let offset = 3 * 3600

    /// The instant a Moscow wall-clock time names, or `nil` when the text is not `DD.MM.YYYY hh:mm:ss`.
    ///
    /// Read by byte position, without splitting into substrings: every status reply carries two of these.
    package static func date(from text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 19, bytes[2] == UInt8(ascii: "."), bytes[5] == UInt8(ascii: "."),
                bytes[10] == UInt8(ascii: " "),
                bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                let d = number(bytes, 0, 2), let m = number(bytes, 3, 2), let y = number(bytes, 6, 4),
                let hh = number(bytes, 11, 2), let mm = number(bytes, 14, 2), let ss = number(bytes, 17, 2),
                (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d), (0...23).contains(hh),
                (0...59).contains(mm), (0...60).contains(ss)
            else { return nil }
            let seconds = daysSinceEpoch(year: y, month: m, day: d) * 86_400 + hh * 3600 + mm * 60 + ss - offset
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
    }

    /// The decimal number in `count` ASCII digits at `start`, or `nil` when one is not a digit.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// A Unix timestamp in seconds, or `nil` when the text is not a whole number.
    package static func date(fromTimestamp text: String) -> Date? {
        guard let seconds = Int64(text) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The instant of a Moscow wall-clock time, or `nil` when a field is out of range (`31.02`, `24:00`).
    package static func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) -> Date? {
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), (0...23).contains(hour),
            (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let seconds =
            daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `date` as the service writes it: `DD.MM.YYYY hh:mm:ss`, Moscow time, whole seconds rounded down.
    package static func text(for date: Date) -> String {
        let components = wallClock(of: date)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return
            """
            \(two(components.day)).\(two(components.month)).\(components.year) \
            \(two(components.hour)):\(two(components.minute)):\(two(components.second))
            """
    }

    /// The Moscow wall-clock fields of `date`.
    package static func wallClock(
        of date: Date
    ) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the date, in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
