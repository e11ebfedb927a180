/// One data row of the CSV file, as handed to the row's `perform` closure.
public struct BulkRow: Sendable, Equatable {
    /// The 1-based data row number: the header and blank lines do not count.
    public var number: Int
    /// The 1-based physical line of the file the row starts on.
    public var line: Int
    /// The row's values keyed by column name: every column the header names is present (a value may be empty);
    /// optional columns the header does not name are absent.
    public var fields: [String: String]
    /// The run's command identity, which ``stableKey`` is made from with the row.
    private var commandIdentity: String

    /// Creates a row.
    /// - Parameters:
    ///   - number: The 1-based data row number.
    ///   - line: The 1-based line the row starts on.
    ///   - fields: The row's values keyed by column name.
    ///   - commandIdentity: What the rows are sent with (``BulkRunner/Configuration/commandIdentity``), for
    ///     ``stableKey``.
    public init(number: Int, line: Int, fields: [String: String], commandIdentity: String = "") {
        self.number = number
        self.line = line
        self.fields = fields
        self.commandIdentity = commandIdentity
    }

    /// A key of 64 hexadecimal digits that is the same for this row in every run with the same command identity and
    /// the same file, and differs between rows: for an idempotency key or a message id that a later run can find
    /// the row's request by, even if the run that sent it stopped before recording anything else.
    public var stableKey: String {
        RowDigest(hashingEvery: [
            "row": String(number), "command": commandIdentity, "digest": RowDigest(fields: fields).description,
        ]).description
    }

    /// The value of `column`, or `nil` if the file has no such column.
    public subscript(column: String) -> String? {
        fields[column]
    }
}
