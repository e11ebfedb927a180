public import Foundation

/// What a send returned (`send_sms`, `send_sms2`), or, when its reply was lost, what `get_status` confirmed.
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
    /// Every simple field as received, by wire name; empty when the send was confirmed by ``confirmingStatus``.
    public var wireValues: [String: String]
    /// How many times the request was sent: more than 1 only when a reply was lost and `get_status` then said the
    /// service did not have the message.
    public var attempts: Int
    /// When the send's reply was lost and `get_status` found the message: its status then. The send went through;
    /// ``messageCount`` and ``balance`` are unknown (`nil`), and ``cost`` is the status's, if it had one.
    public var confirmingStatus: SMSCMessageStatus?

    /// Makes a result; each parameter sets the property of the same name. The client makes its own from the reply;
    /// this is for test doubles and fixtures.
    public init(
        id: SMSCMessageID?,
        messageCount: Int?,
        cost: Decimal?,
        balance: Decimal?,
        phoneErrors: [SMSCPhoneError],
        wireValues: [String: String],
        attempts: Int = 1,
        confirmingStatus: SMSCMessageStatus? = nil
    ) {
        self.id = id
        self.messageCount = messageCount
        self.cost = cost
        self.balance = balance
        self.phoneErrors = phoneErrors
        self.wireValues = wireValues
        self.attempts = attempts
        self.confirmingStatus = confirmingStatus
    }
}
