import ArgumentParser
import Foundation
import SMSC
import SMSCBulk

/// A bulk run: one library call per CSV row through ``SMSCBulk/BulkRunner``, which journals, orders the output
/// and bounds the concurrency.
///
/// Every row's line is the object the single call prints with `--json`: the result, or `{"error":{…}}`.
struct BulkRun {
    var service: ServiceOptions
    var bulk: BulkOptions
    /// The subcommand, for the journal's identity (`send`, `status`).
    var command: String
    var requiredColumns: [String]
    var optionalColumns: [String] = []
    /// What every row shares (options, query, time): part of the journal's identity, as a fingerprint.
    var settings: [String: String] = [:]

    /// - Parameter call: The library call for one row. Values it finds invalid are refused by the library
    ///   before anything is sent, and become that row's validation error (exit 64).
    /// - Throws: `ExitCode` with the run's status.
    func run(_ call: @escaping @Sendable (SMSCClient, BulkRow) async throws(SMSCError) -> ResultRecord) async throws {
        guard let csvPath = bulk.csv else { return }
        let client: SMSCClient
        do {
            client = try service.makeClient()
        } catch {
            let failure = ServiceCall.failure(for: error)
            failure.report(json: true)
            throw ExitCode(failure.exitCode)
        }
        let runner = BulkRunner(
            configuration: .init(
                csvPath: csvPath,
                requiredColumns: requiredColumns,
                optionalColumns: optionalColumns,
                journalPath: bulk.journal,
                concurrency: bulk.concurrency ?? BulkOptions.defaultConcurrency,
                commandIdentity: service.journalIdentity(command: command)
                    + " settings=" + BulkRunner.Configuration.fingerprint(of: settings),
                showsProgress: isatty(STDERR_FILENO) != 0
            )
        )
        let result: Result<BulkSummary, BulkError>
        do throws(BulkError) {
            result = .success(
                try await runner.run(
                    perform: { row in
                        do throws(SMSCError) {
                            return BulkOutcome(output: try await call(client, row).json, exitCode: 0)
                        } catch {
                            let failure = CommandFailure(error)
                            return BulkOutcome(output: failure.json, exitCode: failure.exitCode)
                        }
                    },
                    emit: { line in Console.writeLine(line) }
                )
            )
        } catch {
            result = .failure(error)
        }
        try? await client.shutdown()
        switch result {
        case .success(let summary):
            if summary.interrupted {
                let resume = bulk.journal == nil ? "" : "; rerun with the same --journal to resume"
                Console.writeError("smsc: interrupted after \(summary.rowCount) rows\(resume)")
            }
            if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
        case .failure(let error):
            Console.writeError("smsc: error: \(error)")
            throw ExitCode(error.exitCode)
        }
    }
}
