/// Why a document could not be parsed.
public struct XMLParsingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Kind: Sendable, Hashable {
        /// Not well-formed (or not namespace-well-formed) XML, including an empty document.
        case malformed
        /// The document has a `<!DOCTYPE`: refused so that no entity is ever declared or expanded.
        case doctypeForbidden
        /// Elements nest deeper than ``XMLParsingOptions/maximumDepth``.
        case tooDeep
        /// The document is larger than ``XMLParsingOptions/maximumSize``.
        case tooLarge
        /// The declared or requested character encoding is unknown.
        case unsupportedEncoding
        /// libxml2 ran out of memory.
        case outOfMemory
    }

    public var kind: Kind
    /// The parser's message.
    public var message: String
    /// The 1-based line of the problem, or 0 when unknown.
    public var line: Int
    /// The 1-based column of the problem, or 0 when unknown.
    public var column: Int

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
