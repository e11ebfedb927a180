import Foundation
import SMSC
import SMSCBulk

/// A result as the tool prints it: the fields the service sent, by wire name, in the order of its operation.
///
/// Values come from the reply's text (``SMSC/SMSCBalance/wireValues`` and friends), so money keeps its decimal text
/// (`2.50`) and nothing passes through a `Double`. Numeric fields become JSON numbers; when the service's text is
/// not a JSON number literal (`+5`, ` 2.50`), the typed value's canonical decimal form (`Decimal`'s plain
/// description, an integer's digits) is written instead.
struct ResultRecord: Sendable {
    /// The fields in output order.
    var members: [(key: String, value: JSONValue)]

    /// The known wire fields of each reply, in output order: the WSDL's order for balance, cost and status, and for
    /// a send the id, then what it used and cost, then the balance left. Unknown fields follow, sorted by name.
    enum FieldOrder {
        static let balance = ["balance"]
        static let send = ["id", "cnt", "cost", "balance", "errors"]
        static let cost = ["cost", "cnt"]
        static let status = [
            "status", "last_date", "last_timestamp", "err", "send_date", "send_timestamp", "phone", "cost", "sender_id",
            "status_name", "message", "operator", "region",
        ]
    }

    /// Fields written as JSON numbers. `id` is not one: identifiers are text, whatever they look like.
    static let numericFields: Set<String> = [
        "cnt", "cost", "balance", "status", "err", "last_timestamp", "send_timestamp",
    ]

    init(_ balance: SMSCBalance) {
        self.init(order: FieldOrder.balance, wire: balance.wireValues) { _ in balance.amount.description }
    }

    /// A send's fields; for a send whose reply was lost and that `get_status` confirmed, its id,
    /// `"confirmed_by":"get_status"` and the status then. `attempts` follows when the request went more than once.
    init(_ result: SMSCSendResult) {
        if let status = result.confirmingStatus {
            self.init(members: [
                (key: "id", value: .string(result.id?.rawValue ?? "")),
                (key: "confirmed_by", value: .string("get_status")),
                (key: "status", value: .number(exactly: String(status.deliveryStatus.code)) ?? .null),
            ])
            if result.attempts > 1 {
                members.append((key: "attempts", value: .number(exactly: String(result.attempts)) ?? .null))
            }
            return
        }
        let errors: [JSONValue] = result.phoneErrors.map { error in
            .object([
                (key: "phone", value: .string(error.phone)),
                (key: "status", value: Self.number(error.wireStatus, canonical: String(error.status.code))),
            ])
        }
        self.init(order: FieldOrder.send, wire: result.wireValues, errors: errors) { key in
            switch key {
            case "cnt": result.messageCount.map { String($0) }
            case "cost": result.cost?.description
            case "balance": result.balance?.description
            default: nil
            }
        }
        if result.attempts > 1 {
            members.append((key: "attempts", value: .number(exactly: String(result.attempts)) ?? .null))
        }
    }

    init(_ estimate: SMSCCostEstimate) {
        self.init(order: FieldOrder.cost, wire: estimate.wireValues) { key in
            switch key {
            case "cnt": String(estimate.messageCount)
            case "cost": estimate.amount.description
            default: nil
            }
        }
    }

    init(_ status: SMSCMessageStatus) {
        self.init(order: FieldOrder.status, wire: status.wireValues) { key in
            switch key {
            case "status": String(status.deliveryStatus.code)
            case "err": status.deliveryError.map { String($0.rawValue) }
            case "cost": status.cost?.description
            case "last_timestamp": status.lastChangeTimestamp.map { String(Int64($0.timeIntervalSince1970)) }
            case "send_timestamp": status.sendTimestamp.map { String(Int64($0.timeIntervalSince1970)) }
            default: nil
            }
        }
    }

    private init(members: [(key: String, value: JSONValue)]) {
        self.members = members
    }

    /// - Parameters:
    ///   - order: The operation's known fields, in output order.
    ///   - wire: Every simple field as received; `error` is left out (it is 0 when there is a result at all).
    ///   - errors: The `errors` list, when the service sent one.
    ///   - typed: The canonical decimal text of a numeric field the library parsed, for a reply whose text is not a
    ///     JSON number; asked only then.
    private init(
        order: [String],
        wire: [String: String],
        errors: [JSONValue] = [],
        typed: (String) -> String?
    ) {
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(wire.count + 1)
        var matched = wire["error"] == nil ? 0 : 1
        for key in order {
            if key == "errors" {
                if !errors.isEmpty { members.append((key: key, value: .array(errors))) }
                continue
            }
            guard let text = wire[key] else { continue }
            matched += 1
            if Self.numericFields.contains(key) {
                // The service's text when it is a JSON number, else the typed value's canonical form; `null` when
                // the field was sent empty (the library reads an empty field as absent: there is no typed value).
                let value = JSONValue.number(exactly: text) ?? typed(key).flatMap { JSONValue.number(exactly: $0) }
                members.append((key: key, value: value ?? .null))
            } else {
                members.append((key: key, value: .string(text)))
            }
        }
        // Fields beyond the operation's are rare: looked for only when the reply has more than it knows.
        if wire.count > matched {
            let known = Set(order).union(["error"])
            for key in wire.keys.filter({ !known.contains($0) }).sorted() {
                members.append((key: key, value: .string(wire[key]!)))
            }
        }
        self.members = members
    }

    /// The service's text when it is a JSON number, else the canonical form; `null` when neither is one.
    private static func number(_ text: String, canonical: String?) -> JSONValue {
        JSONValue.number(exactly: text) ?? canonical.flatMap { JSONValue.number(exactly: $0) } ?? .null
    }

    /// The record as one JSON object.
    var json: JSONValue {
        .object(members)
    }

    /// The value of `key`, when present.
    subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }
}
