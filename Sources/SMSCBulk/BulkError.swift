import SystemPackage

/// Why a bulk run could not start or had to stop: a problem with the CSV file, with the journal, or with reading or
/// writing either of them.
///
/// Row failures (an SMSC error for one phone number) are not `BulkError`s: they are outcomes, printed in their
/// row's place. A `BulkError` is about the run itself, and names the file, the line and the rule, so that its
/// ``description`` can be printed as it is (`data.csv:7: row 6 has 3 fields, but the header has 2 columns …`).
public struct BulkError: Error, Sendable, CustomStringConvertible {
    /// The kind of problem; a struct rather than an enum so that kinds can be added without breaking callers.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case input
            case journal
            case io
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The CSV file is missing, malformed, or its header does not fit the command.
        public static let input = Kind(.input)
        /// The journal cannot be used with this run: another command's journal, a file edited since the journal
        /// recorded it, a journal in use by another process, or a journal that is not one this tool wrote.
        public static let journal = Kind(.journal)
        /// Reading or writing a file failed (for example a full disk while writing the journal).
        public static let io = Kind(.io)

        /// `input`, `journal` or `io`.
        public var description: String { base.rawValue }
    }

    /// What went wrong, broadly.
    public var kind: Kind
    /// The file the problem is in: the CSV file or the journal.
    public var file: String
    /// The 1-based physical line of ``file`` the problem is on, when there is one.
    public var line: Int?
    /// The 1-based data row (not counting the header or blank lines) the problem is about, when there is one.
    public var row: Int?
    /// The rule that was broken, in a sentence that says what to do about it.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - kind: What went wrong, broadly.
    ///   - file: The file the problem is in.
    ///   - line: The 1-based line of `file`, if any.
    ///   - row: The 1-based data row, if any.
    ///   - message: The rule that was broken.
    public init(kind: Kind, file: String, line: Int? = nil, row: Int? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.row = row
        self.message = message
    }

    /// The process exit code for this error: 74 (`EX_IOERR`) when a file could not be read or written, 64
    /// (`EX_USAGE`) when the input or the journal does not fit the command.
    public var exitCode: Int32 {
        kind == .io ? 74 : 64
    }

    /// `file:line: message`, the way compilers locate a problem, so editors and terminals can jump to it.
    public var description: String {
        if let line {
            return "\(file):\(line): \(message)"
        }
        return "\(file): \(message)"
    }
}

extension BulkError {
    init(_ input: BulkInputError) {
        self.init(kind: .input, file: input.file, line: input.line, row: input.row, message: input.rule)
    }

    /// A failed system call on `file`, with the C library's words for the errno (`No space left on device`).
    static func io(_ file: String, _ action: String, errno code: Errno, line: Int? = nil) -> BulkError {
        BulkError(kind: .io, file: file, line: line, message: "\(action): \(code)")
    }
}
