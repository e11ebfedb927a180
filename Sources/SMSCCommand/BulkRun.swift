import ArgumentParser
import Foundation
import SMSC
import SMSCBulk

/// A bulk run: one library call per CSV row through ``SMSCBulk/BulkRunner``, which journals, orders the output
/// and bounds the concurrency.
///
/// Every row's line is the object the single call prints with `--json`: the result, or `{"error":{…}}`.
struct BulkRun {
    /// The library call for one row.
    typealias Call = @Sendable (SMSCClient, BulkRow) async throws(SMSCError) -> ResultRecord

    var service: ServiceOptions
    var bulk: BulkOptions
    /// The subcommand, for the journal's identity (`send`, `status`).
    var command: String
    var requiredColumns: [String]
    var optionalColumns: [String] = []
    /// What every row shares (options, query, time): part of the journal's identity, as a fingerprint.
    var settings: [String: String] = [:]
    /// What to do about a row found in doubt, for its message; `nil` for the runner's default (check it with
    /// `smsc status`, send it again if it was not delivered).
    var inDoubtAdvice: String?

    /// - Parameter call: The library call for one row. Values it finds invalid are refused by the library
    ///   before anything is sent, and become that row's validation error.
    /// - Throws: `ExitCode` with the run's status.
    func run(_ call: @escaping Call) async throws {
        guard let csvPath = bulk.csv else { return }
        let client: SMSCClient
        do {
            client = try service.makeClient()
        } catch {
            throw Self.report(ServiceCall.failure(for: error))
        }
        if let refusal = await refusalOfSharedValues(call) {
            try? await client.shutdown()
            throw Self.report(refusal)
        }
        var configuration = BulkRunner.Configuration(
            csvPath: csvPath,
            requiredColumns: requiredColumns,
            optionalColumns: optionalColumns,
            journalPath: bulk.journal,
            concurrency: bulk.concurrency ?? BulkOptions.defaultConcurrency,
            commandIdentity: service.journalIdentity(command: command)
                + " settings=" + BulkRunner.Configuration.fingerprint(of: settings),
            showsProgress: isatty(STDERR_FILENO) != 0
        )
        if let inDoubtAdvice {
            configuration.inDoubtAdvice = inDoubtAdvice
        }
        let runner = BulkRunner(configuration: configuration)
        let tally = BulkRowTally()
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
                    emit: { line in
                        Console.writeLine(line)
                        tally.count(line)
                    }
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
                throw ExitCode(summary.exitCode)
            }
            guard summary.exitCode != 0 else { return }
            // Written once at the end: during the run, stderr belongs to the progress bar.
            let (rows, failed, firstFailure, _) = tally.snapshot
            let first = firstFailure.map { " (first: row \($0.row): \($0.message))" } ?? ""
            Console.writeError("smsc: error: \(failed) of \(rows) rows failed\(first)")
            throw ExitCode(tally.exitCode(runnerExitCode: summary.exitCode))
        case .failure(let error):
            // `--csv` implies `--json`: the run-level error is printed on stdout too, after any row lines.
            throw Self.report(CommandFailure(error))
        }
    }

    /// Checks the values every row shares (`--sender`, `--query`, the credentials) with the library's own rules,
    /// before any row starts: a value it refuses would fail every row, journal each one as finished, and keep the
    /// corrected rerun from sending them.
    ///
    /// The check is one call for a made-up row through a transport that sends nothing: the library validates
    /// everything before it sends, so reaching the transport means the shared values pass.
    ///
    /// - Returns: The refusal, naming the flag, or `nil` when the shared values pass.
    private func refusalOfSharedValues(_ call: Call) async -> CommandFailure? {
        let probe: SMSCClient
        do {
            probe = try SMSCClient(
                credentials: service.credentials(environment: service.environment),
                configuration: .init(endpoint: service.resolvedEndpoint(environment: service.environment)),
                transport: ClosureTransport { _, _ in throw CancellationError() }
            )
        } catch {
            return nil  // makeClient() accepted the same values; the rows will say what is wrong.
        }
        let fields = Dictionary(uniqueKeysWithValues: requiredColumns.map { ($0, "1") })
        do throws(SMSCError) {
            _ = try await call(probe, BulkRow(number: 0, line: 0, fields: fields))
        } catch {
            // A field of the made-up row is not a shared value; only fields a flag sets are.
            guard case .validation(let field, let rule) = error.reason, let flag = FieldFlags.flag(for: field) else { return nil }
            return CommandFailure(
                kind: .validation,
                message: FieldFlags.message(flag: flag, rule: rule) + "; every row would be refused, so none was sent"
            )
        }
        return nil
    }

    /// Reports a failure of the run itself: on stderr, and on stdout as `{"error":…}`, as `--csv` implies `--json`.
    private static func report(_ failure: CommandFailure) -> ExitCode {
        failure.report(json: true)
        return ExitCode(failure.exitCode)
    }
}
