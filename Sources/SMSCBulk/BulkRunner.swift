import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a command once per row of a CSV file, a few rows at a time, printing one JSON line per row in input order,
/// with a journal that makes an interrupted run resumable without sending any row twice.
///
/// For each row the command's `plan` closure reads what the journal says earlier runs did with it (its
/// ``BulkRowHistory``) and chooses a ``BulkRowPlan``: print the recorded outcome again, send (the journal records the
/// row as started, synced to disk, before `perform` runs), query (only the outcome is journaled), or report
/// (nothing is journaled). The outcome is journaled (synced) before it is printed, once every earlier row has been
/// printed. Rows start in input order, and only while fewer than ``Configuration/concurrency`` rows are started but
/// not yet printed, so memory holds at most that many rows however long the file is: the file and the journal are
/// both read as streams.
///
/// With ``BulkRowPlan/resuming(_:)``, rerunning with the same journal prints the recorded outcome of every finished
/// row without sending it, reports a row that was in flight when the earlier run stopped (its request may have
/// been delivered) without sending it, and sends the rest. Other plans settle such rows, or query rows again.
public struct BulkRunner: Sendable {
    /// What to run and how.
    public struct Configuration: Sendable {
        /// The CSV file, read as a stream.
        public var csvPath: String
        /// Columns the header must name.
        public var requiredColumns: [String]
        /// Columns the header may name.
        public var optionalColumns: [String]
        /// The CSV file's delimiter (detected from the header by default) and the encoding of a file without a byte
        /// order mark (UTF-8 by default).
        public var csvFormat: CSVFormat
        /// The journal file, created if missing; `nil` for a run that cannot be resumed.
        public var journalPath: String?
        /// How many rows may be started but not yet printed (so also the most `perform` calls at once); at least 1.
        public var concurrency: Int
        /// What the rows are sent with, e.g. `send https://smsc.ru/sys/soap.php login=<fingerprint>`; a journal
        /// written by a run with any other identity is refused, so its outcomes are never replayed for another
        /// command or account.
        public var commandIdentity: String
        /// Whether to draw a progress bar on standard error; pass `isatty(STDERR_FILENO) != 0`. Nothing is written
        /// to standard error when this is `false`. The bar shows a total only for a regular file: a pipe cannot be
        /// read twice to count its rows first.
        public var showsProgress: Bool
        /// Words the progress bar starts with, such as `pass 2:`; empty for none.
        public var progressLabel: String
        /// Where the run and its rows' `perform` calls run: the transport's executor (a SwiftNIO transport's event
        /// loop), so that a row's call, its reply and the runner's bookkeeping never change threads; `nil` for the
        /// global concurrent executor. The runner then blocks that thread while it syncs the journal, and `emit`
        /// must not block it (see ``BulkRunner/run(plan:perform:emit:)``).
        public var taskExecutor: (any TaskExecutor)?

        /// Creates a configuration.
        /// - Parameters:
        ///   - csvPath: The CSV file.
        ///   - requiredColumns: Columns the header must name.
        ///   - optionalColumns: Columns the header may name.
        ///   - csvFormat: The CSV file's delimiter and encoding; the default detects the delimiter from the header and
        ///     reads UTF-8, or UTF-16 with a byte order mark.
        ///   - journalPath: The journal file, or `nil` for none.
        ///   - concurrency: The most rows started but not yet printed; values below 1 count as 1.
        ///   - commandIdentity: What the rows are sent with; the journal must have been written for the same.
        ///   - showsProgress: Whether to draw a progress bar on standard error.
        ///   - progressLabel: Words the progress bar starts with; empty for none.
        ///   - taskExecutor: Where the run and its rows' calls run; `nil` for the global concurrent executor.
        public init(
            csvPath: String,
            requiredColumns: [String],
            optionalColumns: [String] = [],
            csvFormat: CSVFormat = CSVFormat(),
            journalPath: String? = nil,
            concurrency: Int = 4,
            commandIdentity: String,
            showsProgress: Bool = false,
            progressLabel: String = "",
            taskExecutor: (any TaskExecutor)? = nil
        ) {
            self.csvPath = csvPath
            self.requiredColumns = requiredColumns
            self.optionalColumns = optionalColumns
            self.csvFormat = csvFormat
            self.journalPath = journalPath
            self.concurrency = concurrency
            self.commandIdentity = commandIdentity
            self.showsProgress = showsProgress
            self.progressLabel = progressLabel
            self.taskExecutor = taskExecutor
        }
    }

    /// Seams for tests; the defaults are what the command uses.
    struct Hooks: Sendable {
        /// Another way to ask the run to stop, as cancelling its task does.
        var stopRequest: StopRequest?
        /// Where the progress bar is drawn.
        var writeProgress: @Sendable (String) -> Void = { text in
            _ = try? FileDescriptor.standardError.writeAll(text.utf8)
        }
        /// Seconds since 1970, for the time each outcome is journaled at.
        var wallClock: @Sendable () -> Int64 = { Int64(time(nil)) }
        /// Monotonic time, for the progress bar's throttle.
        var elapsed: @Sendable () -> Duration = {
            let start = ContinuousClock.now
            return { ContinuousClock.now - start }
        }()
        /// Whether each journal record is synced; tests that run thousands of rows turn it off.
        var journalSyncs = true
        /// Called before each journal record is written; an `errno` it returns (such as `ENOSPC`) fails that write as
        /// the system would. Tests inject write failures here.
        var journalWriteFailure: @Sendable () -> Int32? = { nil }
    }

    /// Internal measurements, so tests can check that memory stays flat.
    struct Statistics: Sendable, Equatable {
        /// The most rows admitted but not yet printed at any moment.
        var windowHighWater = 0
        /// The most rows held in the journal cursor's look-ahead buffer.
        var lookAheadHighWater = 0
        /// The most `perform` calls in flight at any moment.
        var inFlightHighWater = 0
    }

    /// What to run and how.
    public var configuration: Configuration
    var hooks: Hooks

    /// Creates a runner.
    /// - Parameter configuration: What to run and how.
    public init(configuration: Configuration) {
        self.init(configuration: configuration, hooks: Hooks())
    }

    init(configuration: Configuration, hooks: Hooks) {
        self.configuration = configuration
        self.hooks = hooks
    }

    /// Runs every row.
    ///
    /// A regular CSV file is read through once before anything else, so a malformed row anywhere in it fails the
    /// run before any row is sent or journaled. A pipe, a FIFO or standard input can be read only once, so there a
    /// malformed row is found when the run reaches it, after the rows before it were sent.
    ///
    /// When `perform` returns an outcome whose ``BulkOutcome/stopsRun`` is set, that row is journaled and printed
    /// as usual, no more rows are started, rows in flight finish and are journaled and printed, and the summary
    /// says ``BulkSummary/stoppedAtRow``. Rows not started are not journaled, so rerunning with the same journal
    /// sends them (and replays the stopping row's outcome without stopping).
    ///
    /// Cancelling the calling task stops the run: no more rows are started, and the rows in flight are not
    /// cancelled but finish, are journaled and are printed, so none of them is left in doubt; the summary says
    /// ``BulkSummary/interrupted``. `perform` therefore never sees `Task.isCancelled` because of it.
    ///
    /// The runner installs no signal handlers: signals belong to the process, not to a library. An executable that
    /// wants Ctrl-C to stop a run gently traps SIGINT and SIGTERM itself and cancels the task awaiting this method.
    ///
    /// - Parameters:
    ///   - plan: What to do with a row, given what earlier runs did with it; called once per row, in input order.
    ///     Without a journal every row's history is ``BulkRowHistory/notStarted``.
    ///   - perform: Sends, checks or describes one row, and says how it went. Called for every row whose plan is
    ///     not ``BulkRowPlan/replay`` (or is, without a recorded outcome), at most ``Configuration/concurrency`` at
    ///     a time, in input order of starting.
    ///   - emit: Receives the outcomes of the rows that became ready to print together, in input order, one call at
    ///     a time: a row that finishes after rows behind it releases them all at once. Write them out at once and
    ///     unbuffered (or flush them): a process that is killed, or exits at once on a second Ctrl-C, does not flush
    ///     buffers, and no line is held back waiting for another. With a ``Configuration/taskExecutor`` it runs on
    ///     that executor, so a write that would block (a reader that stopped reading a pipe) belongs elsewhere,
    ///     awaited: a blocked event loop holds up the replies of the rows in flight while their deadlines run.
    /// - Returns: What the run did, including the exit code for the command.
    /// - Throws: `BulkError` if the CSV file or the journal cannot be used (before any row is sent), or if a
    ///   malformed row of a pipe, an edited row or a journal write failure stops the run part way; rows before it
    ///   have then been printed and journaled, so fixing the problem and rerunning resumes there.
    public func run(
        plan: @escaping @Sendable (BulkRow, BulkRowHistory) -> BulkRowPlan = { BulkRowPlan.resuming($1) },
        perform: @escaping @Sendable (BulkRow, BulkRowHistory) async -> BulkOutcome,
        emit: @escaping @Sendable ([BulkOutcome]) async -> Void
    ) async throws(BulkError) -> BulkSummary {
        try await execute(plan: plan, perform: perform, emit: emit).result.get()
    }

    /// ``run(plan:perform:emit:)``, also returning the internal measurements.
    func execute(
        plan: @escaping @Sendable (BulkRow, BulkRowHistory) -> BulkRowPlan = { BulkRowPlan.resuming($1) },
        perform: @escaping @Sendable (BulkRow, BulkRowHistory) async -> BulkOutcome,
        emit: @escaping @Sendable ([BulkOutcome]) async -> Void
    ) async -> (result: Result<BulkSummary, BulkError>, statistics: Statistics) {
        // Cancellation only asks the run to stop. The run itself goes on in an unstructured task, which does not
        // inherit the caller's cancellation: in a task group under the caller, every row in flight would be
        // cancelled with it, and a send cut off mid-request is journaled as a failure that may have been delivered.
        let cancellation = StopRequest()
        let runner = self
        return await withTaskCancellationHandler {
            // Rows' tasks inherit the executor preference from this one (an unstructured task inherits none).
            await Task(executorPreference: configuration.taskExecutor) {
                await runner.executeUncancelled(plan: plan, perform: perform, emit: emit, cancellation: cancellation)
            }.value
        } onCancel: {
            cancellation.request()
        }
    }

    /// The run, in a task that is never cancelled; `cancellation` says when the caller's task was.
    private func executeUncancelled(
        plan: @escaping @Sendable (BulkRow, BulkRowHistory) -> BulkRowPlan,
        perform: @escaping @Sendable (BulkRow, BulkRowHistory) async -> BulkOutcome,
        emit: @escaping @Sendable ([BulkOutcome]) async -> Void,
        cancellation: StopRequest
    ) async -> (result: Result<BulkSummary, BulkError>, statistics: Statistics) {
        let configuration = configuration
        let reader: CSVReader
        let rowCount: Int?
        do {
            reader = try CSVReader(path: configuration.csvPath, format: configuration.csvFormat)
            try reader.validateHeader(required: configuration.requiredColumns, optional: configuration.optionalColumns)
            // Before the journal is opened: a malformed file must leave no trace and send nothing. A pipe cannot be
            // read twice, so its rows are checked only as the run reaches them (see `run(plan:perform:emit:)`).
            rowCount = try reader.checkRowsOfRegularFile()
        } catch {
            return (.failure(BulkError(error)), Statistics())
        }

        var progress: ProgressBar?
        if configuration.showsProgress {
            progress = ProgressBar(
                total: rowCount,
                label: configuration.progressLabel,
                write: hooks.writeProgress,
                elapsed: hooks.elapsed
            )
        }

        let window = max(1, configuration.concurrency)
        var journal: BulkJournal?
        var cursor: JournalCursor?
        if let journalPath = configuration.journalPath {
            do {
                let opened = try BulkJournal(
                    path: journalPath,
                    commandIdentity: configuration.commandIdentity,
                    window: window,
                    syncsEachRecord: hooks.journalSyncs,
                    writeFailure: hooks.journalWriteFailure
                )
                journal = opened
                cursor = try JournalCursor(
                    journal: opened,
                    commandIdentity: configuration.commandIdentity,
                    csvPath: configuration.csvPath
                )
            } catch {
                return (.failure(error), Statistics())
            }
        }

        let stopRequest = hooks.stopRequest
        let stopIsRequested = {
            stopRequest?.isRequested == true || cancellation.isRequested
        }
        let wallClock = hooks.wallClock

        progress?.update(done: 0, failed: 0)
        var run = RunState(
            window: window,
            reader: reader,
            commandIdentity: configuration.commandIdentity,
            journal: journal,
            cursor: cursor,
            progress: progress
        )
        await withTaskGroup(of: PerformedRow.self) { group in
            while true {
                admitting: while run.stop == nil, !run.reachedEndOfFile, run.output.count < window {
                    if stopIsRequested() {
                        run.stop = .interrupted
                        break admitting
                    }
                    guard let (row, digest, history) = run.readNextRow() else { break admitting }
                    let rowPlan = plan(row, history)
                    if rowPlan.isReplay, let recorded = history.outcome {
                        run.output.admitCompleted(row: row.number, outcome: recorded, source: .replayed)
                    } else {
                        if rowPlan.recordsStart, let digest {
                            let recorded = run.record { (journal) throws(BulkError) in
                                try journal.recordStarted(row: row.number, digest: digest)
                            }
                            guard recorded else { break admitting }
                        }
                        run.output.admitInFlight(row: row.number)
                        run.inFlight += 1
                        run.statistics.inFlightHighWater = max(run.statistics.inFlightHighWater, run.inFlight)
                        let recordsOutcome = rowPlan.recordsOutcome
                        if window == 1 {
                            // One row at a time runs in this task: a child task per row would only add its creation
                            // and a wake-up of this task to every row.
                            let outcome = await perform(row, history)
                            await run.finish(
                                PerformedRow(
                                    row: row.number,
                                    digest: digest,
                                    recordsOutcome: recordsOutcome,
                                    outcome: outcome
                                ),
                                at: wallClock(),
                                emit: emit
                            )
                            continue admitting
                        }
                        group.addTask {
                            PerformedRow(
                                row: row.number,
                                digest: digest,
                                recordsOutcome: recordsOutcome,
                                outcome: await perform(row, history)
                            )
                        }
                    }
                    await run.emitReady(emit)
                }
                guard run.inFlight > 0, let performed = await group.next() else { break }
                await run.finish(performed, at: wallClock(), emit: emit)
            }
        }
        return run.finish()
    }
}

/// A row `perform` has finished.
private struct PerformedRow: Sendable {
    var row: Int
    /// The row's digest, when there is a journal to record it in.
    var digest: RowDigest?
    /// Whether the row's plan journals its outcome.
    var recordsOutcome: Bool
    var outcome: BulkOutcome
}

/// The mutable state of one run, kept in the run's own task.
private struct RunState {
    enum Stop {
        case interrupted
        /// A row's outcome said the failure applies to every row (``BulkOutcome/stopsRun``).
        case stoppedByRow
        case failed(BulkError)
    }

    let window: Int
    let reader: CSVReader
    let commandIdentity: String
    let journal: BulkJournal?
    let cursor: JournalCursor?
    var progress: ProgressBar?
    var output = OrderedOutputWindow()
    var inFlight = 0
    var reachedEndOfFile = false
    var stop: Stop?
    var statistics = BulkRunner.Statistics()
    var summary = BulkSummary()
    var firstFailureExitCode: Int32?
    /// The first row in input order whose outcome stopped the run, and its exit code.
    var stoppingRow: (row: Int, exitCode: Int32)?
    /// Whether a stop request (cancellation) had stopped the run before a row's outcome did.
    var interruptedBeforeStopping = false

    init(
        window: Int,
        reader: CSVReader,
        commandIdentity: String,
        journal: BulkJournal?,
        cursor: JournalCursor?,
        progress: ProgressBar?
    ) {
        self.window = window
        self.reader = reader
        self.commandIdentity = commandIdentity
        self.journal = journal
        self.cursor = cursor
        self.progress = progress
    }

    /// The next CSV row, its digest (only with a journal, which is all it is for) and what the journal says about
    /// it; `nil` at the end of the file or after an error, which is then in ``stop``.
    mutating func readNextRow() -> (BulkRow, RowDigest?, BulkRowHistory)? {
        do throws(BulkError) {
            let record: CSVReader.Record?
            do {
                record = try reader.next()
            } catch {
                throw BulkError(error)
            }
            guard let record else {
                reachedEndOfFile = true
                return nil
            }
            let fields = Dictionary(uniqueKeysWithValues: zip(reader.header, record.fields))
            let row = BulkRow(
                number: record.number,
                line: record.line,
                fields: fields,
                commandIdentity: commandIdentity
            )
            guard let cursor else { return (row, nil, .notStarted) }
            let digest = RowDigest(fields: fields)
            return (row, digest, try cursor.history(ofRow: row.number, line: row.line, digest: digest))
        } catch {
            fail(error)
            return nil
        }
    }

    /// Writes a journal record if there is a journal; a failure stops the run.
    /// - Returns: Whether the record was written (or there is no journal).
    @discardableResult
    mutating func record(_ write: (BulkJournal) throws(BulkError) -> Void) -> Bool {
        guard let journal else { return true }
        do {
            try write(journal)
            return true
        } catch {
            fail(error)
            return false
        }
    }

    /// Stops starting rows; a failure outranks an interruption, and the first failure is the one reported.
    mutating func fail(_ error: BulkError) {
        if case .failed = stop { return }
        stop = .failed(error)
    }

    /// Stops starting rows because `row`'s failure applies to every row. Only outcomes this run performed get
    /// here: a replayed outcome never stops a run, or a resumed run could never get past an old failure.
    ///
    /// Rows in flight may stop the run too; the first of them in input order is the one reported, as it is the
    /// first such failure the output shows. A journal failure still outranks it.
    mutating func stopBecause(row: Int, exitCode: Int32) {
        if stoppingRow == nil || row < stoppingRow!.row {
            stoppingRow = (row, exitCode)
        }
        switch stop {
        case .failed, .stoppedByRow: break
        case .interrupted:
            interruptedBeforeStopping = true
            stop = .stoppedByRow
        case nil: stop = .stoppedByRow
        }
    }

    /// Journals a performed row's outcome (when its plan says to), notes whether it stops the run, and prints every
    /// row it releases.
    mutating func finish(_ performed: PerformedRow, at time: Int64, emit: ([BulkOutcome]) async -> Void) async {
        inFlight -= 1
        if performed.recordsOutcome, let digest = performed.digest {
            // Printed even if the record fails: the row was sent, and its started record already keeps it from being
            // sent again.
            record { (journal) throws(BulkError) in
                try journal.recordOutcome(row: performed.row, digest: digest, outcome: performed.outcome, at: time)
            }
        }
        if performed.outcome.stopsRun {
            stopBecause(row: performed.row, exitCode: performed.outcome.exitCode)
        }
        output.complete(row: performed.row, outcome: performed.outcome)
        await emitReady(emit)
    }

    /// Prints every finished row that has no unprinted row before it, in one call of `emit`.
    mutating func emitReady(_ emit: ([BulkOutcome]) async -> Void) async {
        var outcomes: [BulkOutcome] = []
        while let completed = output.popReady() {
            outcomes.append(completed.outcome)
            summary.rowCount += 1
            if completed.outcome.exitCode == 0 {
                summary.succeeded += 1
            } else {
                summary.failed += 1
                firstFailureExitCode = firstFailureExitCode ?? completed.outcome.exitCode
            }
            if completed.source == .replayed { summary.replayed += 1 }
            progress?.update(done: summary.rowCount, failed: summary.failed)
        }
        if !outcomes.isEmpty { await emit(outcomes) }
    }

    mutating func finish() -> (result: Result<BulkSummary, BulkError>, statistics: BulkRunner.Statistics) {
        progress?.finish(done: summary.rowCount, failed: summary.failed)
        statistics.windowHighWater = output.highWater
        statistics.lookAheadHighWater = cursor?.lookAheadHighWater ?? 0
        switch stop {
        case .failed(let error):
            return (.failure(error), statistics)
        case .stoppedByRow:
            // An interruption that came first still stopped the run; but the failure that applies to every row
            // is what the user must act on, so it sets the exit code.
            summary.interrupted = interruptedBeforeStopping
            summary.stoppedAtRow = stoppingRow?.row
            summary.exitCode = stoppingRow?.exitCode ?? firstFailureExitCode ?? 0
        case .interrupted:
            summary.interrupted = true
            summary.exitCode = 130
        case nil:
            summary.exitCode = firstFailureExitCode ?? 0
        }
        return (.success(summary), statistics)
    }
}

extension BulkRunner.Configuration {
    /// A short fingerprint of the settings every row shares (options, query, time), for ``commandIdentity``:
    /// a resumed run with other settings is refused rather than sending the rest of the rows differently. The
    /// values themselves, which may hold an API key, never reach the journal.
    public static func fingerprint(of settings: [String: String]) -> String {
        // Every value, empty ones included: the command decides what an empty setting means, so the fingerprint
        // does not assume it means none (as an empty CSV cell does).
        RowDigest(hashingEvery: settings).description
    }
}
