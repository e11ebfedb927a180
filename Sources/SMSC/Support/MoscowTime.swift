import Foundation

/// Reads the service's dates: `DD.MM.YYYY hh:mm:ss` in Moscow time (UTC+3 all year since 2014) and Unix
/// timestamps in seconds.
enum MoscowTime {
    private static let offset = 3 * 3600

    /// The instant a Moscow wall-clock time names, or `nil` when the text is not `DD.MM.YYYY hh:mm:ss`.
    static func date(from text: String) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard day.count == 3, time.count == 3, let d = day[0], let m = day[1], let y = day[2], let hh = time[0], let mm = time[1], let ss = time[2],
            (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d), (0...23).contains(hh), (0...59).contains(mm), (0...60).contains(ss),
            parts[0].count == 10, parts[1].count == 8
        else { return nil }
        let seconds = daysSinceEpoch(year: y, month: m, day: d) * 86_400 + hh * 3600 + mm * 60 + ss - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// A Unix timestamp in seconds, or `nil` when the text is not a whole number.
    static func date(fromTimestamp text: String) -> Date? {
        guard let seconds = Int64(text) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
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
