/// How one row ended: the JSON object printed in its place, and the exit code it stands for.
public struct BulkOutcome: Sendable, Equatable {
    /// The row's output line, e.g. `{"result":{…}}` or `{"error":{…}}`; printed on one line and journaled as is.
    public var output: JSONValue
    /// 0 for success; otherwise the exit code the command would have had for this row alone.
    public var exitCode: Int32

    /// Creates an outcome.
    /// - Parameters:
    ///   - output: The row's output.
    ///   - exitCode: 0 for success, else the row's failure exit code.
    public init(output: JSONValue, exitCode: Int32) {
        self.output = output
        self.exitCode = exitCode
    }

    /// The exit code of a row in doubt: like a timeout, the request may or may not have been delivered.
    public static let inDoubtExitCode: Int32 = 4

    /// The outcome printed (and journaled) for a row that an earlier run had started but not finished: its request
    /// may have been delivered, so it is not sent again.
    /// - Parameter row: The 1-based data row number.
    public static func inDoubt(row: Int) -> BulkOutcome {
        let message = "row \(row) was being sent when an earlier run stopped, so it may have been delivered; "
            + "it is not sent again. Check it with `smsc status`, and send it on its own if it was not delivered"
        return BulkOutcome(
            output: .object([
                (
                    "error",
                    .object([
                        ("kind", .string("in_doubt")),
                        ("code", .null),
                        ("message", .string(message)),
                    ])
                )
            ]),
            exitCode: inDoubtExitCode
        )
    }
}
