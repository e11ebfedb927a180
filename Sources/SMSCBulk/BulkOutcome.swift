/// How one row ended: the JSON object printed in its place, and the exit code it stands for.
public struct BulkOutcome: Sendable, Equatable {
    /// The row's output line, such as `{"row":1,"id":"a1","outcome":"ok","result":{"cnt":1}}`: printed on one line
    /// and journaled as is, so a later run can print it again or read it to decide what to do with the row.
    public var output: JSONValue
    /// 0 for success; otherwise the exit code the command would have had for this row alone.
    public var exitCode: Int32
    /// Whether this failure applies to every row, so sending the rest would only fail them too: bad credentials,
    /// a blocked IP address, an unreachable service. The runner then starts no more rows (rows in flight finish)
    /// and reports the row in ``BulkSummary/stoppedAtRow``.
    ///
    /// It is not journaled: an outcome read from the journal never stops a run, so that a resumed run gets past an
    /// old failure and sends the rows that were not started.
    public var stopsRun: Bool

    /// Creates an outcome.
    /// - Parameters:
    ///   - output: The row's output.
    ///   - exitCode: 0 for success, else the row's failure exit code.
    ///   - stopsRun: Whether the failure applies to every row, so the run should start no more rows.
    public init(output: JSONValue, exitCode: Int32, stopsRun: Bool = false) {
        self.output = output
        self.exitCode = exitCode
        self.stopsRun = stopsRun
    }
}
