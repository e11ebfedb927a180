public import Foundation

/// What a cost request returned (`get_sms_cost`, `get_sms_cost2`).
public struct SMSCCostEstimate: Sendable, Hashable {
    /// What the send would cost, in the account's currency (`cost`).
    public var amount: Decimal
    /// How many SMS the send would take: parts × recipients (`cnt`).
    public var messageCount: Int
    /// Every field as received, by wire name.
    public var wireValues: [String: String]

    /// Makes an estimate; each parameter sets the property of the same name. The client makes its own from the
    /// reply; this is for test doubles and fixtures.
    public init(amount: Decimal, messageCount: Int, wireValues: [String: String]) {
        self.amount = amount
        self.messageCount = messageCount
        self.wireValues = wireValues
    }
}
