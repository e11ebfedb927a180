/// A CSV file that does not follow RFC 4180 or does not fit the command's columns.
///
/// ``CSVReader`` throws it; ``BulkRunner`` reports it as a ``BulkError`` of kind ``BulkError/Kind/input``.
struct BulkInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The CSV file's path, as given.
    var file: String
    /// The 1-based physical line the problem is on (for a row, the line it starts on).
    var line: Int?
    /// The 1-based data row, when the problem is inside one.
    var row: Int?
    /// The rule that was broken.
    var rule: String

    var description: String {
        line.map { "\(file):\($0): \(rule)" } ?? "\(file): \(rule)"
    }
}
