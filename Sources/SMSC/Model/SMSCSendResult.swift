public import Foundation

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
