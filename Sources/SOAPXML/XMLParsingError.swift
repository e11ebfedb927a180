/// Why a document could not be parsed.
public struct XMLParsingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of failure: static members rather than enum cases, so that kinds can be added without breaking
    /// code that switches over them (which therefore needs a `default`).
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// Not well-formed (or not namespace-well-formed) XML, including an empty document.
        public static let malformed = Kind("malformed")
        /// The document has a `<!DOCTYPE`: refused so that no entity is ever declared or expanded.
        public static let doctypeForbidden = Kind("doctype_forbidden")
        /// Elements nest deeper than ``XMLParsingOptions/maximumDepth``.
        public static let tooDeep = Kind("too_deep")
        /// The document is larger than ``XMLParsingOptions/maximumSize``.
        public static let tooLarge = Kind("too_large")
        /// The document's encoding, or the ``XMLParsingOptions/fallbackEncoding`` used for a document that names
        /// none, is unknown to libxml2.
        public static let unsupportedEncoding = Kind("unsupported_encoding")
        /// libxml2 ran out of memory.
        public static let outOfMemory = Kind("out_of_memory")

        /// A stable snake_case name (`too_deep`).
        public var description: String { name }
    }

    /// What went wrong, as a code to match on.
    public var kind: Kind
    /// The parser's message.
    public var message: String
    /// The 1-based line of the problem, or 0 when unknown.
    public var line: Int
    /// The 1-based column of the problem, or 0 when unknown.
    public var column: Int

    /// An error of `kind`; each parameter sets the property of the same name.
    public init(kind: Kind, message: String, line: Int = 0, column: Int = 0) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        line > 0 ? "line \(line): \(message)" : message
    }
}
