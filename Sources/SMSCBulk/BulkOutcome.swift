/// How one row ended: the JSON object printed in its place, and the exit code it stands for.
public struct BulkOutcome: Sendable, Equatable {
    /// The row's output line: what the command prints for that row on its own with `--json`, such as the result
    /// object `{"id":"a1","cnt":1,"cost":2.50,"balance":997.50}` or `{"error":{"kind":…,"code":…,"message":…}}`;
    /// printed on one line and journaled as is.
    public var output: JSONValue
    /// 0 for success; otherwise the exit code the command would have had for this row alone.
    public var exitCode: Int32
    /// Whether this failure applies to every row, so sending the rest would only fail them too: bad credentials,
    /// a blocked IP address, an unreachable service. The runner then starts no more rows (rows in flight finish)
    /// and reports the row in ``BulkSummary/stoppedAtRow``.
    ///
    /// It is not journaled: an outcome replayed from the journal never stops a run, so that a resumed run gets
    /// past an old failure and sends the rows that were not started.
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

    /// The exit code of a row in doubt: like a timeout, the request may or may not have been delivered.
    public static let inDoubtExitCode: Int32 = 4

    /// What to do about a row in doubt when the rows are messages to send: the end of the in-doubt message unless
    /// ``BulkRunner/Configuration/inDoubtAdvice`` says otherwise.
    public static let defaultInDoubtAdvice =
        "It may have been delivered: check it with `smsc status`, and send it on its own if it was not delivered"

    /// The outcome printed (and journaled) for a row that an earlier run had started but not finished: its request
    /// may have reached the server, so it is not sent again.
    ///
    /// The message names the row the way the advice needs it, e.g. `row 5 (line 6: phones=79990000005, id=b5) was
    /// in flight when an earlier run stopped, …`: `smsc status` needs the phone and the id, and a person the line.
    /// - Parameters:
    ///   - row: The 1-based data row number.
    ///   - line: The CSV line the row starts on, if known.
    ///   - identifiers: Values that identify the row's request (column name and value, empty values left out),
    ///     in the order to print them.
    ///   - advice: The sentence that ends the message, saying what to do about the row; it depends on what the
    ///     rows are (a message to send, a status query).
    public static func inDoubt(
        row: Int,
        line: Int? = nil,
        identifiedBy identifiers: [(column: String, value: String)] = [],
        advice: String = defaultInDoubtAdvice
    ) -> BulkOutcome {
        var location = line.map { "line \($0)" } ?? ""
        let values = identifiers.filter { !$0.value.isEmpty }.map { "\($0.column)=\(quotedIfNeeded($0.value))" }
        if !values.isEmpty {
            location += (location.isEmpty ? "" : ": ") + values.joined(separator: ", ")
        }
        let name = location.isEmpty ? "row \(row)" : "row \(row) (\(location))"
        let message = "\(name) was in flight when an earlier run stopped, so it is not sent again. \(advice)"
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

    /// A value as it is, unless it could be misread inside `(line 6: phones=7999, id=b5)`: then as a JSON string,
    /// in double quotes with `"`, `\` and control characters escaped.
    private static func quotedIfNeeded(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy { scalar in
            !"\",()=\\".unicodeScalars.contains(scalar) && !scalar.properties.isWhitespace
                && scalar.properties.generalCategory != .control
        }
        return plain ? value : JSONValue.string(value).serialized
    }
}
