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

extension BulkRow {
    /// The column whose value is left out of ``identifyingFields(inOrderOf:)``: a message's text is long, and it
    /// is not what `smsc status` or a person looks a row up by.
    static let unidentifyingColumn = "message"

    /// The row's non-empty values other than the message, in `columns` order (the file's header): what a person
    /// needs to find the row's request again, such as its phones and id.
    func identifyingFields(inOrderOf columns: [String]) -> [(column: String, value: String)] {
        columns.compactMap { column in
            guard column != Self.unidentifyingColumn, let value = fields[column], !value.isEmpty else { return nil }
            return (column, value)
        }
    }
}
