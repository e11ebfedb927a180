/// One data row of the CSV file, as handed to the row's `perform` closure.
public struct BulkRow: Sendable, Equatable {
    /// The 1-based data row number: the header and blank lines do not count.
    public var number: Int
    /// The 1-based physical line of the file the row starts on.
    public var line: Int
    /// The row's values keyed by column name: every column the header names is present (a value may be empty);
    /// optional columns the header does not name are absent.
    public var fields: [String: String]

    /// Creates a row.
    /// - Parameters:
    ///   - number: The 1-based data row number.
    ///   - line: The 1-based line the row starts on.
    ///   - fields: The row's values keyed by column name.
    public init(number: Int, line: Int, fields: [String: String]) {
        self.number = number
        self.line = line
        self.fields = fields
    }

    /// The value of `column`, or `nil` if the file has no such column.
    public subscript(column: String) -> String? {
        fields[column]
    }
}
