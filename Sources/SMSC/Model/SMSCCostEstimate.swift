public import Foundation

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
