/// How a CSV file is written: the character between its fields and the encoding of its text.
///
/// Spreadsheets save CSV in more than one way: Excel in a Russian locale writes `;`-separated windows-1251, and its
/// "Unicode text" is tab-separated UTF-16LE. A byte order mark at the start of the file decides the encoding
/// whatever ``encoding`` says: `EF BB BF` is UTF-8, `FF FE` UTF-16LE and `FE FF` UTF-16BE, and the mark is not part
/// of the first field. UTF-16 is therefore not an ``Encoding`` to choose: without a mark it cannot be told apart
/// reliably, so such a file (recognised by its NUL bytes) is refused rather than guessed at. ``encoding`` applies
/// to a file without a mark.
public struct CSVFormat: Sendable, Equatable {
    /// The character that separates the fields of a line.
    public struct Delimiter: Sendable, Hashable, LosslessStringConvertible {
        private enum Base: Sendable, Hashable {
            case comma
            case semicolon
            case tab
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// `,`, as RFC 4180 has it.
        public static let comma = Delimiter(.comma)
        /// `;`, what spreadsheets write where the comma is the decimal separator (Russia, most of Europe).
        public static let semicolon = Delimiter(.semicolon)
        /// A tab, as in Excel's "Unicode text" and "Text (tab-delimited)".
        public static let tab = Delimiter(.tab)

        /// A delimiter as written on a command line.
        ///
        /// Accepts `,`, `;`, a tab character, `\t` (a backslash and a `t`, as a shell passes `'\t'`), and the
        /// names `comma`, `semicolon` and `tab` in any case.
        /// - Parameter text: The text after `--delimiter`.
        public init?(_ text: String) {
            switch text.lowercased() {
            case ",", "comma": self = .comma
            case ";", "semicolon": self = .semicolon
            case "\t", "\\t", "tab": self = .tab
            default: return nil
            }
        }

        /// `,`, `;` or `tab`: what ``init(_:)`` reads back.
        public var description: String {
            switch base {
            case .comma: ","
            case .semicolon: ";"
            case .tab: "tab"
            }
        }

        /// The delimiter's one ASCII byte, which is also its byte in UTF-8 and windows-1251.
        var byte: UInt8 {
            switch base {
            case .comma: UInt8(ascii: ",")
            case .semicolon: UInt8(ascii: ";")
            case .tab: UInt8(ascii: "\t")
            }
        }

        /// The delimiter whose byte is `byte`, if any.
        init?(byte: UInt8) {
            switch byte {
            case UInt8(ascii: ","): self = .comma
            case UInt8(ascii: ";"): self = .semicolon
            case UInt8(ascii: "\t"): self = .tab
            default: return nil
            }
        }

        /// The delimiter's name in a sentence: `comma`, `semicolon` or `tab`.
        var name: String {
            switch base {
            case .comma: "comma"
            case .semicolon: "semicolon"
            case .tab: "tab"
            }
        }
    }

    /// The encoding of a file that does not start with a byte order mark.
    public struct Encoding: Sendable, Hashable, LosslessStringConvertible {
        private enum Base: Sendable, Hashable {
            case utf8
            case windows1251
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// UTF-8, the default.
        public static let utf8 = Encoding(.utf8)
        /// windows-1251 (Cyrillic Windows, "ANSI" in a Russian locale). Its one undefined byte, `0x98`, is an
        /// error.
        public static let windows1251 = Encoding(.windows1251)

        /// An encoding as written on a command line: `utf-8`, `utf8`, `windows-1251` or `cp1251`, in any case.
        /// - Parameter text: The text after `--encoding`.
        public init?(_ text: String) {
            switch text.lowercased() {
            case "utf-8", "utf8": self = .utf8
            case "windows-1251", "cp1251": self = .windows1251
            default: return nil
            }
        }

        /// `utf-8` or `windows-1251`: what ``init(_:)`` reads back.
        public var description: String {
            switch base {
            case .utf8: "utf-8"
            case .windows1251: "windows-1251"
            }
        }

        /// What the decoder reads a file without a byte order mark as.
        var textEncoding: CSVTextDecoder.TextEncoding {
            switch base {
            case .utf8: .utf8
            case .windows1251: .windows1251
            }
        }
    }

    /// The field delimiter, or `nil` to take it from the header line: the one of `,`, `;` and tab that appears
    /// there outside double quotes (a header with more than one of them is an error; with none, a single column,
    /// the comma is used).
    public var delimiter: Delimiter?
    /// The encoding of a file without a byte order mark.
    public var encoding: Encoding

    /// Creates a format.
    /// - Parameters:
    ///   - delimiter: The field delimiter, or `nil` (the default) to detect it from the header line.
    ///   - encoding: The encoding of a file without a byte order mark; UTF-8 by default. A file with a mark is read
    ///     in the mark's encoding (UTF-8, UTF-16LE or UTF-16BE) whatever this says.
    public init(delimiter: Delimiter? = nil, encoding: Encoding = .utf8) {
        self.delimiter = delimiter
        self.encoding = encoding
    }
}
