public import Foundation

/// A message's status (`get_status`, `get_status2`); fields beyond ``deliveryStatus`` depend on
/// ``SMSCStatusDetail``.
public struct SMSCMessageStatus: Sendable, Hashable {
    /// Where the message is: waiting, transferred to the operator, delivered, or a failure (`status`).
    public var deliveryStatus: SMSCDeliveryStatus
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
    /// The recipient's number, as the service wrote it (`phone`).
    public var phone: String?
    /// What the message cost, in the account's currency (`cost`).
    public var cost: Decimal?
    /// The sender name the message went out with (`sender_id`).
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

    /// Makes a status; each parameter sets the property of the same name. The client makes its own from the reply;
    /// this is for test doubles and fixtures.
    public init(
        deliveryStatus: SMSCDeliveryStatus,
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
        self.deliveryStatus = deliveryStatus
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
