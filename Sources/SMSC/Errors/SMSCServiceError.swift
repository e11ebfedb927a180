/// An `error` code the service returned, with its meaning for the operation that returned it: the same number
/// means different things (3 is "insufficient funds" for a send but "message not found" for a status).
public struct SMSCServiceError: Sendable, Hashable, CustomStringConvertible {
    /// What a code means for the operation that returned it. New kinds may be added as the service documents them.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// An error in the request's parameters.
        public static let invalidParameters = Kind("invalid_parameters")
        /// Wrong login, password or API key, or a client IP the account does not allow.
        public static let invalidCredentials = Kind("invalid_credentials")
        /// The balance does not cover the message.
        public static let insufficientFunds = Kind("insufficient_funds")
        /// No message with that phone and id.
        public static let messageNotFound = Kind("message_not_found")
        /// Too many failed requests: the client IP is blocked for a while.
        public static let ipTemporarilyBlocked = Kind("ip_temporarily_blocked")
        /// The send time is not in a documented format.
        public static let invalidDateFormat = Kind("invalid_date_format")
        /// The text or sender name is refused (mass or advertising messages without a contract).
        public static let messageDenied = Kind("message_denied")
        /// The phone number is not in a valid format.
        public static let invalidPhoneFormat = Kind("invalid_phone_format")
        /// The message cannot be delivered to the number.
        public static let undeliverable = Kind("undeliverable")
        /// Too many requests: identical sends within a minute, 15 or more simultaneous connections, or the
        /// per-minute limits of cost, status and balance requests.
        public static let rateLimited = Kind("rate_limited")
        /// A code the documentation does not give for this operation.
        public static let undocumented = Kind("undocumented")

        /// A stable snake_case name (`rate_limited`).
        public var description: String { name }
    }

    /// The number in `error`.
    public let code: Int
    /// What the code means for the operation.
    public let kind: Kind
    /// The documented meaning for the operation.
    public let meaning: String

    /// The error `code` as `operation` documents it, with its ``kind`` and ``meaning``.
    package init(code: Int, operation: SMSCOperation) {
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
        default: family = .other
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
            return (
                .rateLimited,
                "an identical send within a minute, or 15 or more simultaneous connections under one login"
            )
        case (9, .cost): return (.rateLimited, "more than 5 identical cost requests within a minute")
        case (9, .status): return (.rateLimited, "more than 5 status requests for one message within a minute")
        case (9, .balance): return (.rateLimited, "more than 10 balance requests within a minute")
        default: return (.undocumented, "an error code the documentation does not give for \(operation)")
        }
    }

    private enum Family {
        case send, cost, status, balance, other
    }
}
