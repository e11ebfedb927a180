import SystemPackage

/// Streams an RFC 4180 CSV file record by record, reading it in fixed-size chunks so memory does not grow with the
/// file.
///
/// The dialect: UTF-8 (a leading byte order mark is dropped), comma separators, fields optionally in double quotes
/// with `""` for a quote and with commas and line breaks allowed inside, CRLF, LF or CR line ends, the last line
/// end optional. Lines that are empty or hold only spaces and tabs are skipped and are not rows. Unquoted fields
/// are kept exactly as written (no trimming), so what is sent is what the file says.
///
/// Anything else is an error naming the file, the line and the rule, rather than a guess: a guessed split of a
/// malformed row would send the wrong text to the wrong phone number.
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

    private let descriptor: FileDescriptor
    /// Whether ``deinit`` closes ``descriptor``: false for the checking pass, which reads its reader's descriptor.
    private let ownsDescriptor: Bool
    private let maximumRecordBytes: Int
    private var buffer: [UInt8]
    private var position = 0
    private var end = 0
    private var atEndOfFile = false
    /// Where the next `pread` starts, for a reader that must leave the descriptor's file offset alone; `nil` reads
    /// with `read` from the offset (the only way to read a pipe).
    private var readOffset: Int64?
    /// The physical line `position` is on.
    private var line = 1
    private var rowsRead = 0

    /// Opens `path` and reads its header line.
    /// - Parameters:
    ///   - path: The CSV file.
    ///   - chunkSize: How many bytes to read at a time; at least 4, so the first read holds a whole byte order mark.
    ///   - maximumRecordBytes: The longest row accepted. A row is a few hundred bytes; a longer one is almost
    ///     always a quote left open, which would otherwise swallow the rest of the file into one field.
    /// - Throws: `BulkInputError` if the file cannot be opened or read, is empty, or its header is malformed.
    convenience init(path: String, chunkSize: Int = 64 * 1024, maximumRecordBytes: Int = 1 << 20) throws(BulkInputError)
    {
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
        readOffset: Int64?,
        chunkSize: Int,
        maximumRecordBytes: Int
    ) throws(BulkInputError) {
        self.path = path
        self.maximumRecordBytes = maximumRecordBytes
        self.buffer = [UInt8](repeating: 0, count: max(chunkSize, 4))
        self.descriptor = descriptor
        self.ownsDescriptor = owned
        self.readOffset = readOffset
        try fill()
        if end - position >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            position += 3
        }
        guard let header = try readRecord() else {
            throw BulkInputError(
                file: path, line: 1, rule: "the file is empty; the first line must be a header naming the columns")
        }
        self.headerLine = header.line
        self.header = header.fields.map { Self.trimmingSpaces($0) }
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
                    + "put a field that contains a comma in double quotes"
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
            readOffset: 0,
            chunkSize: buffer.count,
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
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Reads one record, skipping blank lines before it; `nil` at the end of the file.
    private func readRecord() throws(BulkInputError) -> (line: Int, fields: [String])? {
        while true {
            guard let record = try readPhysicalRecord() else { return nil }
            // A line of only spaces is an editing leftover, not a row with one empty-looking field.
            if record.fields.count == 1, !record.anyQuoted, Self.trimmingSpaces(record.fields[0]).isEmpty {
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
        case comma
        /// LF or CR; the LF of a CRLF is consumed with it.
        case lineEnd

        init?(_ byte: UInt8) {
            switch byte {
            case CSVReader.comma: self = .comma
            case CSVReader.lineFeed, CSVReader.carriageReturn: self = .lineEnd
            default: return nil
            }
        }
    }

    private func readPhysicalRecord() throws(BulkInputError) -> (line: Int, fields: [String], anyQuoted: Bool)? {
        // Skip empty lines so that they neither count as rows nor need a field per column.
        while true {
            guard let byte = try peek() else { return nil }
            guard Separator(byte) == .lineEnd else { break }
            position += 1
            try consumeLineEnd(after: byte)
        }

        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var fieldLine = line
        var quoteLine = line
        var recordBytes = 0
        var anyQuoted = false
        var state = State.fieldStart

        func finishField() throws(BulkInputError) {
            fields.append(try decode(field, line: fieldLine, column: fields.count))
            field.removeAll(keepingCapacity: true)
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
                    try finishField()
                    return (startLine, fields, anyQuoted)
                }
            }
            position += 1
            recordBytes += 1
            if recordBytes > maximumRecordBytes {
                throw BulkInputError(
                    file: path,
                    line: startLine,
                    row: rowsRead + 1,
                    rule: "the row starting on this line is longer than \(maximumRecordBytes) bytes; "
                        + "is a quoted field left open?"
                )
            }
            // Outside quotes, a comma or a line end ends the field whatever state the field is in.
            if state != .quoted, let separator = Separator(byte) {
                try finishField()
                switch separator {
                case .comma:
                    fieldLine = line
                    state = .fieldStart
                    continue
                case .lineEnd:
                    try consumeLineEnd(after: byte)
                    return (startLine, fields, anyQuoted)
                }
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
                        field.append(Self.quote)
                    } else {
                        state = .afterClosingQuote
                    }
                case Self.lineFeed:
                    field.append(byte)
                    line += 1
                case Self.carriageReturn:
                    field.append(byte)
                    if try peek() == Self.lineFeed {
                        position += 1
                        recordBytes += 1
                        field.append(Self.lineFeed)
                    }
                    line += 1
                default:
                    field.append(byte)
                }
            case .afterClosingQuote:
                throw BulkInputError(
                    file: path,
                    line: line,
                    row: rowsRead + 1,
                    rule: "unexpected text after the closing quote of a field; a quoted field must end at a "
                        + "comma or at the end of the line"
                )
            }
        }
    }

    /// Counts the line end whose first byte was just consumed, taking the LF of a CRLF with it.
    private func consumeLineEnd(after byte: UInt8) throws(BulkInputError) {
        if byte == Self.carriageReturn, try peek() == Self.lineFeed {
            position += 1
        }
        line += 1
    }

    private func decode(_ bytes: [UInt8], line: Int, column: Int) throws(BulkInputError) -> String {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break decoding
            case .error:
                let name = header.indices.contains(column) ? "column '\(header[column])'" : "column \(column + 1)"
                throw BulkInputError(
                    file: path,
                    line: line,
                    row: header.isEmpty ? nil : rowsRead + 1,
                    rule: "\(name) is not valid UTF-8; save the file as UTF-8"
                )
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func peek() throws(BulkInputError) -> UInt8? {
        if position == end {
            try fill()
            if position == end { return nil }
        }
        return buffer[position]
    }

    private func fill() throws(BulkInputError) {
        guard !atEndOfFile else { return }
        position = 0
        end = 0
        let descriptor = descriptor
        let offset = readOffset
        let result: Int
        do throws(Errno) {
            result = try buffer.withUnsafeMutableBytes { raw in
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
        if result == 0 {
            atEndOfFile = true
        }
        end = result
        readOffset = offset.map { $0 + Int64(result) }
    }

    private static func trimmingSpaces(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = text.lastIndex(where: { !isSpace($0) })!
        return String(text[first...last])
    }
}
