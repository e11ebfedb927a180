import Testing

@testable import SMSCBulk

struct CSVFormatTests {
    @Test func theDefaultDetectsTheDelimiterAndReadsUTF8() {
        #expect(CSVFormat().delimiter == nil)
        #expect(CSVFormat().encoding == .utf8)
    }

    @Test(
        arguments: [
            (",", CSVFormat.Delimiter.comma), ("comma", .comma), ("Comma", .comma),
            (";", .semicolon), ("semicolon", .semicolon), ("SEMICOLON", .semicolon),
            ("tab", .tab), ("TAB", .tab), ("\\t", .tab), ("\t", .tab),
        ])
    func readsADelimiterFromTheCommandLine(text: String, expected: CSVFormat.Delimiter) {
        #expect(CSVFormat.Delimiter(text) == expected)
    }

    @Test(arguments: ["", " ", "|", ":", ",,", "commas", "space", "\\u0009"])
    func refusesAnyOtherDelimiter(text: String) {
        #expect(CSVFormat.Delimiter(text) == nil)
    }

    @Test func aDelimiterReadsBackItsDescription() {
        #expect([CSVFormat.Delimiter.comma, .semicolon, .tab].map(\.description) == [",", ";", "tab"])
        for delimiter in [CSVFormat.Delimiter.comma, .semicolon, .tab] {
            #expect(CSVFormat.Delimiter(delimiter.description) == delimiter)
            #expect(CSVFormat.Delimiter(byte: delimiter.byte) == delimiter)
        }
        #expect([CSVFormat.Delimiter.comma, .semicolon, .tab].map(\.byte) == [0x2C, 0x3B, 0x09])
    }

    @Test(
        arguments: [
            ("utf-8", CSVFormat.Encoding.utf8), ("UTF-8", .utf8), ("utf8", .utf8), ("Utf8", .utf8),
            ("windows-1251", .windows1251), ("Windows-1251", .windows1251), ("cp1251", .windows1251),
            ("CP1251", .windows1251),
        ])
    func readsAnEncodingFromTheCommandLine(text: String, expected: CSVFormat.Encoding) {
        #expect(CSVFormat.Encoding(text) == expected)
    }

    @Test(arguments: ["", "utf-16", "utf16le", "koi8-r", "latin1", "windows-1252", "1251", " utf-8"])
    func refusesAnyOtherEncoding(text: String) {
        #expect(CSVFormat.Encoding(text) == nil)
    }

    @Test func anEncodingReadsBackItsDescription() {
        #expect([CSVFormat.Encoding.utf8, .windows1251].map(\.description) == ["utf-8", "windows-1251"])
        for encoding in [CSVFormat.Encoding.utf8, .windows1251] {
            #expect(CSVFormat.Encoding(encoding.description) == encoding)
        }
    }
}
