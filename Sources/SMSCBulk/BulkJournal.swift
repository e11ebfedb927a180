import SystemPackage

/// The append-only file that makes a bulk run resumable: which rows were started, and how each one ended.
///
/// Every record is one `write` of one line followed by `fsync`, so after a crash the file holds every record that
/// was acknowledged plus at most one torn last line, which the next run cuts off before appending. It cuts it off
/// only when the file is recognisably a journal (its complete lines are records and the torn bytes begin like
/// one), so a file given as the journal by mistake is refused and left as it is rather than truncated. A row's
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

    private let descriptor: FileDescriptor
    private let syncsEachRecord: Bool
    private let writeFailure: @Sendable () -> Int32?
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
    ///   - writeFailure: Called before each record is written; an `errno` it returns (such as `ENOSPC`) fails that
    ///     write as the system would. Tests inject failures here.
    /// - Throws: `BulkError` of kind ``BulkError/Kind/journal`` if the journal belongs to another command, is in
    ///   use, or is not a journal; of kind ``BulkError/Kind/io`` if it cannot be opened, read or written.
    init(
        path: String,
        commandIdentity: String,
        window: Int,
        syncsEachRecord: Bool = true,
        writeFailure: @escaping @Sendable () -> Int32? = { nil }
    ) throws(BulkError) {
        self.path = path
        self.syncsEachRecord = syncsEachRecord
        self.writeFailure = writeFailure
        var created = true
        let descriptor: FileDescriptor
        do throws(Errno) {
            do throws(Errno) {
                descriptor = try Errno.catching {
                    try FileDescriptor.open(
                        FilePath(path),
                        .readWrite,
                        options: [.create, .exclusiveCreate, .append, .closeOnExec],
                        permissions: .ownerReadWrite
                    )
                }
            } catch .fileExists {
                created = false
                descriptor = try Errno.catching {
                    try FileDescriptor.open(FilePath(path), .readWrite, options: [.append, .closeOnExec])
                }
            }
        } catch {
            throw BulkError.io(path, "cannot open the journal", errno: error)
        }
        self.descriptor = descriptor
        // From here on every stored property is set, so deinit closes the descriptor (releasing the lock)
        // whatever is thrown below.
        if created {
            try Self.syncDirectory(of: path)
        }
        let locked: Bool
        do {
            locked = try descriptor.lockExclusivelyIfFree()
        } catch {
            throw BulkError.io(path, "cannot lock the journal", errno: error)
        }
        guard locked else {
            throw BulkError(
                kind: .journal,
                file: path,
                message: "the journal is in use by another run; wait for it to finish, or use another journal"
            )
        }
        let size: Int64
        do {
            size = try Errno.catching { try descriptor.seek(offset: 0, from: .end) }
        } catch {
            throw BulkError.io(path, "cannot read the journal", errno: error)
        }
        let complete = try lengthOfCompleteLines(size: size)
        // Refuse before changing anything: a file that is another command's journal, or no journal, must stay as
        // it is.
        if complete > 0 {
            try checkFirstLine(commandIdentity: commandIdentity)
        }
        self.earlierLength = complete
        if complete < size {
            try checkTornTail(size: size, commandIdentity: commandIdentity)
            do {
                try Errno.catching { try descriptor.resize(to: complete) }
            } catch {
                throw BulkError.io(path, "cannot cut off the journal's torn last line", errno: error)
            }
        }
        try append(.header(command: commandIdentity, window: window))
    }

    deinit {
        // Unlocked before it is closed, so the next run can lock the journal at once even while a child process
        // forked at this moment still shares the open file (see `unlock()`).
        descriptor.unlock()
        try? descriptor.close()
    }

    /// Records that `row` is about to be sent; returns once the record is on disk.
    /// - Throws: `BulkError` of kind ``BulkError/Kind/io`` if the record could not be written and synced.
    func recordStarted(row: Int, digest: RowDigest) throws(BulkError) {
        try append(.started(row: row, digest: digest))
    }

    /// Records how `row` ended, at `time` (seconds since 1970); returns once the record is on disk.
    /// - Throws: `BulkError` of kind ``BulkError/Kind/io`` if the record could not be written and synced.
    func recordOutcome(row: Int, digest: RowDigest, outcome: BulkOutcome, at time: Int64) throws(BulkError) {
        try append(.finished(row: row, digest: digest, outcome: outcome.output, exitCode: outcome.exitCode, at: time))
    }

    /// Appends one record as a single `write` (more only after a short write), then syncs it.
    func append(_ record: JournalRecord) throws(BulkError) {
        if let failure { throw failure }
        let bytes = Array((record.serialized + "\n").utf8)
        do throws(Errno) {
            if let injected = writeFailure() { throw Errno(rawValue: injected) }
            _ = try Errno.catching { try descriptor.writeAll(bytes) }
            if syncsEachRecord {
                try descriptor.synchronize()
            }
        } catch {
            let error = BulkError.io(path, "cannot write to the journal", errno: error)
            failure = error
            throw error
        }
    }

    /// Reads bytes that earlier runs wrote, for ``JournalCursor``.
    /// - Returns: The number of bytes read; 0 at ``earlierLength``.
    func readEarlierRecords(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(BulkError) -> Int {
        let count = Int(min(Int64(buffer.count), earlierLength - offset))
        guard count > 0 else { return 0 }
        do {
            return try Errno.catching {
                try descriptor.read(
                    fromAbsoluteOffset: offset,
                    into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<count])
                )
            }
        } catch {
            throw BulkError.io(path, "cannot read the journal", errno: error)
        }
    }

    /// Fills `buffer` from `offset`. The bytes lie below the size the file had once it was locked, so running out
    /// of them means it was cut short behind the lock's back: an I/O error, like a failed read.
    private func read(exactly buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(BulkError) {
        var filled = 0
        while filled < buffer.count {
            let count: Int
            do {
                count = try Errno.catching {
                    try descriptor.read(
                        fromAbsoluteOffset: offset + Int64(filled),
                        into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...])
                    )
                }
            } catch {
                throw BulkError.io(path, "cannot read the journal", errno: error)
            }
            guard count > 0 else { throw BulkError.io(path, "cannot read the journal", errno: .ioError) }
            filled += count
        }
    }

    /// The length of the file up to and including its last line feed: a last line without one was torn by a
    /// crash mid-write and was never acknowledged, so it is not part of the journal.
    private func lengthOfCompleteLines(size: Int64) throws(BulkError) -> Int64 {
        var end = size
        var chunk = [UInt8](repeating: 0, count: 4096)
        while end > 0 {
            let start = max(0, end - Int64(chunk.count))
            let count = Int(end - start)
            try chunk.withUnsafeMutableBytes { raw in
                // withUnsafeMutableBytes rethrows untyped errors, so the typed error travels as a Result.
                Result { () throws(BulkError) in
                    try read(exactly: UnsafeMutableRawBufferPointer(rebasing: raw[..<count]), at: start)
                }
            }.get()
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
        while let line = try lines.next() {
            let record: JournalRecord
            do {
                record = try JournalRecord(parsing: line.bytes)
            } catch {
                throw Self.notAJournal(
                    path, line: line.number, because: "line \(line.number) is not a journal record: \(error.reason)")
            }
            if case .header(let command, _) = record {
                try Self.checkCommand(command, matches: commandIdentity, path: path, line: line.number)
            }
        }
        let tailLine = lines.lineNumber + 1
        let prefixes =
            earlierLength == 0
            ? [JournalRecord.headerPrefix] : [JournalRecord.headerPrefix, JournalRecord.rowRecordPrefix]
        let longest = prefixes.map(\.utf8.count).max()!
        var start = [UInt8](repeating: 0, count: Int(min(Int64(longest), size - earlierLength)))
        let offset = earlierLength
        try start.withUnsafeMutableBytes { raw in
            Result { () throws(BulkError) in try read(exactly: raw, at: offset) }
        }.get()
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
            message: "\(path) is not an smsc bulk journal (\(reason)); it was left as it is. Use a new journal "
                + "file, or the journal of an earlier run of this command"
        )
    }

    private func checkFirstLine(commandIdentity: String) throws(BulkError) {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count: Int
        do throws(Errno) {
            count = try chunk.withUnsafeMutableBytes { raw in
                Result { () throws(Errno) in
                    try Errno.catching { try descriptor.read(fromAbsoluteOffset: 0, into: raw) }
                }
            }.get()
        } catch {
            throw BulkError.io(path, "cannot read the journal", errno: error)
        }
        let line = chunk[0..<count].prefix { $0 != UInt8(ascii: "\n") }
        let record: JournalRecord
        do {
            record = try JournalRecord(parsing: line)
        } catch where error.isOtherVersion {
            throw BulkError(kind: .journal, file: path, line: 1, message: error.reason)
        } catch {
            throw Self.notAJournal(path, line: 1, because: "its first line is not a journal header: \(error.reason)")
        }
        guard case .header(let command, _) = record else {
            throw Self.notAJournal(path, line: 1, because: "its first line is not a journal header")
        }
        try Self.checkCommand(command, matches: commandIdentity, path: path, line: 1)
    }

    /// Refuses a journal another command wrote: its rows were sent elsewhere or by someone else, so replaying
    /// them, or treating their in-doubt rows as ours, would be wrong.
    static func checkCommand(
        _ command: String, matches commandIdentity: String, path: String, line: Int
    ) throws(BulkError) {
        guard command == commandIdentity else {
            throw BulkError(
                kind: .journal,
                file: path,
                line: line,
                message: "this journal was written by another command (\(command)), not this one "
                    + "(\(commandIdentity)); use a different journal file"
            )
        }
    }

    /// Makes a newly created journal's directory entry durable, so that a crash cannot lose the file whose
    /// records were synced.
    private static func syncDirectory(of path: String) throws(BulkError) {
        var directory = FilePath(path)
        directory.removeLastComponent()
        if directory.isEmpty {
            directory = "."
        }
        let descriptor: FileDescriptor
        do {
            descriptor = try Errno.catching { try FileDescriptor.open(directory, .readOnly, options: [.closeOnExec]) }
        } catch {
            throw BulkError.io(directory.string, "cannot open the journal's directory", errno: error)
        }
        defer { try? descriptor.close() }
        do {
            try descriptor.synchronize()
        } catch {
            throw BulkError.io(directory.string, "cannot sync the journal's directory", errno: error)
        }
    }
}
