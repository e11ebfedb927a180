import Testing

@testable import SMSCBulk

struct CSVTextDecoderTests {
    /// What decoding `bytes` in chunks of `chunkSize` gives: the text, the encoding read, and the failure if any.
    private func decode(
        _ bytes: [UInt8], assumed: CSVTextDecoder.TextEncoding = .utf8, chunkSize: Int = 64 * 1024
    ) -> (text: String, encoding: CSVTextDecoder.TextEncoding?, failure: CSVTextDecoder.Failure?) {
        var decoder = CSVTextDecoder(assumed: assumed)
        var output: [UInt8] = []
        var failure: CSVTextDecoder.Failure?
        var start = 0
        while start < bytes.count, failure == nil {
            let end = min(start + chunkSize, bytes.count)
            failure = decoder.decode(bytes[start..<end], into: &output)
            start = end
        }
        if failure == nil {
            failure = decoder.finish(into: &output)
        }
        let text = String(validating: output, as: UTF8.self)
        #expect(text != nil, "the output is always valid UTF-8")
        return (text ?? "", decoder.encoding, failure)
    }

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            return bigEndian ? [high, low] : [low, high]
        }
    }

    /// Two-, three- and four-byte UTF-8 characters, a surrogate pair in UTF-16, every kind of line end.
    private static let sample = "a;Ё€𝄞\r\nb\"x\"\rc\n👋"

    @Test(arguments: 1...9)
    func decodesTheSameWhereverChunksEnd(chunkSize: Int) {
        let utf8 = decode(Array(Self.sample.utf8), chunkSize: chunkSize)
        #expect(utf8.text == Self.sample)
        #expect(utf8.encoding == .utf8)
        #expect(utf8.failure == nil)

        let marked = decode([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8), assumed: .windows1251, chunkSize: chunkSize)
        #expect(marked.text == Self.sample)
        #expect(marked.encoding == .utf8)

        let little = decode([0xFF, 0xFE] + utf16(Self.sample, bigEndian: false), chunkSize: chunkSize)
        #expect(little.text == Self.sample)
        #expect(little.encoding == .utf16LittleEndian)
        #expect(little.failure == nil)

        let big = decode([0xFE, 0xFF] + utf16(Self.sample, bigEndian: true), chunkSize: chunkSize)
        #expect(big.text == Self.sample)
        #expect(big.encoding == .utf16BigEndian)
        #expect(big.failure == nil)

        // "Ёж;№ €\r\n" in windows-1251.
        let windows1251 = decode(
            [0xA8, 0xE6, 0x3B, 0xB9, 0x20, 0x88, 0x0D, 0x0A], assumed: .windows1251, chunkSize: chunkSize)
        #expect(windows1251.text == "Ёж;№ €\r\n")
        #expect(windows1251.encoding == .windows1251)
        #expect(windows1251.failure == nil)
    }

    @Test func decodesEveryDefinedWindows1251Byte() {
        let high = decode(Array(0x80...0xFF).filter { $0 != 0x98 }, assumed: .windows1251)
        let expected = [
            "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ",  // 0x80–0x8F
            "ђ‘’“”•–—™љ›њќћџ",  // 0x90–0x9F, without 0x98
            "\u{A0}ЎўЈ¤Ґ¦§Ё©Є«¬\u{AD}®Ї",  // 0xA0–0xAF
            "°±Ііґµ¶·ё№є»јЅѕї",  // 0xB0–0xBF
            "АБВГДЕЖЗИЙКЛМНОП",  // 0xC0–0xCF
            "РСТУФХЦЧШЩЪЫЬЭЮЯ",  // 0xD0–0xDF
            "абвгдежзийклмноп",  // 0xE0–0xEF
            "рстуфхцчшщъыьэюя",  // 0xF0–0xFF
        ]
        #expect(high.failure == nil)
        #expect(high.text == expected.joined())
        #expect(high.text.unicodeScalars.count == 127)

        let ascii = decode(Array(0x01...0x7F), assumed: .windows1251)
        #expect(ascii.text.utf8.elementsEqual(0x01...0x7F))
    }

    @Test func aShortFileThatBeginsLikeAByteOrderMarkIsDecidedAtItsEnd() {
        #expect(decode([0xFF], assumed: .windows1251).text == "я")
        #expect(decode([0xEF, 0xBB, 0xBF]).text == "")
        #expect(decode([0xEF, 0xBB, 0xBF]).encoding == .utf8)
        #expect(decode([0xFF, 0xFE], assumed: .windows1251).encoding == .utf16LittleEndian)
        #expect(decode([0xFE, 0xFF]).encoding == .utf16BigEndian)
        #expect(
            decode([0xEF, 0xBB], chunkSize: 1).failure
                == CSVTextDecoder.Failure(
                    line: 1,
                    column: 1,
                    problem: "invalid UTF-8 (the file ends inside a character, 0xEF 0xBB)",
                    advice: "save the file as UTF-8, or pass --encoding windows-1251 if it was saved as windows-1251 "
                        + "(Cyrillic Windows)"
                ))
    }

    @Test(arguments: [1, 64 * 1024])
    func aFailureIsPlacedByLineAndCharacterAfterLFCRAndCRLF(chunkSize: Int) {
        let result = decode(Array("a\r\nb\rc\nd€".utf8) + [0xFF] + Array("more".utf8), chunkSize: chunkSize)
        #expect(result.text == "a\r\nb\rc\nd€", "everything before the failure is decoded")
        #expect(result.failure?.line == 4)
        #expect(result.failure?.column == 3)
        #expect(result.failure?.problem == "invalid UTF-8 (byte 0xFF)")
    }

    @Test(
        arguments: [
            ([0xC0, 0x80], "invalid UTF-8 (byte 0xC0)"),
            ([0xE0, 0x80, 0x80], "invalid UTF-8 (bytes 0xE0 0x80)"),
            ([0xED, 0xA0, 0x80], "invalid UTF-8 (bytes 0xED 0xA0)"),
            ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8 (bytes 0xF4 0x90)"),
            ([0xF5, 0x80, 0x80, 0x80], "invalid UTF-8 (byte 0xF5)"),
            ([0x80], "invalid UTF-8 (byte 0x80)"),
            ([0xE2, 0x82, 0x41], "invalid UTF-8 (bytes 0xE2 0x82 0x41)"),
            ([0xF0, 0x9F, 0x91], "invalid UTF-8 (the file ends inside a character, 0xF0 0x9F 0x91)"),
        ] as [([UInt8], String)])
    func refusesOverlongSurrogateOutOfRangeAndTruncatedUTF8(bytes: [UInt8], problem: String) {
        let result = decode(Array("ok,".utf8) + bytes, chunkSize: 1)
        #expect(result.text == "ok,")
        #expect(result.failure?.problem == problem)
        #expect(result.failure?.column == 4)
    }

    @Test func refusesUnpairedSurrogatesInUTF16() {
        let highThenLetter = decode([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x41, 0x00])
        #expect(highThenLetter.text == "A")
        #expect(highThenLetter.failure?.problem == "a UTF-16 surrogate (0xD83D) without its pair")
        #expect(highThenLetter.failure?.column == 2)
        #expect(highThenLetter.failure?.advice == "the file is not valid UTF-16; save it again, or as UTF-8")

        let lowAlone = decode([0xFE, 0xFF, 0xDC, 0x00])
        #expect(lowAlone.failure?.problem == "a UTF-16 surrogate (0xDC00) without its pair")

        let highAtTheEnd = decode([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8], chunkSize: 3)
        #expect(highAtTheEnd.text == "A")
        #expect(highAtTheEnd.failure?.problem == "a UTF-16 surrogate (0xD83D) without its pair")
    }

    @Test func refusesNUL() {
        let utf16 = decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00])
        #expect(utf16.failure?.problem == "a NUL character")
        #expect(utf16.failure?.column == 2)

        let unmarked = decode([0x41, 0x00, 0x42, 0x00])
        #expect(unmarked.failure?.problem == "a NUL byte")
        #expect(unmarked.failure?.advice.hasPrefix("the file looks like UTF-16 without a byte order mark") == true)

        let windows1251 = decode([0x41, 0x00], assumed: .windows1251)
        #expect(windows1251.failure?.problem == "a NUL byte")
        #expect(windows1251.failure?.advice.hasPrefix("the file looks like UTF-16") == true)

        let marked = decode([0xEF, 0xBB, 0xBF, 0x41, 0x00])
        #expect(marked.failure?.advice == "NUL is not text; save the file again as UTF-8")
    }

    @Test func reportsTheSameFailureOnceStopped() {
        var decoder = CSVTextDecoder(assumed: .windows1251)
        var output: [UInt8] = []
        let failure = decoder.decode([0x41, 0x98, 0x42], into: &output)
        #expect(failure?.problem == "byte 0x98, which windows-1251 leaves undefined,")
        #expect(failure?.column == 2)
        #expect(output == [0x41])
        #expect(decoder.decode([0x43], into: &output) == failure)
        #expect(decoder.finish(into: &output) == failure)
        #expect(output == [0x41])
    }
}
