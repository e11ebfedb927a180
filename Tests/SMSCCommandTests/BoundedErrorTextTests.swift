import Foundation
import SOAPTestServer
import Testing

/// A server's text of any size never reaches a terminal whole: messages are cut at a documented length, saying how
/// long the original was.
struct BoundedErrorTextTests {
    private static let reason = String(repeating: "x", count: 900_000)

    private func withHugeFaults(_ body: (String) async throws -> Void) async throws {
        try await withLoopbackHTTPServer(handler: { request in
            ScriptedSMSC.operation(of: request) == "balance"
                ? ScriptedSMSC.success(to: request) : ScriptedSMSC.fault(reason: Self.reason)
        }) { server in
            try await body(server.url())
        }
    }

    @Test
    func aSingleCallPrintsABoundedMessageOnStdoutAndStderr() async throws {
        try await withHugeFaults { url in
            let result = try await CommandRunner.run(
                ["status", "--phone", "79990000001", "--id", "1", "--json", "--endpoint", url, "--login", "a",
                 "--password", "b"])
            #expect(result.status == 3)
            #expect(result.lines.count == 1)
            #expect(result.stdout.utf8.count < 5000)
            #expect(result.stderr.utf8.count < 5000)
            #expect(result.stdout.contains("… [cut: 2048 of 900000 characters] (HTTP 500)"))
            #expect(result.stderr.contains("… [cut: 2048 of 900000 characters] (HTTP 500)"))
        }
    }

    @Test
    func aBulkRunPrintsBoundedLines() async throws {
        try await withHugeFaults { url in
            let file = try Fixtures.temporaryFile("status.csv", "phone,id\n79990000001,1\n79990000002,2\n")
            let result = try await CommandRunner.run(
                ["status", "--csv", file, "--endpoint", url, "--login", "a", "--password", "b"])
            #expect(result.status == 3)
            #expect(result.lines.count == 2)
            for line in result.lines {
                #expect(line.utf8.count < 5000)
                #expect(line.contains(#""outcome":"failed","error":{"kind":"fault","code":"SOAP-ENV:Server","#))
            }
            #expect(result.stderr.utf8.count < 5000)
        }
    }

    @Test
    func theTraceCutsABodyAt64KiB() async throws {
        try await withHugeFaults { url in
            let result = try await CommandRunner.run(
                ["status", "--phone", "79990000001", "--id", "1", "--trace", "--endpoint", url, "--login", "a",
                 "--password", "b"])
            #expect(result.status == 3)
            #expect(result.stderr.utf8.count < 70_000)
            #expect(result.stderr.contains("… [cut: 65536 of "))
        }
    }
}
