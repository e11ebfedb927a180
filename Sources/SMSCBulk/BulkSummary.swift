/// What a bulk run did, for the command's exit code and closing message.
///
/// Every printed row counts once in ``rowCount`` and once in either ``succeeded`` or ``failed``; ``replayed`` says
/// how many of them were printed from the journal without calling `perform`.
public struct BulkSummary: Sendable, Equatable {
    /// Rows printed by this run, sent or not.
    public var rowCount: Int
    /// Printed rows whose exit code is 0.
    public var succeeded: Int
    /// Printed rows whose exit code is not 0.
    public var failed: Int
    /// Rows printed from outcomes an earlier run journaled, without calling `perform`.
    public var replayed: Int
    /// Whether the run stopped early because its task was cancelled (as an executable does on SIGINT or SIGTERM);
    /// rows after the last printed one were not started, and rerunning with the same journal resumes there.
    public var interrupted: Bool
    /// The row whose outcome stopped the run (``BulkOutcome/stopsRun``: a failure that applies to every row), the
    /// first in input order if several did; `nil` if none did. Rows after the last printed one were not started,
    /// and rerunning with the same journal sends them.
    public var stoppedAtRow: Int?
    /// The exit code for the command: the exit code of row ``stoppedAtRow`` if a row stopped the run (even if it
    /// was also interrupted); otherwise 130 if interrupted; otherwise 0 when every row succeeded, else the exit
    /// code of the first failed row in input order.
    public var exitCode: Int32

    /// Creates a summary.
    public init(
        rowCount: Int = 0,
        succeeded: Int = 0,
        failed: Int = 0,
        replayed: Int = 0,
        interrupted: Bool = false,
        exitCode: Int32 = 0,
        stoppedAtRow: Int? = nil
    ) {
        self.rowCount = rowCount
        self.succeeded = succeeded
        self.failed = failed
        self.replayed = replayed
        self.interrupted = interrupted
        self.exitCode = exitCode
        self.stoppedAtRow = stoppedAtRow
    }
}
