/// The lines of a journal's earlier records between two offsets, read in chunks.
struct JournalLines {
    /// A record is usually a few hundred bytes (a send to thousands of numbers, a few hundred kilobytes); a line
    /// longer than this is not one this tool wrote.
    static let maximumLineBytes = 16 << 20

    /// One line without its line feed.
    struct Line {
        var bytes: [UInt8]
        /// The 1-based line number in the journal.
        var number: Int
        /// Where the line starts in the file.
        var offset: Int64
    }

    let journal: BulkJournal
    private let endOffset: Int64
    private var chunk: [UInt8]
    private var start = 0
    private var end = 0
    /// The file offset of `chunk[end]`.
    private var offset: Int64
    private var partial: [UInt8] = []
    /// How many lines (empty ones included) were read so far, counting those before `startOffset`.
    private(set) var lineNumber: Int

    /// Reads the lines from `startOffset` (which starts line `firstLineNumber`) to `endOffset` (`nil`: to the end of
    /// the earlier records).
    init(
        journal: BulkJournal,
        from startOffset: Int64 = 0,
        to endOffset: Int64? = nil,
        firstLineNumber: Int = 1,
        chunkSize: Int = 64 * 1024
    ) {
        self.journal = journal
        self.offset = startOffset
        self.endOffset = endOffset ?? journal.earlierLength
        self.lineNumber = firstLineNumber - 1
        self.chunk = [UInt8](repeating: 0, count: chunkSize)
    }

    /// The next non-empty line, or `nil` at the end.
    mutating func next() throws(BulkError) -> Line? {
        while true {
            if let feed = chunk[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                let lineStart = offset - Int64(end - start) - Int64(partial.count)
                partial.append(contentsOf: chunk[start..<feed])
                start = feed + 1
                lineNumber += 1
                if partial.isEmpty { continue }
                let line = Line(bytes: partial, number: lineNumber, offset: lineStart)
                partial = []
                return line
            }
            partial.append(contentsOf: chunk[start..<end])
            start = end
            guard partial.count <= Self.maximumLineBytes else {
                throw BulkError(
                    kind: .journal,
                    file: journal.path,
                    line: lineNumber + 1,
                    message: "a line longer than \(Self.maximumLineBytes) bytes is not a journal record"
                )
            }
            let journal = self.journal
            let offset = self.offset
            let wanted = Int(min(Int64(chunk.count), endOffset - offset))
            guard wanted > 0 else { return nil }
            // withUnsafeMutableBytes rethrows untyped errors, so the typed error travels as a Result.
            let count = try chunk.withUnsafeMutableBytes { raw in
                Result { () throws(BulkError) in
                    try journal.readEarlierRecords(
                        at: offset, into: UnsafeMutableRawBufferPointer(rebasing: raw[..<wanted]))
                }
            }.get()
            guard count > 0 else { return nil }
            self.offset += Int64(count)
            start = 0
            end = count
        }
    }
}
