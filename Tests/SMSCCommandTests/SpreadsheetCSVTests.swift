import Foundation
import SOAPTestServer
import Testing

/// `--csv` with files as spreadsheets save them: `;` and windows-1251, UTF-16 "Unicode text", and the flags that
/// say what the file is.
struct SpreadsheetCSVTests {
    /// `Привет` in windows-1251.
    private static let greeting: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]

    private func send(_ file: [UInt8], _ flags: [String], on server: LoopbackHTTPServer) async throws -> CommandResult {
        let path = try Fixtures.temporaryPath("rows.csv")
        try Data(file).write(to: URL(fileURLWithPath: path))
        return try await CommandRunner.run(
            ["send", "--csv", path, "--endpoint", server.url(), "--login", "a", "--password", "b"] + flags)
    }

    @Test
    func aSemicolonWindows1251FileIsSentAsTheTextItHolds() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let file = Array("phones;message;id\r\n79990000001;".utf8) + Self.greeting + Array(";w1\r\n".utf8)
            let result = try await send(file, ["--encoding", "windows-1251"], on: server)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.lines == [BulkLines.sent(row: 1, id: "w1", phones: "79990000001")])
            let requests = ScriptedSMSC.rowRequests(server.receivedRequests)
            #expect(requests.compactMap { ScriptedSMSC.field("mes", of: $0) } == ["Привет"])
        }
    }

    @Test
    func aWindows1251FileReadAsUTF8IsRefusedNamingTheLineAndColumnBeforeAnyRow() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let file = Array("phones;message;id\n79990000001;".utf8) + Self.greeting + Array(";w1\n".utf8)
            let result = try await send(file, [], on: server)
            #expect(result.status == 64)
            #expect(result.stderr.contains("rows.csv:2: invalid UTF-8"))
            #expect(result.stderr.contains("at column 13"))
            #expect(result.stderr.contains("--encoding windows-1251"))
            #expect(ScriptedSMSC.rowRequests(server.receivedRequests).isEmpty)
        }
    }

    @Test
    func excelUnicodeTextIsReadAsUTF16() async throws {
        try await withLoopbackHTTPServer(handler: ScriptedSMSC.success(to:)) { server in
            let text = "phones\tmessage\tid\r\n79990000002\t\"two\r\nlines\"\tu2\r\n"
            let file: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let result = try await send(file, [], on: server)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.lines == [BulkLines.sent(row: 1, id: "u2", phones: "79990000002")])
            let requests = ScriptedSMSC.rowRequests(server.receivedRequests)
            // The carriage return goes as a character reference, which XML keeps (a bare one it would normalise).
            #expect(requests.compactMap { ScriptedSMSC.field("mes", of: $0) } == ["two&#13;\nlines"])
        }
    }

    @Test
    func theFlagsNeedACSVFileAndAValueTheyKnow() async throws {
        let file = try Fixtures.temporaryFile("rows.csv", "phones,message\n79990000001,hi\n")
        let credentials = ["--login", "a", "--password", "b"]
        let unknown = try await CommandRunner.run(["send", "--csv", file, "--delimiter", "|"] + credentials)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--delimiter must be ',', ';' or 'tab'"))
        let encoding = try await CommandRunner.run(["send", "--csv", file, "--encoding", "koi8-r"] + credentials)
        #expect(encoding.status == 64)
        #expect(encoding.stderr.contains("--encoding must be utf-8 or windows-1251"))
        let alone = try await CommandRunner.run(
            ["send", "--phones", "79990000001", "--message", "hi", "--delimiter", ";"] + credentials)
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--delimiter needs --csv"))
    }
}
