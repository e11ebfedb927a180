import ArgumentParser
import Foundation
import SMSC
import SMSCBulk
import SOAPRuntime

/// A bulk run: one line per CSV row through ``SMSCBulk/BulkRunner``, which journals, orders the output and bounds
/// the concurrency.
///
/// The command says what to do with each row given what the journal recorded (``plan``), and how to do it
/// (``perform``), which makes the row's ``BulkRowLine``.
struct BulkRun {
    /// The library call for one row, for checking the values every row shares before the first row.
    typealias Call = @Sendable (SMSCClient, BulkRow) async throws(SMSCError) -> Void
    /// What to do with a row, given what earlier runs did with it.
    typealias Plan = @Sendable (BulkRow, BulkRowHistory) -> BulkRowPlan
    /// Sends, checks or describes one row.
    typealias Perform = @Sendable (SMSCClient, BulkRow, BulkRowHistory) async -> BulkRowLine

    /// Passes repeated over a journal until every row is settled or a deadline passes (`smsc status
    /// --until-final`); only the last state of each row is printed, by a final pass that replays the journal.
    struct Repetition {
        /// When to stop starting passes.
        var deadline: ContinuousClock.Instant
        /// Whether a row's line needs no further pass.
        var isSettled: @Sendable (BulkOutcome) -> Bool
        /// What the closing message calls a row that is not settled, such as `not final`.
        var unsettledName: String
    }

    var service: ServiceOptions
    var bulk: BulkOptions
    /// The subcommand, for the journal's identity (`send`, `status`).
    var command: String
    var requiredColumns: [String]
    var optionalColumns: [String] = []
    /// What every row shares (options, query, time): part of the journal's identity, as a fingerprint.
    var settings: [String: String] = [:]

    /// The journal's identity for this run's rows.
    var commandIdentity: String {
        service.journalIdentity(command: command) + " settings=" + BulkRunner.Configuration.fingerprint(of: settings)
    }

    /// - Parameters:
    ///   - probe: The plain library call for one row. Values it finds invalid are refused by the library before
    ///     anything is sent; it is called once for a made-up row, through a transport that sends nothing, to check
    ///     the values every row shares.
    ///   - plan: What to do with each row.
    ///   - perform: Does it.
    ///   - repetition: Repeats passes until the rows are settled; `nil` for one pass.
    /// - Throws: `ExitCode` with the run's status.
    func run(
        probe: @escaping Call,
        plan: @escaping Plan = { BulkRowPlan.resuming($1) },
        perform: @escaping Perform,
        repetition: Repetition? = nil
    ) async throws {
        guard let csvPath = bulk.csv else { return }
        let owned: CommandClient
        do {
            owned = try service.makeClient()
        } catch {
            throw Self.report(ServiceCall.failure(for: error))
        }
        let client = owned.client
        if let refusal = await refusalOfSharedValues(probe) {
            await owned.shutdown()
            throw Self.report(refusal)
        }
        if let failure = await preflightFailure(client) {
            await owned.shutdown()
            throw Self.report(failure)
        }
        let showsProgress = isatty(STDERR_FILENO) != 0
        var configuration = BulkRunner.Configuration(
            csvPath: csvPath,
            requiredColumns: requiredColumns,
            optionalColumns: optionalColumns,
            csvFormat: bulk.csvFormat,
            journalPath: bulk.journal,
            concurrency: bulk.concurrency ?? BulkOptions.defaultConcurrency,
            commandIdentity: commandIdentity,
            showsProgress: showsProgress,
            // The rows' calls, their replies and the runner's bookkeeping on one thread, the transport's: no thread
            // is woken per row.
            taskExecutor: owned.transport.taskExecutor
        )
        // The first SIGINT or SIGTERM stops the run the same way; a second one exits 130 at once (see SignalTrap).
        let interruption = RunCancellation()
        let signals = SignalTrap(notice: showsProgress ? SignalTrap.bulkRunNotice : nil) {
            interruption.cancel()
        }
        defer { signals.uninstall() }
        let perform: @Sendable (BulkRow, BulkRowHistory) async -> BulkOutcome = { row, history in
            await perform(client, row, history).bulkOutcome
        }

        var unsettled = 0
        var passes = 0
        var printingPlan = plan
        if let repetition {
            // Passes print nothing: only each row's last state is printed, by the replay below.
            while ContinuousClock.now < repetition.deadline {
                passes += 1
                configuration.progressLabel = "pass \(passes):"
                let counter = UnsettledCounter(isSettled: repetition.isSettled)
                let passTally = BulkRowTally()
                let result = await runPass(
                    BulkRunner(configuration: configuration),
                    interruption: interruption,
                    plan: { row, history in
                        ContinuousClock.now < repetition.deadline ? plan(row, history) : .replay
                    },
                    perform: perform,
                    emit: { outcomes in
                        outcomes.forEach(counter.count)
                        outcomes.forEach(passTally.count)
                    }
                )
                // A pass that could not go through every row ends the run as a single pass would.
                guard case .success(let summary) = result, !summary.interrupted, summary.stoppedAtRow == nil else {
                    await owned.shutdown()
                    return try report(result, tally: passTally)
                }
                unsettled = counter.value
                if unsettled == 0 { break }
            }
            printingPlan = { _, _ in .replay }
            configuration.progressLabel = ""
        }
        let tally = BulkRowTally()
        let result = await runPass(
            BulkRunner(configuration: configuration),
            interruption: interruption,
            plan: printingPlan,
            perform: perform,
            emit: { outcomes in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(512 * outcomes.count)
                for outcome in outcomes {
                    outcome.output.write(to: &bytes)
                    bytes.append(UInt8(ascii: "\n"))
                }
                if await !Console.writeWithoutBlockingTheThread(bytes) { interruption.cancel() }
                outcomes.forEach(tally.count)
            }
        )
        await owned.shutdown()
        try report(result, tally: tally)
        if let repetition, unsettled > 0 {
            Console.writeError(
                "smsc: \(unsettled) rows are still \(repetition.unsettledName) after \(passes) passes; rerun to go on"
            )
            throw ExitCode(Self.unsettledExitCode)
        }
    }

    /// `EX_TEMPFAIL`: the rows were all asked about, but some are not final yet.
    static let unsettledExitCode: Int32 = 75

    /// One pass of the runner, in a task of its own so that a failed write to stdout or a signal can cancel it,
    /// which stops the run the way Ctrl-C does: no more rows start, and the rows in flight finish and are journaled
    /// (their lines are replayed by a rerun with the same journal).
    private func runPass(
        _ runner: BulkRunner,
        interruption: RunCancellation,
        plan: @escaping Plan,
        perform: @escaping @Sendable (BulkRow, BulkRowHistory) async -> BulkOutcome,
        emit: @escaping @Sendable ([BulkOutcome]) async -> Void
    ) async -> Result<BulkSummary, BulkError> {
        let task = Task { () async -> Result<BulkSummary, BulkError> in
            do throws(BulkError) {
                return .success(try await runner.run(plan: plan, perform: perform, emit: emit))
            } catch {
                return .failure(error)
            }
        }
        interruption.attach(task)
        return await task.value
    }

    /// Reports how a pass ended on stderr.
    /// - Throws: `ExitCode` unless every row succeeded.
    private func report(_ result: Result<BulkSummary, BulkError>, tally: BulkRowTally) throws {
        switch result {
        case .success(let summary):
            if let row = summary.stoppedAtRow {
                let message = tally.stopMessage(row: row) ?? "a failure that applies to every row"
                let rerun =
                    bulk.journal == nil
                    ? "fix the cause and send them in a new run"
                    : "fix the cause and rerun with the same --journal to send them"
                Console.writeError(
                    "smsc: error: stopped at row \(row): \(message); rows after it were not sent: \(rerun)"
                )
                throw ExitCode(summary.exitCode)
            }
            if Console.standardOutputFailed {
                // Already reported on stderr, once; the run stopped like an interrupted one, and resumes the same way.
                let resume =
                    bulk.journal == nil
                    ? "" : "; rerun with the same --journal to print the rows done and send the rest"
                Console.writeError("smsc: stopped after \(summary.rowCount) rows\(resume)")
                throw ExitCode(Console.standardOutputFailureExitCode)
            }
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
            let inDoubt = tally.inDoubtCount
            if inDoubt > 0 {
                let settle =
                    bulk.journal == nil
                    ? "check them with `smsc status`"
                    : "settle them with `smsc send --settle` and the same --csv, --journal and options"
                Console.writeError("smsc: \(inDoubt) of them may have been sent: \(settle)")
            }
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
                transport: SOAPClosureTransport { _ in throw CancellationError() }
            )
        } catch {
            return nil  // makeClient() accepted the same values; the rows will say what is wrong.
        }
        let fields = Dictionary(uniqueKeysWithValues: requiredColumns.map { ($0, "1") })
        do throws(SMSCError) {
            try await call(probe, BulkRow(number: 0, line: 0, fields: fields))
        } catch {
            // A field of the made-up row is not a shared value; only fields a flag sets are.
            guard error.code == .validation, let field = error.field, let rule = error.rule,
                let flag = FieldFlags.flag(for: field)
            else {
                return nil
            }
            return CommandFailure(
                kind: .validation,
                message: FieldFlags.message(flag: flag, rule: rule) + "; every row would be refused, so none was sent"
            )
        }
        return nil
    }

    /// Proves the credentials and the endpoint with one call that sends nothing, before the first row: a wrong
    /// password or an unreachable endpoint would otherwise fail every row, and journal each failure as final, so
    /// that the corrected rerun with the same journal would send nothing.
    ///
    /// With a login and password the call is `get_balance`. With an API key, which `get_balance` cannot carry, it
    /// is `get_sms_cost2` for a fixed well-formed number, which computes a price and sends nothing. The number is
    /// not taken from the first row: that row may be one the library refuses (then nothing would reach the
    /// server and nothing would be proved), and the CSV file may be a pipe, which the run can read only once.
    ///
    /// - Returns: The failure to report, when it is one every row would meet (see
    ///   ``stopsRunBeforeFirstRow(_:)``); `nil` when the run may go on.
    private func preflightFailure(_ client: SMSCClient) async -> CommandFailure? {
        let usesLogin = (try? service.credentials(environment: service.environment))?.login != nil
        do throws(SMSCError) {
            if usesLogin {
                _ = try await client.balance()
            } else {
                _ = try await client.cost(of: "smsc preflight", to: [Self.preflightPhone])
            }
        } catch {
            guard Self.stopsRunBeforeFirstRow(error) else { return nil }
            var failure = CommandFailure(error)
            failure.message += "; checked before the first row, so no row was sent"
            return failure
        }
        return nil
    }

    /// The number the API-key preflight asks the price for: a well-formed Russian mobile number (SMSC's own
    /// documentation uses it), so the library sends the request and the service prices it.
    static let preflightPhone = "79999999999"

    /// Whether a preflight failure means every row would fail the same way: bad credentials (2), a blocked IP
    /// address (4), an endpoint that was never reached, or one that answers with a SOAP fault or an HTTP error
    /// instead of SMSC's replies. Other failures (a rate limit, a number the service refuses, a timeout after the
    /// request went out) say nothing certain about the rows, which then go ahead.
    static func stopsRunBeforeFirstRow(_ error: SMSCError) -> Bool {
        if let serviceError = error.serviceError { return [2, 4].contains(serviceError.code) }
        if error.code == .transport || error.code == .cancelled { return !error.mayHaveReachedServer }
        return error.code == .fault || error.code == .httpStatus
    }

    /// Whether a row's failure applies to every row, so the run must start no more: bad credentials (2), a blocked
    /// IP address (4), or a service that cannot be reached (connect or TLS failure). Sending the rest would only
    /// journal each of them as a final failure, which a rerun would replay instead of sending.
    static func appliesToEveryRow(_ error: SMSCError) -> Bool {
        if let serviceError = error.serviceError { return [2, 4].contains(serviceError.code) }
        return error.code == .transport && [.connect, .tls].contains(error.transportError?.code)
    }

    /// Reports a failure of the run itself: on stderr, and on stdout as `{"error":…}`, as `--csv` implies `--json`.
    private static func report(_ failure: CommandFailure) -> ExitCode {
        failure.report(json: true)
        return ExitCode(failure.exitCode)
    }
}
