import Foundation
import SMSC

/// A status reply's fields: the basics, then what `all=1` and `all=2` add, as the service documents them.
struct SandboxStatusFields {
    var status: String?
    var lastDate: String?
    var lastTimestamp: String?
    var err: String?
    var error: String?
    var sendDate: String?
    var sendTimestamp: String?
    var phone: String?
    var cost: String?
    var senderID: String?
    var statusName: String?
    var message: String?
    var `operator`: String?
    var region: String?

    init(error code: Int) {
        error = String(code)
    }

    /// The status of `sent` at `now`: waiting (-1) until it leaves and the timeline's transfer delay has passed,
    /// then transferred to the operator (0), then delivered (1).
    init(
        message sent: SandboxLedger.SentMessage,
        detail: Int,
        timeline: SandboxConfiguration.DeliveryTimeline,
        now: Date
    ) {
        let transferredAt = sent.leavesAt.addingTimeInterval(timeline.transferredAfter.seconds)
        let deliveredAt = sent.leavesAt.addingTimeInterval(timeline.deliveredAfter.seconds)
        let code: Int
        let changedAt: Date
        if now >= deliveredAt {
            (code, changedAt) = (1, deliveredAt)
        } else if now >= transferredAt {
            (code, changedAt) = (0, transferredAt)
        } else {
            (code, changedAt) = (-1, sent.acceptedAt)
        }
        status = String(code)
        lastDate = MoscowTime.text(for: changedAt)
        lastTimestamp = String(Int(changedAt.timeIntervalSince1970.rounded(.down)))
        err = "0"
        guard detail >= 1 else { return }
        sendDate = MoscowTime.text(for: sent.leavesAt)
        sendTimestamp = String(Int(sent.leavesAt.timeIntervalSince1970.rounded(.down)))
        phone = sent.phone
        cost = MoneyText.text(sent.cost)
        senderID = sent.sender
        statusName = Self.statusNames[code]
        message = sent.text
        guard detail >= 2 else { return }
        (`operator`, region) = Self.network(of: sent.phone)
    }

    /// The account language's status names (the service answers Russian accounts in Russian).
    private static let statusNames = [-1: "Ожидает отправки", 0: "Передано оператору", 1: "Доставлено"]

    /// An invented but stable operator and region for a number, so `all=2` replies have realistic content.
    private static func network(of phone: String) -> (String, String) {
        if phone.hasPrefix("77") { return ("Kcell", "Алматы") }
        if phone.hasPrefix("7") {
            let operators = ["МТС", "Билайн", "МегаФон", "Tele2"]
            let digit = phone.dropFirst(3).first?.wholeNumberValue ?? 0
            return (operators[digit % operators.count], "Москва")
        }
        if phone.hasPrefix("380") { return ("Киевстар", "Киев") }
        return ("Sandbox Mobile", "Sandbox")
    }

    var statusResponse: SMSCSOAP.StatusResponseType {
        .init(
            status: status,
            lastDate: lastDate,
            lastTimestamp: lastTimestamp,
            err: err,
            error: error,
            sendDate: sendDate,
            sendTimestamp: sendTimestamp,
            phone: phone,
            cost: cost,
            senderID: senderID,
            statusName: statusName,
            message: message,
            operator: `operator`,
            region: region
        )
    }

    var status2Response: SMSCSOAP.Status2ResponseType {
        .init(
            status: status,
            lastDate: lastDate,
            lastTimestamp: lastTimestamp,
            err: err,
            error: error,
            sendDate: sendDate,
            sendTimestamp: sendTimestamp,
            phone: phone,
            cost: cost,
            senderID: senderID,
            statusName: statusName,
            message: message,
            operator: `operator`,
            region: region
        )
    }
}
