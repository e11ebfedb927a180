import Foundation
import SMSC
import SMSCBulk

extension ResultRecord {
    /// Labels for the readable output; wire names not listed here are shown as they are.
    private static let labels: [String: String] = [
        "id": "Message ID",
        "cnt": "SMS count",
        "cost": "Cost",
        "balance": "Balance",
        "errors": "Rejected",
        "status": "Status",
        "last_date": "Last change",
        "last_timestamp": "Last change (Unix)",
        "err": "Delivery error",
        "send_date": "Sent at",
        "send_timestamp": "Sent at (Unix)",
        "phone": "Phone",
        "sender_id": "Sender",
        "status_name": "Status name",
        "message": "Message",
        "operator": "Operator",
        "region": "Region",
        "confirmed_by": "Confirmed by",
        "attempts": "Attempts",
    ]

    /// The order a reader wants: what happened first, money last.
    private static let textOrder = [
        "id", "status", "status_name", "last_date", "err", "send_date", "phone", "sender_id", "message", "operator",
        "region",
        "cnt", "cost", "balance", "errors",
    ]

    /// One aligned `Label:  value` line per field; a rejected number gets a line of its own. Unix timestamps are
    /// left out when the date they repeat is there.
    var text: String {
        var ordered = Self.textOrder.compactMap { key in self[key].map { (key: key, value: $0) } }
        var redundant: Set<String> = []
        if self["last_date"] != nil { redundant.insert("last_timestamp") }
        if self["send_date"] != nil { redundant.insert("send_timestamp") }
        ordered += members.filter { !Self.textOrder.contains($0.key) && !redundant.contains($0.key) }
        var lines: [(label: String, value: String)] = []
        for (key, value) in ordered {
            let label = Self.labels[key] ?? key
            switch (key, value) {
            case ("errors", .array(let items)):
                for item in items {
                    lines.append((label, Self.describeRejection(item)))
                }
            case ("status", .number(let code)):
                // The number alone means little to a reader; the library knows SMSC's documented meanings.
                lines.append((label, Int(code).map { "\(SMSCDeliveryStatus(code: $0)) (\(code))" } ?? code))
            case ("last_date", .string(let date)), ("send_date", .string(let date)):
                lines.append((label, date.isEmpty ? date : "\(date) Moscow time"))
            default:
                lines.append((label, Self.plain(value)))
            }
        }
        let width = (lines.map(\.label.count).max() ?? 0) + 2
        return lines.map { line in
            (line.label + ":").padding(toLength: width, withPad: " ", startingAt: 0) + line.value
        }.joined(separator: "\n")
    }

    private static func describeRejection(_ item: JSONValue) -> String {
        guard case .object(let fields) = item else { return plain(item) }
        let phone = fields.first { $0.key == "phone" }.map { plain($0.value) } ?? "?"
        guard let status = fields.first(where: { $0.key == "status" })?.value else { return phone }
        if case .number(let code) = status, let number = Int(code) {
            let meaning = SMSCDeliveryStatus(code: number)
            if !meaning.isDocumented { return "\(phone) (status \(code))" }
            return "\(phone) (\(meaning), status \(code))"
        }
        return "\(phone) (status \(plain(status)))"
    }

    private static func plain(_ value: JSONValue) -> String {
        switch value {
        case .string(let text), .number(let text): text.isEmpty ? "-" : text
        case .null: "-"
        default: value.serialized
        }
    }
}
