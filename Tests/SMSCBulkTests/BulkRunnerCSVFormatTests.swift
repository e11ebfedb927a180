import Testing

@testable import SMSCBulk

/// The runner reads the CSV file, and checks it ahead, in the configured format.
struct BulkRunnerCSVFormatTests {
    /// `phones;message` and two rows in windows-1251: `Привет`, and `Ёж` in a quoted field over two lines.
    private static let windows1251Rows: [UInt8] =
        Array("phones;message\r\n79990000001;".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        + Array("\r\n79990000002;\"".utf8) + [0xA8, 0xE6] + Array("\r\n!\"\r\n".utf8)

    private func run(format: CSVFormat) async throws -> (rows: [BulkRow], result: Result<BulkSummary, BulkError>) {
        let directory = try TemporaryDirectory()
        let path = try directory.write("rows.csv", bytes: Self.windows1251Rows)
        let runner = BulkRunner(
            configuration: .init(
                csvPath: path,
                requiredColumns: ["phones", "message"],
                csvFormat: format,
                concurrency: 1,
                commandIdentity: RunnerHarness.identity
            ),
            hooks: RunnerHarness.quietHooks
        )
        let rows = Locked<[BulkRow]>([])
        let (result, _) = await runner.execute(
            perform: { row, _ in
                rows.withLock { $0.append(row) }
                return RunnerHarness.echo(row)
            },
            emit: { _ in }
        )
        return (rows.current, result)
    }

    @Test func readsTheRowsInTheConfiguredEncoding() async throws {
        let (rows, result) = try await run(format: CSVFormat(encoding: .windows1251))
        #expect(try result.get().rowCount == 2)
        #expect(
            rows == [
                BulkRow(
                    number: 1, line: 2, fields: ["phones": "79990000001", "message": "Привет"],
                    commandIdentity: RunnerHarness.identity),
                BulkRow(
                    number: 2, line: 3, fields: ["phones": "79990000002", "message": "Ёж\r\n!"],
                    commandIdentity: RunnerHarness.identity),
            ])
    }

    @Test func refusesTheFileBeforeAnyRowWithoutTheEncoding() async throws {
        let (rows, result) = try await run(format: CSVFormat())
        #expect(rows.isEmpty, "the file is checked ahead, in the same format, before any row is sent")
        guard case .failure(let error) = result else {
            Issue.record("expected the run to fail")
            return
        }
        #expect(error.kind == .input)
        #expect(error.line == 2)
        #expect(error.row == 1)
        #expect(error.message.hasPrefix("invalid UTF-8 (bytes 0xCF 0xF0) at column 13 (field 'message'); "))
    }
}
