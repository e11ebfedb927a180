/// The lines of a journal's earlier records, read in chunks.
struct JournalLines {
    /// A record is usually a few hundred bytes (a send to thousands of numbers, a few hundred kilobytes); a line
    /// longer than this is not one this tool wrote.
    static let maximumLineBytes = 16 << 20

    let journal: BulkJournal
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    private var start = 0
    private var end = 0
    private var offset: Int64 = 0
    private var partial: [UInt8] = []
    /// How many lines (empty ones included) were read so far.
    private(set) var lineNumber = 0

    init(journal: BulkJournal) {
        self.journal = journal
    }

    /// The next non-empty line without its line feed, and its 1-based number; `nil` at the end.
    mutating func next() throws(BulkError) -> ([UInt8], Int)? {
        while true {
            if let feed = chunk[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                partial.append(contentsOf: chunk[start..<feed])
                start = feed + 1
                lineNumber += 1
                if partial.isEmpty { continue }
                let line = partial
                partial = []
                return (line, lineNumber)
            }
            partial.append(contentsOf: chunk[start..<end])
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
            // withUnsafeMutableBytes rethrows untyped errors, so the typed error travels as a Result.
            let count = try chunk.withUnsafeMutableBytes { raw in
                Result { () throws(BulkError) in try journal.readEarlierRecords(at: offset, into: raw) }
            }.get()
            guard count > 0 else { return nil }
            self.offset += Int64(count)
            start = 0
            end = count
        }
    }
}
