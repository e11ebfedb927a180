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
    }

    var kind: Kind
    /// The SMSC error code (service), the HTTP status (http), the faultcode (fault), or `null`.
    var code: JSONValue
    /// One line, free of credentials.
    var message: String

    init(kind: Kind, code: JSONValue = .null, message: String) {
        self.kind = kind
        self.code = code
        // Bodies quoted in protocol errors can span lines; the report promises one line.
        self.message = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A usage problem the tool found before sending anything.
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(kind: .usage, message: message)
    }

    /// Gives a library failure its kind and code.
    init(_ error: SMSCError) {
        let message = error.description
        if let serviceError = error.serviceError {
            self.init(kind: .service, code: .number(String(serviceError.code)), message: message)
        } else if let fault = error.fault {
            self.init(kind: .fault, code: .string(fault.code), message: message)
        } else if error.code == .validation {
            self.init(kind: .validation, message: message)
        } else if error.code == .httpStatus, let status = error.httpStatus {
            self.init(kind: .http, code: .number(String(status)), message: message)
        } else if error.code == .throttled {
            self.init(kind: .throttled, message: message)
        } else if error.code == .invalidResponse {
            self.init(kind: .protocol, message: message)
        } else {
            // Transport failures, and any kind a later version of the library adds.
            self.init(kind: .transport, message: message)
        }
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

    /// 1 for a service error, 3 for a fault, 4 for transport, HTTP and protocol failures, 64 (`EX_USAGE`) for
    /// usage, validation, input and journal errors, 74 (`EX_IOERR`) for I/O errors.
    var exitCode: Int32 {
        switch kind {
        case .service: 1
        case .fault: 3
        case .http, .transport, .throttled, .protocol: 4
        case .validation, .usage, .input, .journal: 64
        case .io: 74
        }
    }

    /// `{"error":{"kind":…,"code":…,"message":…}}`.
    var json: JSONValue {
        .object([
            (
                key: "error",
                value: .object([
                    (key: "kind", value: .string(kind.rawValue)),
                    (key: "code", value: code),
                    (key: "message", value: .string(message)),
                ])
            )
        ])
    }

    /// Writes the one-line message to stderr and, with `json`, the error object to stdout.
    func report(json: Bool) {
        if json {
            Console.writeLine(self.json.serialized)
        }
        Console.writeError("smsc: error: \(message)")
    }
}
