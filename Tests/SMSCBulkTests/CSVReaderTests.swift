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
        bytes: [UInt8], chunkSize: Int = 64 * 1024
    ) throws -> (header: [String], rows: [CSVReader.Record]) {
        let directory = try TemporaryDirectory()
        let reader = try CSVReader(path: try directory.write("rows.csv", bytes: bytes), chunkSize: chunkSize)
        var rows: [CSVReader.Record] = []
        while let row = try reader.next() {
            rows.append(row)
        }
        return (reader.header, rows)
    }

    /// The error reading `text` throws.
    private func error(_ text: String, chunkSize: Int = 64 * 1024) throws -> BulkInputError {
        try error(bytes: Array(text.utf8), chunkSize: chunkSize)
    }

    private func error(bytes: [UInt8], chunkSize: Int = 64 * 1024) throws -> BulkInputError {
        do {
            _ = try records(bytes: bytes, chunkSize: chunkSize)
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

    @Test func dropsALeadingByteOrderMark() throws {
        let (header, rows) = try records(bytes: [0xEF, 0xBB, 0xBF] + Array("phone,id\n7999,1\n".utf8))
        #expect(header == ["phone", "id"])
        #expect(rows.map(\.fields) == [["7999", "1"]])
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

    @Test func invalidUTF8IsAnError() throws {
        let error = try error(bytes: Array("phones,message\n7999,ok\n7998,".utf8) + [0xC3, 0x28] + [0x0A])
        #expect(error.line == 3)
        #expect(error.rule.contains("column 'message' is not valid UTF-8"))
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
