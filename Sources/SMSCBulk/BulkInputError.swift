/// A CSV file that does not follow RFC 4180 or does not fit the command's columns.
///
/// ``CSVReader`` throws it; ``BulkRunner`` reports it as a ``BulkError`` of kind ``BulkError/Kind/input``.
struct BulkInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The CSV file's path, as given.
    var file: String
    /// The 1-based physical line the problem is on (for a row, the line it starts on).
    var line: Int?
    /// The 1-based column of the character the problem is at, when it is at one character, counted in characters
    /// (Unicode scalars) of the line's decoded text; ``rule`` names it too.
    var column: Int?
    /// The 1-based data row, when the problem is inside one.
    var row: Int?
    /// The rule that was broken.
    var rule: String

    var description: String {
        line.map { "\(file):\($0): \(rule)" } ?? "\(file): \(rule)"
    }
}
