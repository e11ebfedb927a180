/// One line of a bulk journal.
///
/// The journal is JSON lines so that a person can read it with `cat` and `jq` when deciding what to do about a
/// row in doubt; each line is one record:
///
///     {"journal":"smsc-bulk","version":4,"command":"send https://smsc.ru/sys/soap.php login=alex","window":4}
///     {"row":1,"digest":"2332d382…510041a","state":"started"}
///     {"row":1,"digest":"2332d382…510041a","outcome":{"row":1,"outcome":"ok",…},"exit":0,"at":1796400000}
///
/// (`…` stands for the middle of the row's 64-digit SHA-256 digest, and for the rest of the outcome.)
///
/// Each run appends a header and then its records; a row's latest outcome, in file order, is the one that counts
/// (see ``JournalCursor``), so a later run can settle or refresh what an earlier one recorded.
enum JournalRecord: Equatable, Sendable {
    /// The first line of every run: which command wrote what follows, and with how many rows in flight at most.
    case header(command: String, window: Int)
    /// Written (and synced) before a row's request is sent.
    case started(row: Int, digest: RowDigest)
    /// Written (and synced) when a row has an outcome, before the outcome is printed; `at` is when, in seconds since
    /// 1970 (a command uses it to space out repeated queries of one row across runs).
    case finished(row: Int, digest: RowDigest, outcome: JSONValue, exitCode: Int32, at: Int64)

    static let format = "smsc-bulk"
    /// 4 since a later run's outcome of a row supersedes an earlier one and outcomes carry their time; 3 had the
    /// first outcome count, 2 had FNV-1a digests, and 1 also hashed empty cells (see ``RowDigest``). A journal of
    /// another version is refused rather than read: an older smsc would replay outcomes a later run superseded.
    static let version = 4
    /// How every header line starts, whatever its version: a file's first bytes tell whether it is a journal.
    static let headerPrefix = #"{"journal":"smsc-bulk""#
    /// How every other record starts.
    static let rowRecordPrefix = #"{"row":"#

    /// The record as one line of JSON, without the line feed.
    var serialized: String {
        switch self {
        case .header(let command, let window):
            JSONValue.object([
                ("journal", .string(Self.format)),
                ("version", .number(String(Self.version))),
                ("command", .string(command)),
                ("window", .number(String(window))),
            ]).serialized
        case .started(let row, let digest):
            JSONValue.object([
                ("row", .number(String(row))),
                ("digest", .string(digest.description)),
                ("state", .string("started")),
            ]).serialized
        case .finished(let row, let digest, let outcome, let exitCode, let at):
            JSONValue.object([
                ("row", .number(String(row))),
                ("digest", .string(digest.description)),
                ("outcome", outcome),
                ("exit", .number(String(exitCode))),
                ("at", .number(String(at))),
            ]).serialized
        }
    }

    /// Why a line is not a record; the journal adds the file and line.
    struct Invalid: Error, Equatable {
        var reason: String
        /// Whether the line is a journal header of a version this tool does not read.
        var isOtherVersion = false
    }

    /// Parses one line (without its line feed).
    /// - Throws: `Invalid` if the line is not JSON or not a record of this version.
    init(parsing line: some Collection<UInt8>) throws(Invalid) {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: line)
        } catch {
            throw Invalid(reason: "not valid JSON (\(error))")
        }
        guard case .object(let members) = value else { throw Invalid(reason: "not a JSON object") }
        func member(_ name: String) -> JSONValue? {
            members.first { $0.key == name }?.value
        }
        if let format = member("journal") {
            guard format == .string(Self.format) else { throw Invalid(reason: "not an smsc bulk journal") }
            guard member("version") == .number(String(Self.version)) else {
                throw Invalid(reason: Self.refusal(ofVersion: member("version")), isOtherVersion: true)
            }
            guard case .string(let command) = member("command"), let window = Self.integer(member("window")),
                window >= 1
            else { throw Invalid(reason: "a journal header needs a command and a window of at least 1") }
            self = .header(command: command, window: window)
            return
        }
        guard let row = Self.integer(member("row")), row >= 1 else {
            throw Invalid(reason: "a record needs a row number of at least 1")
        }
        guard case .string(let hex) = member("digest"), let digest = RowDigest(hex: hex) else {
            throw Invalid(reason: "a record needs a digest of \(RowDigest.hexLength) hexadecimal digits")
        }
        if member("state") == .string("started") {
            self = .started(row: row, digest: digest)
        } else if let outcome = member("outcome"), let exitCode = Self.integer(member("exit")),
            let exitCode = Int32(exactly: exitCode), let at = Self.integer(member("at"))
        {
            self = .finished(row: row, digest: digest, outcome: outcome, exitCode: exitCode, at: Int64(at))
        } else {
            throw Invalid(reason: "a record needs \"state\":\"started\", or an outcome, an exit code and a time")
        }
    }

    /// Why a journal header of another format version is refused, and what to do instead. Which format the
    /// file is tells the user which smsc can still finish its run.
    static func refusal(ofVersion version: JSONValue?) -> String {
        guard case .number(let text) = version, let number = Int(text), number >= 1 else {
            return "this journal's format version (\(version?.serialized ?? "none")) is not one smsc writes; this smsc "
                + "reads only format \(Self.version). Use a new journal file"
        }
        guard number < Self.version else {
            return "this journal is format \(number), written by a newer smsc; this smsc reads only format "
                + "\(Self.version). Resume the run with the smsc that wrote the journal"
        }
        let difference =
            switch number {
            case 1: "FNV-1a row digests that counted empty cells"
            case 2: "FNV-1a row digests"
            default: "a row's first outcome counted, not its latest"
            }
        return "this journal is format \(number), written by an older smsc (\(difference)); this smsc reads only "
            + "format \(Self.version). Finish the run with the smsc that wrote the journal, or start a "
            + "new journal with only the rows this one does not record as finished: a new journal sends every row it "
            + "is given"
    }

    private static func integer(_ value: JSONValue?) -> Int? {
        guard case .number(let text) = value else { return nil }
        return Int(text)
    }
}
