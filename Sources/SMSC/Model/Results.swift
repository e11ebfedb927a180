public import Foundation

/// The account balance (`get_balance`).
public struct SMSCBalance: Sendable, Hashable {
    /// The balance in the account's currency.
    public var amount: Decimal
    /// Every field as received, by wire name.
    public var wireValues: [String: String]

    public init(amount: Decimal, wireValues: [String: String]) {
        self.amount = amount
        self.wireValues = wireValues
    }
}

/// What a send returned (`send_sms`, `send_sms2`).
public struct SMSCSendResult: Sendable, Hashable {
    /// The message's identifier: the one sent, or the one the service assigned.
    public var id: SMSCMessageID?
    /// How many SMS were sent: parts × recipients (`cnt`).
    public var messageCount: Int?
    /// The cost, when the service reports it (`cost`).
    public var cost: Decimal?
    /// The new balance, when the service reports it (`balance`).
    public var balance: Decimal?
    /// Numbers that were rejected, when `reportInvalidPhones` was set (`errors`).
    public var phoneErrors: [SMSCPhoneError]
    /// Every simple field as received, by wire name.
    public var wireValues: [String: String]

    public init(id: SMSCMessageID?, messageCount: Int?, cost: Decimal?, balance: Decimal?, phoneErrors: [SMSCPhoneError], wireValues: [String: String]) {
        self.id = id
        self.messageCount = messageCount
        self.cost = cost
        self.balance = balance
        self.phoneErrors = phoneErrors
        self.wireValues = wireValues
    }
}

/// A number the service refused in a send (`errors` item).
public struct SMSCPhoneError: Sendable, Hashable {
    /// The number as the service wrote it.
    public var phone: String
    /// The status the service gave it.
    public var status: SMSCDeliveryStatus
    /// The status exactly as received.
    public var wireStatus: String

    public init(phone: String, status: SMSCDeliveryStatus, wireStatus: String) {
        self.phone = phone
        self.status = status
        self.wireStatus = wireStatus
    }
}

/// What a cost request returned (`get_sms_cost`, `get_sms_cost2`).
public struct SMSCCostEstimate: Sendable, Hashable {
    public var cost: Decimal
    /// How many SMS the send would take: parts × recipients (`cnt`).
    public var messageCount: Int
    /// Every field as received, by wire name.
    public var wireValues: [String: String]

    public init(cost: Decimal, messageCount: Int, wireValues: [String: String]) {
        self.cost = cost
        self.messageCount = messageCount
        self.wireValues = wireValues
    }
}

/// A message's status (`get_status`, `get_status2`); fields beyond ``status`` depend on ``SMSCStatusDetail``.
public struct SMSCMessageStatus: Sendable, Hashable {
    public var status: SMSCDeliveryStatus
    /// When the status last changed (`last_date`, Moscow time, read as an instant).
    public var lastChange: Date?
    /// `last_timestamp`.
    public var lastChangeTimestamp: Date?
    /// The operator's delivery error (`err`).
    public var deliveryError: SMSCDeliveryErrorCode?
    /// When the message was sent (`send_date`, Moscow time).
    public var sendDate: Date?
    /// `send_timestamp`.
    public var sendTimestamp: Date?
    public var phone: String?
    public var cost: Decimal?
    public var senderID: String?
    /// The status in words, in the account's language (`status_name`).
    public var statusName: String?
    /// The text of the message.
    public var message: String?
    /// The recipient's operator (`operator`, with ``SMSCStatusDetail/fullWithOperator``).
    public var `operator`: String?
    /// The recipient's region (`region`, with ``SMSCStatusDetail/fullWithOperator``).
    public var region: String?
    /// Every field as received, by wire name.
    public var wireValues: [String: String]

    public init(
        status: SMSCDeliveryStatus,
        lastChange: Date? = nil,
        lastChangeTimestamp: Date? = nil,
        deliveryError: SMSCDeliveryErrorCode? = nil,
        sendDate: Date? = nil,
        sendTimestamp: Date? = nil,
        phone: String? = nil,
        cost: Decimal? = nil,
        senderID: String? = nil,
        statusName: String? = nil,
        message: String? = nil,
        operator: String? = nil,
        region: String? = nil,
        wireValues: [String: String] = [:]
    ) {
        self.status = status
        self.lastChange = lastChange
        self.lastChangeTimestamp = lastChangeTimestamp
        self.deliveryError = deliveryError
        self.sendDate = sendDate
        self.sendTimestamp = sendTimestamp
        self.phone = phone
        self.cost = cost
        self.senderID = senderID
        self.statusName = statusName
        self.message = message
        self.operator = `operator`
        self.region = region
        self.wireValues = wireValues
    }
}
