import Foundation
import Testing

@testable import SMSCSandbox

@Suite("Sandbox rules")
struct SandboxRulesTests {
    @Test("GSM-7 septets: basic characters one, extension characters two, anything else none")
    func septets() {
        #expect(MessageSizing.gsmSeptets("Hello @£$") == 9)
        #expect(MessageSizing.gsmSeptets("{}[]~|^€\\") == 18)
        #expect(MessageSizing.gsmSeptets("Привет") == nil)
        #expect(MessageSizing.gsmSeptets("emoji 🙂") == nil)
    }

    @Test("Parts of UCS-2 text count UTF-16 units, so an emoji takes two")
    func utf16Units() {
        #expect(MessageSizing.parts(of: String(repeating: "🙂", count: 35)) == 1)
        #expect(MessageSizing.parts(of: String(repeating: "🙂", count: 36)) == 2)
    }

    @Test("Transliteration spells Russian in Latin letters, keeping case")
    func transliteration() {
        #expect(MessageSizing.transliterated("Щука и Ёж") == "Schuka i Yozh")
    }

    @Test(
        "Send times in every documented format, in Moscow time",
        arguments: [
            ("0", 0.0) as (String, Double),
            ("", 0),
            ("+30", 1800),
            ("01577556414", 10_000),
            ("2812191920", 3586),  // 28.12.2019 19:20 MSK
            ("28.12.19 19:20", 3586),
            ("28.12.19 9:20", 0),  // in the past: now
        ]
    )
    func sendTimes(text: String, offset: Double) throws {
        // now = 28.12.2019 18:20:14 MSK (15:20:14 UTC)
        let now = Date(timeIntervalSince1970: 1_577_546_414)
        let instant = try #require(ScheduledTime.instant(of: text, timeZoneOffset: 0, now: now))
        #expect(instant.timeIntervalSince(now) == offset)
    }

    @Test("tz shifts wall-clock times relative to Moscow")
    func timeZone() throws {
        let now = Date(timeIntervalSince1970: 1_577_546_414)  // 18:20:14 MSK
        let moscow = try #require(ScheduledTime.instant(of: "28.12.19 23:00", timeZoneOffset: 0, now: now))
        let plusTwo = try #require(ScheduledTime.instant(of: "28.12.19 23:00", timeZoneOffset: 2, now: now))
        #expect(moscow.timeIntervalSince(plusTwo) == 7200)
    }

    @Test("An hour range sends now inside it, else at its next start")
    func hourRange() throws {
        let now = Date(timeIntervalSince1970: 1_577_546_414)  // 18:20:14 MSK
        #expect(ScheduledTime.instant(of: "9-20", timeZoneOffset: 0, now: now) == now)
        let tomorrow = try #require(ScheduledTime.instant(of: "9-12", timeZoneOffset: 0, now: now))
        #expect(tomorrow.timeIntervalSince(now) == TimeInterval((24 - 18) * 3600 + 9 * 3600 - 20 * 60 - 14))
        // Through midnight: 22-6 at 18:20 waits until 22:00; 17-6 includes 18:20.
        let tonight = try #require(ScheduledTime.instant(of: "22-6", timeZoneOffset: 0, now: now))
        #expect(tonight.timeIntervalSince(now) == TimeInterval(22 * 3600 - (18 * 3600 + 20 * 60 + 14)))
        #expect(ScheduledTime.instant(of: "17-6", timeZoneOffset: 0, now: now) == now)
    }

    @Test(
        "Times in no format or naming no date are refused",
        arguments: ["tomorrow", "31.02.25 10:00", "2913251000", "+x", "9-9", "25-30", "1.1.25 10:00"])
    func badTimes(text: String) {
        #expect(ScheduledTime.instant(of: text, timeZoneOffset: 0, now: Date()) == nil)
    }

    @Test("Queries are percent-decoded and read case-insensitively by name")
    func query() {
        let query = SandboxQuery("APIKEY=a%2Bb&err=1&translit=0&tz=-2&name=x+y")
        #expect(query["apikey"] == "a+b")
        #expect(query.isSet("err"))
        #expect(!query.isSet("translit"))
        #expect(query["tz"] == "-2")
        #expect(query["name"] == "x y")
        #expect(query["missing"] == nil)
    }

    @Test(
        "Money has two decimals and rounds half up",
        arguments: [("2.5", "2.50"), ("1000", "1000.00"), ("0.005", "0.01"), ("-1.25", "-1.25"), ("0", "0.00")])
    func money(value: String, text: String) {
        #expect(MoneyText.text(Decimal(string: value)!) == text)
    }

    @Test("Phone numbers: separators dropped, Russian 8 becomes 7 unless written with +, too short refused")
    func phones() {
        #expect(SandboxLedger.normalizedPhone("+7 (999) 123-45-67") == "79991234567")
        #expect(SandboxLedger.normalizedPhone("89991234567") == "79991234567")
        #expect(SandboxLedger.normalizedPhone("+89991234567") == "89991234567")
        #expect(SandboxLedger.normalizedPhone("7000") == nil)
        #expect(SandboxLedger.normalizedPhone("7999abc4567") == nil)
        let split = SandboxLedger.recipients("79990000001; 79990000001,,bad,+380501234567")
        #expect(split.valid == ["79990000001", "380501234567"])
        #expect(split.invalid == ["bad"])
    }

    @Test(
        "Service URLs compare with the host's case and the default port ignored",
        arguments: [
            ("http://LOCALHOST:80/sys/soap.php", "http://localhost/sys/soap.php"),
            ("HTTP://127.0.0.1:8080/sys/soap.php", "http://127.0.0.1:8080/sys/soap.php"),
            ("https://smsc.ru:443/sys/soap.php", "https://smsc.ru/sys/soap.php"),
            ("http://[::1]:80/sys/soap.php", "http://[::1]/sys/soap.php"),
            ("http://[::1]/sys/soap.php", "http://[::1]/sys/soap.php"),
            ("urn:not-a-url", "urn:not-a-url"),
        ]
    )
    func serviceURLs(url: String, normalized: String) {
        #expect(ServiceURL.normalized(url) == normalized)
    }
}
