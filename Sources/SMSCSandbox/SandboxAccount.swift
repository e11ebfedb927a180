public import Foundation

/// An account the sandbox accepts: a login and password, API keys for the "2" operations, and money.
public struct SandboxAccount: Sendable, Hashable {
    /// The `login` requests must carry; unique among the accounts.
    public var login: String
    /// The `psw` requests must carry with it.
    public var password: String
    /// Keys accepted as `apikey=KEY` in the query of `send_sms2`, `get_sms_cost2` and `get_status2`.
    public var apiKeys: [String]
    /// The starting balance; sends take their cost from it.
    public var balance: Decimal

    /// Creates an account.
    ///
    /// - Parameters:
    ///   - login: The login; not empty.
    ///   - password: The password.
    ///   - balance: The starting balance; zero or more.
    ///   - apiKeys: Keys for the "2" operations; each key belongs to one account only.
    public init(login: String, password: String, balance: Decimal, apiKeys: [String] = []) {
        self.login = login
        self.password = password
        self.balance = balance
        self.apiKeys = apiKeys
    }

    /// The documented demo account: login `demo`, password `demo`, 1000.00 to spend.
    public static let demo = SandboxAccount(login: "demo", password: "demo", balance: 1000)
}
