import Testing

/// A short run of the soak (Scripts/soak.sh runs 100,000 messages): sends under random faults of every kind, through
/// each transport, and every message is sent once or failed with a reason, none twice.
@Suite("smsc-soak, short")
struct SoakTests {
    @Test(arguments: ["nio", "ahc"])
    func everyMessageIsAccountedForAndNoneSentTwice(transport: String) async throws {
        let soak = try RunningCommand(
            ["--messages", "1500", "--fault-rate", "0.2", "--transport", transport, "--seed", "11"],
            executable: SMSCExecutable.path(named: "smsc-soak")
        )
        let result = try await soak.result()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("smsc-soak: OK: no message sent twice, every message accounted for"))
        // The table's row: messages, the outcomes, then 0 duplicates and 0 unaccounted.
        let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("| 1500 |") })
        #expect(row.hasSuffix("| 0 | 0 |"))
        // Every kind of fault struck.
        for kind in ["reset-before", "reset-after", "http-502", "http-503", "truncate", "error-9", "error-4"] {
            let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("| \(kind) |") })
            #expect(!line.hasSuffix("| 0 |"), "no \(kind) fault was injected")
        }
    }
}
