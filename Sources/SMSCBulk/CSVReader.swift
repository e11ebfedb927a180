import SystemPackage

/// Streams an RFC 4180 CSV file record by record, reading it in fixed-size chunks so memory does not grow with the
/// file.
///
/// The dialect: fields separated by the ``CSVFormat``'s delimiter (`,`, `;` or tab; by default the one the header
/// line uses), optionally in double quotes with `""` for a quote and with delimiters and line breaks allowed
/// inside, CRLF, LF or CR line ends, the last line end optional. Lines that are empty or hold only spaces and tabs
/// are skipped and are not rows. Unquoted fields are kept exactly as written (no trimming), so what is sent is what
/// the file says.
///
/// The text is UTF-8 or windows-1251 as the format says, or what a byte order mark at the start says (UTF-8,
/// UTF-16LE, UTF-16BE); ``CSVTextDecoder`` turns it into UTF-8 chunk by chunk before it is parsed, so the limits
/// below count bytes of UTF-8, and line numbers are the file's own lines whatever its encoding.
///
/// Anything else is an error naming the file, the line and the rule, rather than a guess: a guessed split of a
/// malformed row would send the wrong text to the wrong phone number. An error about one character (one that
/// cannot be decoded, or a second kind of delimiter in the header) also names its column, counted in characters
/// (Unicode scalars) from 1 at the start of the line.
final class CSVReader {
    /// One data row.
    struct Record: Equatable {
        /// 1-based among data rows: the header and skipped blank lines do not count.
        var number: Int
        /// The 1-based physical line the row starts on (a quoted field can span several lines).
        var line: Int
        /// The fields in header order; always as many as the header has columns.
        var fields: [String]
    }

    /// The path the file was opened from, used in error messages.
    let path: String
    /// The column names from the header line, trimmed of surrounding spaces and tabs.
    private(set) var header: [String] = []
    /// The physical line the header is on (1 unless the file starts with blank lines).
    private(set) var headerLine = 1
    /// The field delimiter: the format's, or the one found in the header (the comma if the header has one column).
    var delimiter: CSVFormat.Delimiter {
        delimiterByte.flatMap { CSVFormat.Delimiter(byte: $0) } ?? .comma
    }
    /// The encoding the text is read in, once the file's first bytes are read.
    var textEncoding: CSVTextDecoder.TextEncoding? { decoder.encoding }

    private let descriptor: FileDescriptor
    /// Whether ``deinit`` closes ``descriptor``: false for the checking pass, which reads its reader's descriptor.
    private let ownsDescriptor: Bool
    private let format: CSVFormat
    private let maximumRecordBytes: Int
    /// What one read takes from the file.
    private var chunk: [UInt8]
    private var decoder: CSVTextDecoder
    /// The decoded UTF-8 of the last chunk, which the parser reads from `position` to `end`.
    private var buffer: [UInt8] = []
    private var position = 0
    private var end = 0
    /// Whether the whole file has been read and decoded.
    private var isDecodedToEnd = false
    /// The character the decoder stopped at, reported once the parser has read everything before it, so that the
    /// error names the row the character is in (and a malformed row before it is reported first).
    private var decodingFailure: CSVTextDecoder.Failure?
    /// The delimiter's byte; `nil` while it is still to be found in the header.
    private var delimiterByte: UInt8?
    /// Whether the header is being read and the delimiter is the first candidate found in it.
    private var detectsDelimiter: Bool
    /// The column of the delimiter found in the header, for the error about a second kind.
    private var detectedDelimiterColumn = 0
    /// Where the next `pread` starts, for a reader that must leave the descriptor's file offset alone; `nil` reads
    /// with `read` from the offset (the only way to read a pipe).
    private var readOffset: Int64?
    /// The physical line `position` is on.
    private var line = 1
    /// The column of the character before `position` (0 at the start of a line).
    private var column = 0
    /// The field of the record being read that `position` is in, for naming it in a decoding error.
    private var fieldIndex: Int?
    private var rowsRead = 0

    /// Opens `path` and reads its header line.
    /// - Parameters:
    ///   - path: The CSV file.
    ///   - format: The delimiter and the encoding of a file without a byte order mark.
    ///   - chunkSize: How many bytes to read at a time (at least 1).
    ///   - maximumRecordBytes: The longest row accepted, in bytes of UTF-8. A row is a few hundred bytes; a longer
    ///     one is almost always a quote left open, which would otherwise swallow the rest of the file into one field.
    /// - Throws: `BulkInputError` if the file cannot be opened or read, is empty, its header is malformed, has two
    ///   kinds of delimiter with none given, or has a character that cannot be decoded.
    convenience init(
        path: String,
        format: CSVFormat = CSVFormat(),
        chunkSize: Int = 64 * 1024,
        maximumRecordBytes: Int = 1 << 20
    ) throws(BulkInputError) {
        let descriptor: FileDescriptor
        do {
            descriptor = try Errno.catching {
                try FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec])
            }
        } catch {
            throw BulkInputError(file: path, rule: "cannot open the file: \(error)")
        }
        try self.init(
            descriptor: descriptor,
            owned: true,
            path: path,
            format: format,
            readOffset: nil,
            chunkSize: chunkSize,
            maximumRecordBytes: maximumRecordBytes
        )
    }

    /// Reads `descriptor`'s header line; an `owned` descriptor is closed when the reader is released, or when this
    /// throws.
    /// - Parameter readOffset: Where to start reading with `pread`, or `nil` to `read` from the file offset.
    private init(
        descriptor: FileDescriptor,
        owned: Bool,
        path: String,
        format: CSVFormat,
        readOffset: Int64?,
        chunkSize: Int,
        maximumRecordBytes: Int
    ) throws(BulkInputError) {
        self.path = path
        self.format = format
        self.maximumRecordBytes = maximumRecordBytes
        self.chunk = [UInt8](repeating: 0, count: max(chunkSize, 1))
        self.decoder = CSVTextDecoder(assumed: format.encoding.textEncoding)
        self.delimiterByte = format.delimiter?.byte
        self.detectsDelimiter = format.delimiter == nil
        self.descriptor = descriptor
        self.ownsDescriptor = owned
        self.readOffset = readOffset
        guard let header = try readRecord() else {
            throw BulkInputError(
                file: path, line: 1, rule: "the file is empty; the first line must be a header naming the columns")
        }
        self.headerLine = header.line
        self.header = header.fields.map { Self.trimmingSpaces($0) }
        detectsDelimiter = false
        delimiterByte = delimiterByte ?? CSVFormat.Delimiter.comma.byte
    }

    deinit {
        if ownsDescriptor {
            try? descriptor.close()
        }
    }

    /// The next data row, or `nil` at the end of the file.
    /// - Throws: `BulkInputError` for malformed CSV, invalid UTF-8, or a row whose field count differs from the
    ///   header's; the reader should not be used after that.
    func next() throws(BulkInputError) -> Record? {
        guard let record = try readRecord() else { return nil }
        rowsRead += 1
        guard record.fields.count == header.count else {
            throw BulkInputError(
                file: path,
                line: record.line,
                row: rowsRead,
                rule: "row \(rowsRead) has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"), "
                    + "but the header has \(header.count) columns (\(header.joined(separator: ", "))); "
                    + "put a field that contains a \(delimiter.name) in double quotes"
            )
        }
        return Record(number: rowsRead, line: record.line, fields: record.fields)
    }

    /// Reads the whole file ahead without moving this reader, checking every row, and counts the data rows (for a
    /// progress bar's total); `nil` when the file is not a regular file and so cannot be checked ahead.
    ///
    /// The check lets a run refuse a malformed file before it sends anything, instead of sending the rows before
    /// the malformed one and stopping there.
    ///
    /// Only a regular file can be read twice. A pipe, a FIFO, `/dev/stdin` or a process substitution hands each
    /// byte to one reader only, so a second pass would take rows from this reader: rows would be skipped, and a
    /// row split between the two readers would join one row's text to another row's phone. Such a file is checked
    /// row by row as ``next()`` reads it. The pass reads the same open file (this reader's descriptor, with
    /// `pread`), not the path again, so it neither moves the file offset this reader shares with a descriptor opened
    /// through `/dev/stdin` nor checks a different file put at the path since.
    /// - Returns: The number of data rows, or `nil` for a file that is not regular (or cannot be examined, which
    ///   leaves it to be checked as it is read, like a pipe).
    /// - Throws: `BulkInputError` for the first malformed row, exactly as ``next()`` would throw it on reaching it.
    func checkRowsOfRegularFile() throws(BulkInputError) -> Int? {
        guard let status = try? descriptor.stat(), status.type == .regular else { return nil }
        let checker = try CSVReader(
            descriptor: descriptor,
            owned: false,
            path: path,
            format: format,
            readOffset: 0,
            chunkSize: chunk.count,
            maximumRecordBytes: maximumRecordBytes
        )
        var count = 0
        while try checker.next() != nil {
            count += 1
        }
        return count
    }

    /// Checks the header against the columns a command reads.
    ///
    /// Names are compared after trimming surrounding spaces and tabs, and case-sensitively: `Phone` is not
    /// `phone`, because a silently accepted near-miss (`ID` for `id`) would be just as silently ignored.
    /// - Parameters:
    ///   - required: Columns that must be present.
    ///   - optional: Columns that may be present.
    /// - Throws: `BulkInputError` for an empty, duplicate, unknown or missing column name.
    func validateHeader(required: [String], optional: [String]) throws(BulkInputError) {
        let expected =
            "expected columns: \(required.joined(separator: ", "))"
            + (optional.isEmpty ? "" : "; optional: \(optional.joined(separator: ", "))")
            + "; names are case-sensitive"
        var seen: Set<String> = []
        for (index, name) in header.enumerated() {
            guard !name.isEmpty else {
                throw BulkInputError(
                    file: path, line: headerLine, rule: "header column \(index + 1) has no name (\(expected))")
            }
            guard seen.insert(name).inserted else {
                throw BulkInputError(file: path, line: headerLine, rule: "the header names column '\(name)' twice")
            }
            guard required.contains(name) || optional.contains(name) else {
                throw BulkInputError(file: path, line: headerLine, rule: "unknown column '\(name)' (\(expected))")
            }
        }
        let missing = required.filter { !seen.contains($0) }
        guard missing.isEmpty else {
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw BulkInputError(
                file: path,
                line: headerLine,
                rule: "missing required column\(missing.count == 1 ? "" : "s") \(names) (\(expected))"
            )
        }
    }

    // MARK: - Parsing

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// Reads one record, skipping blank lines before it; `nil` at the end of the file.
    private func readRecord() throws(BulkInputError) -> (line: Int, fields: [String])? {
        while true {
            guard let record = try readPhysicalRecord() else { return nil }
            // A line of only spaces is an editing leftover, not a row with one empty-looking field; with the tab
            // delimiter, a line of only tabs is a spreadsheet's empty row.
            if record.isBlank {
                if detectsDelimiter {
                    // A tab on a blank line before the header says nothing about the header's delimiter.
                    delimiterByte = nil
                }
                continue
            }
            return (record.line, record.fields)
        }
    }

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        case afterClosingQuote
    }

    /// A byte that ends a field when it is not inside quotes.
    private enum Separator {
        case delimiter
        /// LF or CR; the LF of a CRLF is consumed with it.
        case lineEnd
    }

    /// What `byte`, just read outside quotes, ends, if anything. While the header is read without a delimiter
    /// given, the first of `,`, `;` and tab becomes the delimiter.
    /// - Throws: `BulkInputError` for a second kind of delimiter in the header.
    private func separator(_ byte: UInt8) throws(BulkInputError) -> Separator? {
        if byte == Self.lineFeed || byte == Self.carriageReturn { return .lineEnd }
        if byte == delimiterByte { return .delimiter }
        guard detectsDelimiter, let candidate = CSVFormat.Delimiter(byte: byte) else { return nil }
        if let found = delimiterByte.flatMap({ CSVFormat.Delimiter(byte: $0) }) {
            throw BulkInputError(
                file: path,
                line: line,
                column: column,
                rule: "the header line has both a \(found.name) (column \(detectedDelimiterColumn)) and a "
                    + "\(candidate.name) (column \(column)) outside double quotes, so which one separates the columns "
                    + "is unclear; say it with --delimiter (, or ; or tab)"
            )
        }
        delimiterByte = byte
        detectedDelimiterColumn = column
        return .delimiter
    }

    private func readPhysicalRecord() throws(BulkInputError) -> (line: Int, fields: [String], isBlank: Bool)? {
        // A character that cannot be decoded at the start of a line is in the first field of the next record.
        fieldIndex = 0
        defer { fieldIndex = nil }
        // Skip empty lines so that they neither count as rows nor need a field per column.
        while true {
            guard let byte = try peek() else { return nil }
            guard byte == Self.lineFeed || byte == Self.carriageReturn else { break }
            position += 1
            try consumeLineEnd(after: byte)
        }

        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoteLine = line
        var recordBytes = 0
        var anyQuoted = false
        var onlySpaces = true
        var state = State.fieldStart

        func finishField() {
            // The decoder has checked the bytes.
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldIndex = fields.count
        }

        while true {
            guard let byte = try peek() else {
                switch state {
                case .quoted:
                    throw BulkInputError(
                        file: path,
                        line: quoteLine,
                        row: rowsRead + 1,
                        rule: "a quoted field opened on this line is never closed; the file ends inside it"
                    )
                case .fieldStart, .unquoted, .afterClosingQuote:
                    finishField()
                    return (startLine, fields, !anyQuoted && onlySpaces)
                }
            }
            position += 1
            recordBytes += 1
            if byte & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a character starts here.
                column += 1
            }
            if recordBytes > maximumRecordBytes {
                throw BulkInputError(
                    file: path,
                    line: startLine,
                    row: rowsRead + 1,
                    rule: "the row starting on this line is longer than \(maximumRecordBytes) bytes; "
                        + "is a quoted field left open?"
                )
            }
            // Outside quotes, the delimiter or a line end ends the field whatever state the field is in.
            if state != .quoted, let separator = try separator(byte) {
                finishField()
                switch separator {
                case .delimiter:
                    if byte != Self.tab {
                        onlySpaces = false
                    }
                    state = .fieldStart
                    continue
                case .lineEnd:
                    try consumeLineEnd(after: byte)
                    return (startLine, fields, !anyQuoted && onlySpaces)
                }
            }
            if byte != Self.space && byte != Self.tab {
                onlySpaces = false
            }
            switch state {
            case .fieldStart, .unquoted:
                switch byte {
                case Self.quote where state == .fieldStart:
                    anyQuoted = true
                    quoteLine = line
                    state = .quoted
                case Self.quote:
                    throw BulkInputError(
                        file: path,
                        line: line,
                        row: rowsRead + 1,
                        rule: "a double quote inside an unquoted field; quote the whole field and write the quote "
                            + "as \"\" (for example \"say \"\"hi\"\"\")"
                    )
                default:
                    field.append(byte)
                    state = .unquoted
                }
            case .quoted:
                switch byte {
                case Self.quote:
                    if try peek() == Self.quote {
                        position += 1
                        recordBytes += 1
                        column += 1
                        field.append(Self.quote)
                    } else {
                        state = .afterClosingQuote
                    }
                case Self.lineFeed:
                    field.append(byte)
                    beginLine()
                case Self.carriageReturn:
                    field.append(byte)
                    if try peek() == Self.lineFeed {
                        position += 1
                        recordBytes += 1
                        field.append(Self.lineFeed)
                    }
                    beginLine()
                default:
                    field.append(byte)
                }
            case .afterClosingQuote:
                throw BulkInputError(
                    file: path,
                    line: line,
                    row: rowsRead + 1,
                    rule: "unexpected text after the closing quote of a field; a quoted field must end at a "
                        + "\(delimiterName) or at the end of the line"
                )
            }
        }
    }

    /// The delimiter's name in a sentence, or the candidates' while none is found yet.
    private var delimiterName: String {
        delimiterByte.flatMap { CSVFormat.Delimiter(byte: $0) }?.name ?? "comma, semicolon, tab"
    }

    private func beginLine() {
        line += 1
        column = 0
    }

    /// Counts the line end whose first byte was just consumed, taking the LF of a CRLF with it.
    private func consumeLineEnd(after byte: UInt8) throws(BulkInputError) {
        // A character after the CR that cannot be decoded is on the next line, so it is reported from there.
        if byte == Self.carriageReturn, try hasDecodedByte(), buffer[position] == Self.lineFeed {
            position += 1
        }
        beginLine()
    }

    /// The next decoded byte, or `nil` at the end of the file.
    /// - Throws: `BulkInputError` for a read that fails, or for a character that cannot be decoded.
    private func peek() throws(BulkInputError) -> UInt8? {
        guard try hasDecodedByte() else {
            if let decodingFailure {
                throw inputError(for: decodingFailure)
            }
            return nil
        }
        return buffer[position]
    }

    /// Whether a decoded byte is at `position`, reading and decoding as needed; `false` at the end of the file and
    /// at a character that cannot be decoded.
    private func hasDecodedByte() throws(BulkInputError) -> Bool {
        while position == end {
            if decodingFailure != nil || isDecodedToEnd { return false }
            try fill()
        }
        return true
    }

    private func inputError(for failure: CSVTextDecoder.Failure) -> BulkInputError {
        let field = fieldIndex.map { index in
            header.indices.contains(index) ? " (field '\(header[index])')" : " (field \(index + 1))"
        }
        return BulkInputError(
            file: path,
            line: failure.line,
            column: failure.column,
            row: header.isEmpty ? nil : rowsRead + 1,
            rule: "\(failure.problem) at column \(failure.column)\(field ?? ""); \(failure.advice)"
        )
    }

    /// Reads the next chunk and decodes it into `buffer`.
    private func fill() throws(BulkInputError) {
        let descriptor = descriptor
        let offset = readOffset
        let result: Int
        do throws(Errno) {
            result = try chunk.withUnsafeMutableBytes { raw in
                // withUnsafeMutableBytes rethrows untyped errors, so the typed error travels as a Result.
                Result { () throws(Errno) in
                    try Errno.catching {
                        if let offset {
                            try descriptor.read(fromAbsoluteOffset: offset, into: raw)
                        } else {
                            try descriptor.read(into: raw)
                        }
                    }
                }
            }.get()
        } catch {
            throw BulkInputError(file: path, line: line, rule: "cannot read the file: \(error)")
        }
        readOffset = offset.map { $0 + Int64(result) }
        buffer.removeAll(keepingCapacity: true)
        if result == 0 {
            isDecodedToEnd = true
            decodingFailure = decoder.finish(into: &buffer)
        } else {
            decodingFailure = decoder.decode(chunk[..<result], into: &buffer)
        }
        position = 0
        end = buffer.count
    }

    private static func trimmingSpaces(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = text.lastIndex(where: { !isSpace($0) })!
        return String(text[first...last])
    }
}
