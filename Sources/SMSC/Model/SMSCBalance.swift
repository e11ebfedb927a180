public import Foundation

/// The account balance (`get_balance`).
public struct SMSCBalance: Sendable, Hashable {
    /// The balance in the account's currency.
    public var amount: Decimal
    /// Every field as received, by wire name.
    public var wireValues: [String: String]

    /// Makes a balance; each parameter sets the property of the same name. The client makes its own from the reply;
    /// this is for test doubles and fixtures.
    public init(amount: Decimal, wireValues: [String: String]) {
        self.amount = amount
        self.wireValues = wireValues
    }
}
