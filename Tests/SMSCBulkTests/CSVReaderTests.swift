import Foundation
import Testing

@testable import SMSCBulk

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct CSVReaderTests {
    /// Every record of `text`, read with `chunkSize` so that chunk boundaries fall everywhere.
    private func records(
        _ text: String, chunkSize: Int = 64 * 1024
    ) throws -> (header: [String], rows: [CSVReader.Record]) {
        try records(bytes: Array(text.utf8), chunkSize: chunkSize)
    }

    private func records(
        bytes: [UInt8], format: CSVFormat = CSVFormat(), chunkSize: Int = 64 * 1024
    ) throws -> (header: [String], rows: [CSVReader.Record]) {
        let (header, rows, _) = try read(bytes: bytes, format: format, chunkSize: chunkSize)
        return (header, rows)
    }

    /// Every record of `bytes`, and the reader that read them (for its delimiter and encoding).
    private func read(
        bytes: [UInt8], format: CSVFormat = CSVFormat(), chunkSize: Int = 64 * 1024
    ) throws -> (header: [String], rows: [CSVReader.Record], reader: CSVReader) {
        let directory = try TemporaryDirectory()
        let path = try directory.write("rows.csv", bytes: bytes)
        let reader = try CSVReader(path: path, format: format, chunkSize: chunkSize)
        var rows: [CSVReader.Record] = []
        while let row = try reader.next() {
            rows.append(row)
        }
        return (reader.header, rows, reader)
    }

    /// The error reading `text` throws.
    private func error(_ text: String, chunkSize: Int = 64 * 1024) throws -> BulkInputError {
        try error(bytes: Array(text.utf8), chunkSize: chunkSize)
    }

    private func error(
        bytes: [UInt8], format: CSVFormat = CSVFormat(), chunkSize: Int = 64 * 1024
    ) throws -> BulkInputError {
        do {
            _ = try records(bytes: bytes, format: format, chunkSize: chunkSize)
        } catch let error as BulkInputError {
            return error
        }
        Issue.record("expected a BulkInputError")
        return BulkInputError(file: "", rule: "")
    }

    @Test(arguments: [4, 5, 7, 64 * 1024])
    func readsQuotedFieldsWithCommasQuotesAndLineBreaks(chunkSize: Int) throws {
        let text =
            "phones,message\n"
            + "79990000001,plain\n"
            + "\"79990000002,79990000003\",\"say \"\"hi\"\"\"\n"
            + "79990000004,\"two\nlines\"\n"
            + "79990000005,\"\"\n"
            + "79990000006,after\n"
        let (header, rows) = try records(text, chunkSize: chunkSize)
        #expect(header == ["phones", "message"])
        #expect(
            rows == [
                .init(number: 1, line: 2, fields: ["79990000001", "plain"]),
                .init(number: 2, line: 3, fields: ["79990000002,79990000003", "say \"hi\""]),
                .init(number: 3, line: 4, fields: ["79990000004", "two\nlines"]),
                .init(number: 4, line: 6, fields: ["79990000005", ""]),
                .init(number: 5, line: 7, fields: ["79990000006", "after"]),
            ])
    }

    @Test(arguments: [4, 64 * 1024])
    func acceptsCRLFAndAMissingFinalLineEnd(chunkSize: Int) throws {
        let (header, rows) = try records("phone,id\r\n7999,1\r\n\"7998\",\"a\r\nb\"\r\n7997,3", chunkSize: chunkSize)
        #expect(header == ["phone", "id"])
        #expect(
            rows == [
                .init(number: 1, line: 2, fields: ["7999", "1"]),
                .init(number: 2, line: 3, fields: ["7998", "a\r\nb"]),
                .init(number: 3, line: 5, fields: ["7997", "3"]),
            ])
    }

    // MARK: - Checking a regular file ahead

    @Test(arguments: [4, 64 * 1024])
    func countsTheRowsOfARegularFileWithoutMovingTheReader(chunkSize: Int) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("rows.csv", "a,b\n1,2\n\n\"x\ny\",3\n4,5")
        let reader = try CSVReader(path: path, chunkSize: chunkSize)
        #expect(try reader.checkRowsOfRegularFile() == 3)
        #expect(try reader.next()?.fields == ["1", "2"])
        #expect(try reader.checkRowsOfRegularFile() == 3)
        #expect(try reader.next()?.fields == ["x\ny", "3"])
        #expect(try reader.next()?.fields == ["4", "5"])
        #expect(try reader.next() == nil)
    }

    @Test(arguments: [4, 64 * 1024])
    func checkReportsTheFirstMalformedRowAsReadingWouldWithoutMovingTheReader(chunkSize: Int) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("rows.csv", "a,b\n1,2\n\n3\n4,\"5\n6,7\n")
        let reader = try CSVReader(path: path, chunkSize: chunkSize)
        let expected = BulkInputError(
            file: path,
            line: 4,
            row: 2,
            rule: "row 2 has 1 field, but the header has 2 columns (a, b); put a field that contains a comma in "
                + "double quotes"
        )
        #expect(throws: expected) { try reader.checkRowsOfRegularFile() }
        #expect(try reader.next()?.fields == ["1", "2"])
        #expect(throws: expected) { try reader.next() }
    }

    @Test func checkReportsAQuoteLeftOpenAtTheEndOfTheFile() throws {
        let directory = try TemporaryDirectory()
        let reader = try CSVReader(path: try directory.write("rows.csv", "a,b\n1,2\n3,\"4\n5,6\n"))
        #expect {
            try reader.checkRowsOfRegularFile()
        } throws: { error in
            let error = error as? BulkInputError
            return error?.line == 3 && error?.row == 2 && error?.rule.contains("never closed") == true
        }
    }

    @Test func doesNotCountAFIFOAndLeavesEveryRowToTheReader() throws {
        let directory = try TemporaryDirectory()
        let fifo = directory.path("rows.fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        // A thread: opening either end of a FIFO blocks until the other end is opened.
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return }
            _ = writeAll(descriptor, Array("a,b\n1,2\n3,4\n".utf8))
            close(descriptor)
        }
        writer.start()
        let reader = try CSVReader(path: fifo)
        #expect(try reader.checkRowsOfRegularFile() == nil)
        #expect(try reader.next()?.fields == ["1", "2"])
        #expect(try reader.next()?.fields == ["3", "4"])
        #expect(try reader.next() == nil)
    }

    @Test(arguments: [1, 2, 4, 64 * 1024])
    func dropsALeadingByteOrderMark(chunkSize: Int) throws {
        let (header, rows, reader) = try read(
            bytes: [0xEF, 0xBB, 0xBF] + Array("phone;id\n7999;1\n".utf8), chunkSize: chunkSize)
        #expect(header == ["phone", "id"])
        #expect(rows.map(\.fields) == [["7999", "1"]])
        #expect(reader.textEncoding == .utf8)
        #expect(reader.delimiter == .semicolon)
    }

    @Test func skipsBlankLinesWithoutCountingThemAsRows() throws {
        let (header, rows) = try records("\nphone,id\n\n7999,1\r\n\r\n   \n\t\n7998,2\n\n\n")
        #expect(header == ["phone", "id"])
        #expect(
            rows == [
                .init(number: 1, line: 4, fields: ["7999", "1"]),
                .init(number: 2, line: 8, fields: ["7998", "2"]),
            ])
    }

    @Test func keepsUnquotedFieldsExactlyAsWritten() throws {
        let (header, rows) = try records(" phone , id \n 7999 ,x y\n")
        #expect(header == ["phone", "id"], "header names are trimmed")
        #expect(rows.map(\.fields) == [[" 7999 ", "x y"]], "values are not")
    }

    @Test func readsUTF8Text() throws {
        let (_, rows) = try records("phones,message\n7999,Привет 👋\n")
        #expect(rows.map(\.fields) == [["7999", "Привет 👋"]])
    }

    @Test func headerOnlyFileHasNoRows() throws {
        let (header, rows) = try records("phone,id\n")
        #expect(header == ["phone", "id"])
        #expect(rows.isEmpty)
    }

    // MARK: - Errors name the line and the rule

    @Test func unterminatedQuoteNamesTheLineItOpenedOn() throws {
        let error = try error("phones,message\n7999,ok\n7998,\"never closed\n7997,more\n")
        #expect(error.line == 3)
        #expect(error.rule.contains("never closed"))
        #expect(error.description.hasSuffix("rows.csv:3: \(error.rule)"))
    }

    @Test(arguments: [4, 64 * 1024])
    func strayQuoteInAnUnquotedFieldIsAnError(chunkSize: Int) throws {
        let error = try error("phones,message\n7999,ok\n7998,say \"hi\"\n", chunkSize: chunkSize)
        #expect(error.line == 3)
        #expect(error.row == 2)
        #expect(error.rule.contains("double quote inside an unquoted field"))
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        let error = try error("phones,message\n\"7999\"x,ok\n")
        #expect(error.line == 2)
        #expect(error.rule.contains("after the closing quote"))
    }

    @Test func fieldCountDifferentFromTheHeaderIsAnError() throws {
        let error = try error("phones,message\n7999,\"multi\nline\"\n7998,hello, world\n")
        #expect(error.line == 4)
        #expect(error.row == 2)
        #expect(error.rule.contains("row 2 has 3 fields, but the header has 2 columns"))
    }

    @Test(arguments: [1, 3, 64 * 1024])
    func invalidUTF8IsAnErrorNamingTheColumnAndTheEncodingFlag(chunkSize: Int) throws {
        let error = try error(
            bytes: Array("phones,message\n7999,ok\n7998,Привет ".utf8) + [0xC3, 0x28] + [0x0A], chunkSize: chunkSize)
        #expect(error.line == 3)
        #expect(error.column == 13, "characters, not bytes: Привет is 6 characters in 12 bytes")
        #expect(error.row == 2)
        #expect(
            error.rule
                == "invalid UTF-8 (bytes 0xC3 0x28) at column 13 (field 'message'); save the file as UTF-8, or pass "
                + "--encoding windows-1251 if it was saved as windows-1251 (Cyrillic Windows)")
    }

    @Test func emptyFileIsAnError() throws {
        let error = try error("\n\n")
        #expect(error.rule.contains("empty"))
    }

    @Test func missingFileIsAnError() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: BulkInputError.self) {
            _ = try CSVReader(path: directory.path("absent.csv"))
        }
    }

    @Test func overlongRowIsRefusedInsteadOfSwallowingTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            "rows.csv", "phones,message\n7999,\"open\n" + String(repeating: "x\n", count: 200))
        let reader = try CSVReader(path: path, maximumRecordBytes: 100)
        #expect {
            _ = try reader.next()
        } throws: { error in
            let error = try #require(error as? BulkInputError)
            return error.line == 2 && error.rule.contains("longer than 100 bytes")
        }
    }

    // MARK: - Delimiters and encodings

    /// Chunk sizes that split UTF-8 sequences, UTF-16 code units and surrogate pairs at every offset.
    private static let smallChunkSizes = [1, 2, 3, 4, 5, 7, 64 * 1024]

    /// `text` in UTF-16 with no byte order mark.
    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            return bigEndian ? [high, low] : [low, high]
        }
    }

    @Test(arguments: smallChunkSizes)
    func detectsTheSemicolonFromTheHeader(chunkSize: Int) throws {
        let text =
            "phones;message\n79990000001;one, two\n79990000002;\"quoted; with\nline; break\"\n7999;\"\"\"q\"\"\"\n"
        let (header, rows, reader) = try read(bytes: Array(text.utf8), chunkSize: chunkSize)
        #expect(reader.delimiter == .semicolon)
        #expect(header == ["phones", "message"])
        #expect(
            rows == [
                .init(number: 1, line: 2, fields: ["79990000001", "one, two"]),
                .init(number: 2, line: 3, fields: ["79990000002", "quoted; with\nline; break"]),
                .init(number: 3, line: 5, fields: ["7999", "\"q\""]),
            ])
    }

    @Test(arguments: smallChunkSizes)
    func detectsTheTabFromTheHeader(chunkSize: Int) throws {
        let text = "phones\tmessage\r\n7999\thello, world; hi\r\n7998\t\"tab\tand\r\nbreak\"\r\n"
        let (header, rows, reader) = try read(bytes: Array(text.utf8), chunkSize: chunkSize)
        #expect(reader.delimiter == .tab)
        #expect(header == ["phones", "message"])
        #expect(
            rows == [
                .init(number: 1, line: 2, fields: ["7999", "hello, world; hi"]),
                .init(number: 2, line: 3, fields: ["7998", "tab\tand\r\nbreak"]),
            ])
    }

    @Test func aHeaderWithOneColumnReadsRowsWithTheComma() throws {
        let (header, rows, reader) = try read(bytes: Array("phones\n7999;x\n".utf8))
        #expect(reader.delimiter == .comma)
        #expect(header == ["phones"])
        #expect(rows.map(\.fields) == [["7999;x"]])
    }

    @Test func delimitersInsideQuotesInTheHeaderAreNotCandidates() throws {
        let (header, _, reader) = try read(bytes: Array("\"a,b\";\"c\td\";e\n".utf8))
        #expect(reader.delimiter == .semicolon)
        #expect(header == ["a,b", "c\td", "e"])
    }

    @Test func anExplicitDelimiterOverridesDetection() throws {
        let text = "phones;note,extra\n7999;a,b\n"
        let semicolon = try read(bytes: Array(text.utf8), format: CSVFormat(delimiter: .semicolon))
        #expect(semicolon.header == ["phones", "note,extra"])
        #expect(semicolon.rows.map(\.fields) == [["7999", "a,b"]])
        let comma = try read(bytes: Array(text.utf8), format: CSVFormat(delimiter: .comma))
        #expect(comma.header == ["phones;note", "extra"])
        #expect(comma.rows.map(\.fields) == [["7999;a", "b"]])
        let tab = try read(bytes: Array(text.utf8), format: CSVFormat(delimiter: .tab))
        #expect(tab.header == ["phones;note,extra"])
        #expect(tab.rows.map(\.fields) == [["7999;a,b"]])
    }

    @Test func linesOfTabsAreBlankLinesAndDoNotDecideTheDelimiter() throws {
        // Before the header, a line of spaces and tabs is skipped whatever the delimiter turns out to be; with the
        // tab delimiter, a line of only tabs is a spreadsheet's empty row and is skipped too.
        let comma = try read(bytes: Array(" \t \nphones,message\n7999,a\tb\n".utf8))
        #expect(comma.reader.delimiter == .comma)
        #expect(comma.header == ["phones", "message"])
        #expect(comma.rows.map(\.fields) == [["7999", "a\tb"]])
        let tab = try read(bytes: Array("\t\nphones\tmessage\n7999\ta\n\t\n \t \n7998\tb\n".utf8))
        #expect(tab.reader.delimiter == .tab)
        #expect(
            tab.rows == [
                .init(number: 1, line: 3, fields: ["7999", "a"]),
                .init(number: 2, line: 6, fields: ["7998", "b"]),
            ])
    }

    /// `phones;message`, then a quoted message over two lines and a plain one, in windows-1251 with CRLF line ends.
    private static let windows1251Rows: [UInt8] =
        Array("phones;message\r\n79990000001;\"".utf8)
        + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array(", ".utf8) + [0xEC, 0xE8, 0xF0] + Array("!\r\n".utf8)
        + [0xB9] + Array("5 ".utf8) + [0xAB, 0xA8, 0xEB, 0xEA, 0xE0, 0xBB, 0x20, 0x97, 0x20, 0x88]
        + Array("\"\r\n79990000002;".utf8) + [0xD1, 0xFA, 0xE5, 0xF8, 0xFC, 0x20, 0xE5, 0xF9, 0xB8] + [0x0D, 0x0A]

    @Test(arguments: smallChunkSizes)
    func readsWindows1251WhenAskedTo(chunkSize: Int) throws {
        let (header, rows, reader) = try read(
            bytes: Self.windows1251Rows, format: CSVFormat(encoding: .windows1251), chunkSize: chunkSize)
        #expect(reader.textEncoding == .windows1251)
        #expect(reader.delimiter == .semicolon)
        #expect(header == ["phones", "message"])
        #expect(
            rows == [
                .init(number: 1, line: 2, fields: ["79990000001", "Привет, мир!\r\n№5 «Ёлка» — €"]),
                .init(number: 2, line: 4, fields: ["79990000002", "Съешь ещё"]),
            ])
    }

    @Test func windows1251ReadAsUTF8IsAnErrorSuggestingTheEncodingFlag() throws {
        let error = try error(bytes: Self.windows1251Rows)
        #expect(error.line == 2)
        #expect(error.column == 14)
        #expect(error.row == 1)
        #expect(error.rule.hasPrefix("invalid UTF-8 (bytes 0xCF 0xF0) at column 14 (field 'message'); "))
        #expect(error.rule.hasSuffix("pass --encoding windows-1251 if it was saved as windows-1251 (Cyrillic Windows)"))
    }

    /// Excel's "Unicode text": UTF-16LE with a byte order mark, tab-separated, CRLF line ends.
    private static let excelUnicodeText =
        "phones\tmessage\r\n79990000001\t\"Привет,\r\n\"\"мир\"\" 👋\"\r\n79990000002\t𝄞 ok\r\n"

    @Test(arguments: smallChunkSizes)
    func readsExcelUnicodeTextAsUTF16LittleEndianFromItsByteOrderMark(chunkSize: Int) throws {
        let bytes = [0xFF, 0xFE] + utf16(Self.excelUnicodeText, bigEndian: false)
        let (header, rows, reader) = try read(bytes: bytes, chunkSize: chunkSize)
        #expect(reader.textEncoding == .utf16LittleEndian)
        #expect(reader.delimiter == .tab)
        #expect(header == ["phones", "message"])
        #expect(
            rows == [
                .init(number: 1, line: 2, fields: ["79990000001", "Привет,\r\n\"мир\" 👋"]),
                .init(number: 2, line: 4, fields: ["79990000002", "𝄞 ok"]),
            ])
    }

    @Test(arguments: smallChunkSizes)
    func readsUTF16BigEndianFromItsByteOrderMark(chunkSize: Int) throws {
        let text = "phones;message\n79990000001;\"Ёж;\nи 👋\"\n"
        let (header, rows, reader) = try read(bytes: [0xFE, 0xFF] + utf16(text, bigEndian: true), chunkSize: chunkSize)
        #expect(reader.textEncoding == .utf16BigEndian)
        #expect(header == ["phones", "message"])
        #expect(rows == [.init(number: 1, line: 2, fields: ["79990000001", "Ёж;\nи 👋"])])
    }

    @Test func aByteOrderMarkDecidesTheEncodingWhateverTheFormatSays() throws {
        let format = CSVFormat(encoding: .windows1251)
        let utf16 = try read(bytes: [0xFF, 0xFE] + utf16("phones\n7999 Ёж\n", bigEndian: false), format: format)
        #expect(utf16.reader.textEncoding == .utf16LittleEndian)
        #expect(utf16.rows.map(\.fields) == [["7999 Ёж"]])
        let utf8 = try read(bytes: [0xEF, 0xBB, 0xBF] + Array("phones\n7999 Ёж\n".utf8), format: format)
        #expect(utf8.reader.textEncoding == .utf8)
        #expect(utf8.rows.map(\.fields) == [["7999 Ёж"]])
    }

    @Test func theFieldCountErrorNamesTheDelimiterInUse() throws {
        let error = try error("phones;message\n7999;a;b\n")
        #expect(
            error.rule
                == "row 1 has 3 fields, but the header has 2 columns (phones, message); put a field that contains a "
                + "semicolon in double quotes")
    }

    @Test func aHeaderWithTwoKindsOfDelimiterIsAnErrorAskingForTheFlag() throws {
        let error = try error("phones;message,sender\n7999;a,b\n")
        #expect(error.line == 1)
        #expect(error.column == 15)
        #expect(error.row == nil)
        #expect(
            error.rule
                == "the header line has both a semicolon (column 7) and a comma (column 15) outside double quotes, so "
                + "which one separates the columns is unclear; say it with --delimiter (, or ; or tab)")
    }

    @Test func nulBytesWithoutAByteOrderMarkAreAnErrorSayingTheFileLooksLikeUTF16() throws {
        let error = try error(bytes: utf16("phones,message\n7999,hi\n", bigEndian: false))
        #expect(error.line == 1)
        #expect(error.column == 2)
        #expect(
            error.rule
                == "a NUL byte at column 2 (field 1); the file looks like UTF-16 without a byte order mark; save it "
                + "as UTF-8, or as UTF-16 with a byte order mark (Excel's Unicode text)")
    }

    @Test(arguments: [1, 64 * 1024])
    func theByteWindows1251LeavesUndefinedIsAnError(chunkSize: Int) throws {
        let error = try error(
            bytes: Array("phones;message\n7999;".utf8) + [0xCF, 0x98] + Array("\n".utf8),
            format: CSVFormat(encoding: .windows1251),
            chunkSize: chunkSize
        )
        #expect(error.line == 2)
        #expect(error.column == 7)
        #expect(error.row == 1)
        #expect(
            error.rule
                == "byte 0x98, which windows-1251 leaves undefined, at column 7 (field 'message'); the file is not "
                + "windows-1251; save it as UTF-8, or check --encoding")
    }

    @Test(arguments: [1, 64 * 1024])
    func anOddTrailingByteInUTF16IsAnError(chunkSize: Int) throws {
        let error = try error(
            bytes: [0xFF, 0xFE] + utf16("phones,message\r\n7999,\"a\r\nb\"\r\n7998,Ёж", bigEndian: false) + [0x41],
            chunkSize: chunkSize
        )
        #expect(error.line == 4)
        #expect(error.column == 8)
        #expect(error.row == 2)
        #expect(
            error.rule
                == "a lone byte (0x41) ending the file at column 8 (field 'message'); a UTF-16 file (this one "
                + "starts with a UTF-16 byte order mark) has an even number of bytes; the file is cut short, or is "
                + "not UTF-16")
    }

    @Test(arguments: [1, 64 * 1024])
    func aMalformedRowBeforeAnUndecodableByteIsReportedFirst(chunkSize: Int) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("rows.csv", bytes: Array("a,b\n1,2,3\n4,".utf8) + [0xFF, 0x0A])
        let reader = try CSVReader(path: path, chunkSize: chunkSize)
        let expected = BulkInputError(
            file: path,
            line: 2,
            row: 1,
            rule: "row 1 has 3 fields, but the header has 2 columns (a, b); put a field that contains a comma in "
                + "double quotes"
        )
        #expect(throws: expected) { try reader.checkRowsOfRegularFile() }
        #expect(throws: expected) { try reader.next() }
    }

    @Test(arguments: [1, 64 * 1024])
    func theCheckingPassReportsAnUndecodableByteAsReadingWould(chunkSize: Int) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("rows.csv", bytes: Array("a;b\r\n1;2\r\n".utf8) + [0xFF] + Array(";4\r\n".utf8))
        let reader = try CSVReader(path: path, chunkSize: chunkSize)
        let expected = BulkInputError(
            file: path,
            line: 3,
            column: 1,
            row: 2,
            rule: "invalid UTF-8 (byte 0xFF) at column 1 (field 'a'); save the file as UTF-8, or pass --encoding "
                + "windows-1251 if it was saved as windows-1251 (Cyrillic Windows)"
        )
        #expect(throws: expected) { try reader.checkRowsOfRegularFile() }
        #expect(try reader.next()?.fields == ["1", "2"])
        #expect(throws: expected) { try reader.next() }
    }

    // MARK: - Header validation

    private func validate(
        _ header: String, required: [String] = ["phones", "message"], optional: [String] = ["sender", "id"]
    )
        throws -> BulkInputError?
    {
        let directory = try TemporaryDirectory()
        let reader = try CSVReader(path: try directory.write("rows.csv", header + "\n"))
        do {
            try reader.validateHeader(required: required, optional: optional)
            return nil
        } catch {
            return error
        }
    }

    @Test func acceptsRequiredAndOptionalColumnsInAnyOrder() throws {
        #expect(try validate("message,phones") == nil)
        #expect(try validate("id, phones ,sender,message") == nil)
    }

    @Test func missingRequiredColumnIsAnError() throws {
        let error = try #require(try validate("phones,sender"))
        #expect(error.line == 1)
        #expect(error.rule.hasPrefix("missing required column 'message'"))
    }

    @Test func unknownColumnIsAnErrorAndNamesAreCaseSensitive() throws {
        let error = try #require(try validate("phones,Message"))
        #expect(error.rule.hasPrefix("unknown column 'Message'"))
        #expect(error.rule.contains("case-sensitive"))
    }

    @Test func duplicateColumnIsAnError() throws {
        let error = try #require(try validate("phones,message,phones "))
        #expect(error.rule == "the header names column 'phones' twice")
    }

    @Test func unnamedColumnIsAnError() throws {
        let error = try #require(try validate("phones,,message"))
        #expect(error.rule.hasPrefix("header column 2 has no name"))
    }

    // MARK: - System errors

    @Test func fileThatCannotBeOpenedIsNamedWithTheErrnoMeaning() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("missing.csv")
        #expect {
            _ = try CSVReader(path: path)
        } throws: { error in
            let error = try #require(error as? BulkInputError)
            return error.description == "\(path): cannot open the file: No such file or directory"
        }
    }

    @Test func fileThatCannotBeReadIsNamedWithTheErrnoMeaning() throws {
        // A directory opens read-only, and then every read fails with EISDIR.
        let directory = try TemporaryDirectory()
        #expect {
            _ = try CSVReader(path: directory.url.path)
        } throws: { error in
            let error = try #require(error as? BulkInputError)
            return error.line == 1 && error.rule == "cannot read the file: \(String(cString: strerror(EISDIR)))"
        }
    }
}
