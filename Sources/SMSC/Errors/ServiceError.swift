/// An `error` code the service returned, with its meaning for the operation that returned it: the same number
/// means different things (3 is "insufficient funds" for a send but "message not found" for a status).
public struct ServiceError: Sendable, Hashable, CustomStringConvertible {
    /// What the code means for the operation.
    public enum Kind: Sendable, Hashable {
        case invalidParameters
        /// Wrong login, password or API key, or a client IP the account does not allow.
        case invalidCredentials
        case insufficientFunds
        case messageNotFound
        /// Too many failed requests: the client IP is blocked for a while.
        case ipTemporarilyBlocked
        case invalidDateFormat
        /// The text or sender name is refused (mass or advertising messages without a contract).
        case messageDenied
        case invalidPhoneFormat
        case undeliverable
        /// Too many requests: identical sends within a minute, 15 or more simultaneous connections, or the
        /// per-minute limits of cost, status and balance requests.
        case rateLimited
        /// A code the documentation does not give for this operation.
        case undocumented
    }

    /// The number in `error`.
    public var code: Int
    public var kind: Kind
    /// The documented meaning for the operation.
    public var meaning: String

    public init(code: Int, operation: SMSCOperation) {
        self.code = code
        (kind, meaning) = Self.meaning(of: code, for: operation)
    }

    public var description: String { "\(code) (\(meaning))" }

    private static func meaning(of code: Int, for operation: SMSCOperation) -> (Kind, String) {
        let family: Family
        switch operation {
        case .sendSMS, .sendSMS2: family = .send
        case .getSMSCost, .getSMSCost2: family = .cost
        case .getStatus, .getStatus2: family = .status
        case .getBalance: family = .balance
        }
        switch (code, family) {
        case (1, _): return (.invalidParameters, "error in parameters")
        case (2, _): return (.invalidCredentials, "invalid login or password, or the client IP is not allowed")
        case (3, .send), (3, .cost): return (.insufficientFunds, "insufficient funds")
        case (3, .status): return (.messageNotFound, "message not found")
        case (4, _): return (.ipTemporarilyBlocked, "the client IP is temporarily blocked after frequent errors")
        case (5, .send), (5, .cost): return (.invalidDateFormat, "invalid date format")
        case (6, .send), (6, .cost): return (.messageDenied, "message denied (text or sender name)")
        case (7, .send), (7, .cost): return (.invalidPhoneFormat, "invalid phone number format")
        case (8, .send), (8, .cost): return (.undeliverable, "the message cannot be delivered to the number")
        case (9, .send):
            return (.rateLimited, "an identical send within a minute, or 15 or more simultaneous connections under one login")
        case (9, .cost): return (.rateLimited, "more than 5 identical cost requests within a minute")
        case (9, .status): return (.rateLimited, "more than 5 status requests for one message within a minute")
        case (9, .balance): return (.rateLimited, "more than 10 balance requests within a minute")
        default: return (.undocumented, "an error code the documentation does not give for \(operation)")
        }
    }

    private enum Family {
        case send, cost, status, balance
    }
}
