#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only file that makes a bulk run resumable: which rows were started, and how each one ended.
///
/// Every record is one `write` of one line followed by `fsync`, so after a crash the file holds every record that
/// was acknowledged plus at most one torn last line, which the next run cuts off before appending. It cuts it off
/// only when the file is recognisably a journal (its complete lines are records and the torn bytes begin like
/// one), so a file given to `--journal` by mistake is refused and left as it is rather than truncated. A row's
/// `started` record is durable before its request is sent, so a row is never sent twice: at worst it is reported
/// in doubt. The file is created with mode 0600 (it holds phone numbers' outcomes) and locked with `flock` while a
/// run uses it, so two runs cannot interleave their records.
///
/// Reading is left to ``JournalCursor``, which walks the records earlier runs wrote (``earlierLength`` bytes) in
/// step with the CSV file; this run's own records are appended after them and never read back.
final class BulkJournal {
    /// The journal's path, as given.
    let path: String
    /// How many bytes earlier runs left, after dropping a torn last line: where this run's records begin.
    private(set) var earlierLength: Int64 = 0

    private let descriptor: Int32
    private let syncsEachRecord: Bool
    private let write: @Sendable (Int32, [UInt8]) -> Int32
    /// The first write failure: after it nothing more is written, so the file ends in at most one torn line.
    private var failure: BulkError?

    /// Opens (creating if needed) the journal at `path` for a run of `commandIdentity`, checks that earlier runs
    /// were the same command, drops a torn last line, and appends this run's header. A file that is not a journal
    /// is refused before anything is written to it.
    /// - Parameters:
    ///   - path: The journal file.
    ///   - commandIdentity: What the rows are sent with; a journal written for anything else is refused.
    ///   - window: The most rows this run has started but not printed, recorded in the header.
    ///   - syncsEachRecord: Whether each record is `fsync`ed; only tests that need no durability turn it off.
    ///   - write: Writes a record's bytes, returning 0 or `errno`; tests inject failures here.
    /// - Throws: `BulkError` of kind ``BulkError/Kind/journal`` if the journal belongs to another command, is in
    ///   use, or is not a journal; of kind ``BulkError/Kind/io`` if it cannot be opened, read or written.
    init(
        path: String,
        commandIdentity: String,
        window: Int,
        syncsEachRecord: Bool = true,
        write: @escaping @Sendable (Int32, [UInt8]) -> Int32 = writeAll
    ) throws(BulkError) {
        self.path = path
        self.syncsEachRecord = syncsEachRecord
        self.write = write
        var created = true
        var descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        if descriptor < 0 && errno == EEXIST {
            created = false
            descriptor = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        }
        guard descriptor >= 0 else {
            throw BulkError.io(path, "cannot open the journal", errno: errno)
        }
        self.descriptor = descriptor
        // From here on every stored property is set, so deinit closes the descriptor (releasing the lock)
        // whatever is thrown below.
        if created {
            try Self.syncDirectory(of: path)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            if code == EWOULDBLOCK {
                throw BulkError(
                    kind: .journal,
                    file: path,
                    message: "the journal is in use by another smsc run; wait for it to finish, or use another journal"
                )
            }
            throw BulkError.io(path, "cannot lock the journal", errno: code)
        }
        let size = lseek(descriptor, 0, SEEK_END)
        guard size >= 0 else { throw BulkError.io(path, "cannot read the journal", errno: errno) }
        let complete = try Self.lengthOfCompleteLines(descriptor, size: Int64(size), path: path)
        // Refuse before changing anything: a file that is another command's journal, or no journal, must stay as
        // it is.
        if complete > 0 {
            try Self.checkFirstLine(descriptor, commandIdentity: commandIdentity, path: path)
        }
        self.earlierLength = complete
        if complete < Int64(size) {
            try checkTornTail(size: Int64(size), commandIdentity: commandIdentity)
            guard ftruncate(descriptor, off_t(complete)) == 0 else {
                throw BulkError.io(path, "cannot cut off the journal's torn last line", errno: errno)
            }
        }
        try append(.header(command: commandIdentity, window: window))
    }

    deinit {
        close(descriptor)
    }

    /// Records that `row` is about to be sent; returns once the record is on disk.
    /// - Throws: `BulkError` of kind ``BulkError/Kind/io`` if the record could not be written and synced.
    func recordStarted(row: Int, digest: RowDigest) throws(BulkError) {
        try append(.started(row: row, digest: digest))
    }

    /// Records how `row` ended; returns once the record is on disk.
    /// - Throws: `BulkError` of kind ``BulkError/Kind/io`` if the record could not be written and synced.
    func recordOutcome(row: Int, digest: RowDigest, outcome: BulkOutcome) throws(BulkError) {
        try append(.finished(row: row, digest: digest, outcome: outcome.output, exitCode: outcome.exitCode))
    }

    /// Appends one record as a single `write`, then syncs it.
    func append(_ record: JournalRecord) throws(BulkError) {
        if let failure { throw failure }
        let bytes = Array((record.serialized + "\n").utf8)
        var code = write(descriptor, bytes)
        if code == 0 && syncsEachRecord {
            code = syncRetrying(descriptor)
        }
        if code != 0 {
            let error = BulkError.io(path, "cannot write to the journal", errno: code)
            failure = error
            throw error
        }
    }

    /// Reads bytes that earlier runs wrote, for ``JournalCursor``.
    /// - Returns: The number of bytes read; 0 at ``earlierLength``.
    func readEarlierRecords(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(BulkError) -> Int {
        let count = Int(min(Int64(buffer.count), earlierLength - offset))
        guard count > 0 else { return 0 }
        let result = readRetrying(descriptor, into: buffer.baseAddress!, count: count, offset: offset)
        guard result >= 0 else { throw BulkError.io(path, "cannot read the journal", errno: errno) }
        return result
    }

    /// The length of the file up to and including its last line feed: a last line without one was torn by a
    /// crash mid-write and was never acknowledged, so it is not part of the journal.
    private static func lengthOfCompleteLines(_ descriptor: Int32, size: Int64, path: String) throws(BulkError) -> Int64 {
        var end = size
        var chunk = [UInt8](repeating: 0, count: 4096)
        while end > 0 {
            let start = max(0, end - Int64(chunk.count))
            let count = Int(end - start)
            let (result, code) = chunk.withUnsafeMutableBytes { raw in
                (readRetrying(descriptor, into: raw.baseAddress!, count: count, offset: start), errno)
            }
            guard result == count else {
                throw BulkError.io(path, "cannot read the journal", errno: result < 0 ? code : EIO)
            }
            if let last = chunk[0..<count].lastIndex(of: UInt8(ascii: "\n")) {
                return start + Int64(last) + 1
            }
            end = start
        }
        return 0
    }

    /// Checks that the bytes after the last line feed are what a crash mid-`write` leaves (the start of a record)
    /// in a file whose complete lines are a journal of this command; only then may they be cut off.
    ///
    /// Reads the whole file, but only after a crash: a journal with no torn line is checked by ``JournalCursor`` as
    /// it is read.
    /// - Throws: `BulkError` of kind ``BulkError/Kind/journal`` if the file is not such a journal.
    private func checkTornTail(size: Int64, commandIdentity: String) throws(BulkError) {
        var lines = JournalLines(journal: self)
        while let (bytes, lineNumber) = try lines.next() {
            let record: JournalRecord
            do {
                record = try JournalRecord(parsing: bytes)
            } catch {
                throw Self.notAJournal(path, line: lineNumber, because: "line \(lineNumber) is not a journal record: \(error.reason)")
            }
            if case .header(let command, _) = record {
                try Self.checkCommand(command, matches: commandIdentity, path: path, line: lineNumber)
            }
        }
        let tailLine = lines.lineNumber + 1
        let prefixes = earlierLength == 0
            ? [JournalRecord.headerPrefix] : [JournalRecord.headerPrefix, JournalRecord.rowRecordPrefix]
        let longest = prefixes.map(\.utf8.count).max()!
        var start = [UInt8](repeating: 0, count: Int(min(Int64(longest), size - earlierLength)))
        let (result, code) = start.withUnsafeMutableBytes { raw in
            (readRetrying(descriptor, into: raw.baseAddress!, count: raw.count, offset: earlierLength), errno)
        }
        guard result == start.count else {
            throw BulkError.io(path, "cannot read the journal", errno: result < 0 ? code : EIO)
        }
        // Torn bytes are a record cut short, so they agree with how a record starts as far as either goes.
        let beginsLikeARecord = prefixes.contains { prefix in
            let prefix = Array(prefix.utf8)
            return prefix.starts(with: start) || start.starts(with: prefix)
        }
        guard beginsLikeARecord else {
            throw Self.notAJournal(
                path,
                line: tailLine,
                because: earlierLength == 0
                    ? "it has no complete line, and it does not begin like a journal header"
                    : "its last line has no line feed and does not begin like a journal record"
            )
        }
    }

    /// The refusal of a file that is not a journal; the file is left untouched.
    static func notAJournal(_ path: String, line: Int, because reason: String) -> BulkError {
        BulkError(
            kind: .journal,
            file: path,
            line: line,
            message: "\(path) is not an smsc bulk journal (\(reason)); it was left as it is. Give --journal a new "
                + "file, or the journal of an earlier run of this command"
        )
    }

    private static func checkFirstLine(_ descriptor: Int32, commandIdentity: String, path: String) throws(BulkError) {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let (result, code) = chunk.withUnsafeMutableBytes { raw in
            (readRetrying(descriptor, into: raw.baseAddress!, count: raw.count, offset: 0), errno)
        }
        guard result >= 0 else { throw BulkError.io(path, "cannot read the journal", errno: code) }
        let line = chunk[0..<result].prefix { $0 != UInt8(ascii: "\n") }
        let record: JournalRecord
        do {
            record = try JournalRecord(parsing: line)
        } catch where error.isOtherVersion {
            throw BulkError(kind: .journal, file: path, line: 1, message: error.reason)
        } catch {
            throw notAJournal(path, line: 1, because: "its first line is not a journal header: \(error.reason)")
        }
        guard case .header(let command, _) = record else {
            throw notAJournal(path, line: 1, because: "its first line is not a journal header")
        }
        try checkCommand(command, matches: commandIdentity, path: path, line: 1)
    }

    /// Refuses a journal another command wrote: its rows were sent elsewhere or by someone else, so replaying
    /// them, or treating their in-doubt rows as ours, would be wrong.
    static func checkCommand(_ command: String, matches commandIdentity: String, path: String, line: Int) throws(BulkError) {
        guard command == commandIdentity else {
            throw BulkError(
                kind: .journal,
                file: path,
                line: line,
                message: "this journal was written by another command (\(command)), not this one "
                    + "(\(commandIdentity)); use a different --journal file"
            )
        }
    }

    private static func syncDirectory(of path: String) throws(BulkError) {
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            directory = "."
        }
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BulkError.io(directory, "cannot open the journal's directory", errno: errno) }
        defer { close(descriptor) }
        let code = syncRetrying(descriptor)
        guard code == 0 else { throw BulkError.io(directory, "cannot sync the journal's directory", errno: code) }
    }
}
