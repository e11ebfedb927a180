import SMSC
import SMSCBulk

/// A failed run as the tool reports it: a kind, a code and a one-line message, with the exit status that goes
/// with them.
///
/// Built from an ``SMSCError`` or from a usage problem the tool found itself. Messages come from the library's
/// descriptions, which never contain the login, password or API key.
struct CommandFailure: Error, Sendable {
    /// What kind of failure; the raw value is the `kind` in JSON.
    enum Kind: String, Sendable {
        /// The service answered with an `error` code.
        case service
        /// The service answered with a SOAP fault.
        case fault
        /// An HTTP error status without a SOAP envelope.
        case http
        /// The HTTP exchange failed (connect, TLS, deadline, broken connection).
        case transport
        /// Waiting to stay within the service's rate limits would have passed the deadline; nothing was sent.
        case throttled
        /// A reply the protocol does not allow.
        case `protocol`
        /// The library refused a value before sending anything.
        case validation
        /// The command line itself is wrong; nothing was sent.
        case usage
        /// A bulk run's CSV file is missing or malformed, or does not fit the command.
        case input
        /// A bulk run's journal cannot be used with this run (another command's or account's, an edited row).
        case journal
        /// A bulk run could not read or write a file.
        case io
        /// A bulk row whose send was in flight when an earlier run stopped: it may have been sent.
        case inDoubt = "in_doubt"
        /// A bulk row whose send `get_status` settled: the service does not have the message.
        case notSent = "not_sent"
        /// A bulk row that no run has sent, reported by a run that does not send it.
        case notStarted = "not_started"
    }

    /// The longest message printed or logged, in characters; a longer one is cut, saying how long it was. A
    /// server's text (a SOAP fault's reason, a reply's body) can be of any size, and a terminal or a log line is
    /// not the place for it: the library keeps it whole in the error, for code that wants it.
    static let maximumMessageLength = 4096

    var kind: Kind
    /// The SMSC error code (service), the HTTP status (http), the faultcode (fault), or `null`.
    var code: JSONValue
    /// One line of at most ``maximumMessageLength`` characters, free of credentials.
    var message: String
    /// Whether repeating the call is safe and may succeed (``SMSC/SMSCError/isRetrySafe``); `false` for problems
    /// only the user can fix.
    var isRetrySafe: Bool
    /// Whether a send may have gone out all the same (``SMSC/SMSCError/messageMayHaveBeenSent``).
    var messageMayHaveBeenSent: Bool

    init(
        kind: Kind,
        code: JSONValue = .null,
        message: String,
        isRetrySafe: Bool = false,
        messageMayHaveBeenSent: Bool = false
    ) {
        self.kind = kind
        self.code = code
        // Bodies quoted in protocol errors can span lines; the report promises one line.
        self.message = Self.bounded(message.split(whereSeparator: \.isNewline).joined(separator: " "))
        self.isRetrySafe = isRetrySafe
        self.messageMayHaveBeenSent = messageMayHaveBeenSent
    }

    /// `text` cut to ``maximumMessageLength`` characters, ending with how long it was.
    static func bounded(_ text: String) -> String {
        guard text.count > maximumMessageLength else { return text }
        return String(text.prefix(maximumMessageLength))
            + " … [cut: \(maximumMessageLength) of \(text.count) characters shown]"
    }

    /// A usage problem the tool found before sending anything.
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(kind: .usage, message: message)
    }

    /// Gives a library failure its kind and code.
    init(_ error: SMSCError) {
        let (kind, code): (Kind, JSONValue) =
            if let serviceError = error.serviceError {
                (.service, .number(String(serviceError.code)))
            } else if let fault = error.fault {
                (.fault, .string(fault.code))
            } else if error.code == .validation {
                (.validation, .null)
            } else if error.code == .httpStatus, let status = error.httpStatus {
                (.http, .number(String(status)))
            } else if error.code == .throttled {
                (.throttled, .null)
            } else if error.code == .invalidResponse {
                (.protocol, .null)
            } else {
                // Transport failures, and any kind a later version of the library adds.
                (.transport, .null)
            }
        self.init(
            kind: kind,
            code: code,
            message: error.description,
            isRetrySafe: error.isRetrySafe,
            messageMayHaveBeenSent: error.messageMayHaveBeenSent
        )
    }

    /// A bulk run that could not start or go on; the message locates the problem (`rows.csv:7: …`).
    init(_ error: BulkError) {
        let kind: Kind =
            switch error.kind {
            case .io: .io
            case .journal: .journal
            default: .input
            }
        self.init(kind: kind, message: error.description)
    }

    /// 1 for a service error or a bulk row not sent, 3 for a fault, 4 for transport, HTTP and protocol failures and
    /// rows in doubt, 64 (`EX_USAGE`) for usage, validation, input and journal errors, 74 (`EX_IOERR`) for I/O
    /// errors.
    var exitCode: Int32 {
        switch kind {
        case .service, .notSent, .notStarted: 1
        case .fault: 3
        case .http, .transport, .throttled, .protocol, .inDoubt: 4
        case .validation, .usage, .input, .journal: 64
        case .io: 74
        }
    }

    /// `{"kind":…,"code":…,"retry_safe":…,"message":…}`.
    var errorObject: JSONValue {
        .object([
            (key: "kind", value: .string(kind.rawValue)),
            (key: "code", value: code),
            (key: "retry_safe", value: .bool(isRetrySafe)),
            (key: "message", value: .string(message)),
        ])
    }

    /// `{"error":{"kind":…,"code":…,"retry_safe":…,"message":…}}`: what a single call prints with `--json`.
    var json: JSONValue {
        .object([(key: "error", value: errorObject)])
    }

    /// Writes the one-line message to stderr and, with `json`, the error object to stdout.
    func report(json: Bool) {
        if json {
            Console.writeLine(self.json.serialized)
        }
        Console.writeError("smsc: error: \(message)")
    }
}
