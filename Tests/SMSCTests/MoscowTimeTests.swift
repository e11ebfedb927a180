import Foundation
import SMSC
import Testing

/// The service's `DD.MM.YYYY hh:mm:ss` dates, read as Moscow time (UTC+3).
struct MoscowTimeTests {
    @Test(arguments: [
        ("28.12.2019 19:20:22", 1_577_550_022),
        ("01.01.1970 03:00:00", 0),
        ("29.02.2024 00:00:00", 1_709_154_000),
        ("31.12.2099 23:59:59", 4_102_433_999),
    ])
    func readsWallClockTimes(text: String, seconds: Int) {
        #expect(MoscowTime.date(from: text) == Date(timeIntervalSince1970: TimeInterval(seconds)))
        #expect(MoscowTime.text(for: Date(timeIntervalSince1970: TimeInterval(seconds))) == text)
    }

    @Test(arguments: [
        "", "28.12.2019", "28.12.2019 19:20", "28.12.2019 19:20:22 ", " 28.12.2019 19:20:22", "28-12-2019 19:20:22",
        "28.12.2019T19:20:22", "2a.12.2019 19:20:22", "28.13.2019 19:20:22", "31.04.2019 10:00:00",
        "29.02.2023 10:00:00",
        "28.12.2019 24:00:00", "28.12.2019 19:60:00", "28.12.2019 19:20:61", "28.12.19 19:20:22", "٢٨.12.2019 19:20:22",
    ])
    func refusesAnythingElse(text: String) {
        #expect(MoscowTime.date(from: text) == nil)
    }
}
