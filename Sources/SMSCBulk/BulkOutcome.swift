/// How one row ended: the JSON object printed in its place, and the exit code it stands for.
public struct BulkOutcome: Sendable, Equatable {
    /// The row's output line: what the command prints for that row on its own with `--json`, such as the result
    /// object `{"id":"a1","cnt":1,"cost":2.50,"balance":997.50}` or `{"error":{"kind":…,"code":…,"message":…}}`;
    /// printed on one line and journaled as is.
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

    /// What to do about a row in doubt when the rows are messages to send: the end of the in-doubt message unless
    /// ``BulkRunner/Configuration/inDoubtAdvice`` says otherwise.
    public static let defaultInDoubtAdvice =
        "It may have been delivered: check it with `smsc status`, and send it on its own if it was not delivered"

    /// The outcome printed (and journaled) for a row that an earlier run had started but not finished: its request
    /// may have reached the server, so it is not sent again.
    /// - Parameters:
    ///   - row: The 1-based data row number.
    ///   - advice: The sentence that ends the message, saying what to do about the row; it depends on what the
    ///     rows are (a message to send, a status query).
    public static func inDoubt(row: Int, advice: String = defaultInDoubtAdvice) -> BulkOutcome {
        let message = "row \(row) was in flight when an earlier run stopped, so it is not sent again. \(advice)"
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
