import SMSCBulk

/// One row's line in a bulk run's output and journal.
///
/// It names its row (`row`, the input's `id`, its `phones` or `phone`), says how the row ended in fields a script
/// can read (`outcome`, and for a send whether the message was `sent`), and carries the service's `result` or the
/// `error`:
///
///     {"row":1,"id":"a1","phones":"79990000001","outcome":"ok","sent":true,"result":{"id":"a1","cnt":1,…}}
///     {"row":2,"id":"a2","phones":"79990000002","outcome":"in_doubt","sent":null,"error":{"kind":"transport",…}}
///     {"row":3,"id":"a3","phone":"79990000003","outcome":"ok","final":false,"result":{"status":-1,…}}
struct BulkRowLine {
    /// How a row ended; the raw value is `outcome` in JSON.
    enum Outcome: String {
        /// The call succeeded (for a send: the message was sent).
        case ok
        /// The call failed; for a send, the message was not sent.
        case failed
        /// A send whose request may have reached the service, and nothing has said whether the message went out.
        case inDoubt = "in_doubt"
    }

    /// The exit code of a row in doubt: like a timeout, the request may or may not have been delivered.
    static let inDoubtExitCode: Int32 = 4

    var row: Int
    /// The members that name the row after `row`: `id` and `phones` (or `phone`).
    var naming: [(key: String, value: JSONValue)]
    var outcome: Outcome
    /// For a send, whether the message was sent (`nil`: unknown); for other commands, absent.
    var sent: Bool??
    /// Members between `sent` and the result or error, such as `final` or `settled_by`.
    var details: [(key: String, value: JSONValue)] = []
    var result: ResultRecord?
    var failure: CommandFailure?
    /// Whether the failure applies to every row, so the run must start no more rows.
    var stopsRun = false

    /// A successful row.
    init(row: Int, naming: [(key: String, value: JSONValue)], sent: Bool?? = .none, result: ResultRecord) {
        self.row = row
        self.naming = naming
        self.outcome = .ok
        self.sent = sent
        self.result = result
    }

    /// A failed row: in doubt when it was a send that may have gone out (`sent` is `.some(nil)`).
    init(row: Int, naming: [(key: String, value: JSONValue)], sent: Bool?? = .none, failure: CommandFailure) {
        self.row = row
        self.naming = naming
        self.outcome = sent == .some(nil) ? .inDoubt : .failed
        self.sent = sent
        self.failure = failure
    }

    /// The line as the runner prints and journals it.
    var bulkOutcome: BulkOutcome {
        var members: [(key: String, value: JSONValue)] = [("row", .number(String(row)))]
        members += naming
        members.append(("outcome", .string(outcome.rawValue)))
        if case .some(let sent) = sent {
            members.append(("sent", sent.map(JSONValue.bool) ?? .null))
        }
        members += details
        if let result {
            members.append(("result", result.json))
        }
        if let failure {
            members.append(("error", failure.errorObject))
        }
        let exitCode: Int32 =
            switch outcome {
            case .ok: 0
            case .inDoubt: Self.inDoubtExitCode
            case .failed: failure?.exitCode ?? 1
            }
        return BulkOutcome(output: .object(members), exitCode: exitCode, stopsRun: stopsRun)
    }

    /// The members that name a row: `id` (`null` when it has none) and the column `phoneColumn` (`phones` or
    /// `phone`).
    static func naming(id: String?, phoneColumn: String, phones: String?) -> [(key: String, value: JSONValue)] {
        [("id", id.map(JSONValue.string) ?? .null), (phoneColumn, phones.map(JSONValue.string) ?? .null)]
    }
}
