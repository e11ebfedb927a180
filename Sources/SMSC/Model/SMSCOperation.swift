/// An operation of the SMSC SOAP service, by its WSDL name.
///
/// A struct with static members rather than an enum: the live WSDL may gain operations, and adding one must not
/// break code that switches over these.
public struct SMSCOperation: Sendable, Hashable, CustomStringConvertible {
    /// The WSDL operation name (`send_sms2`).
    public let wireName: String

    private init(_ wireName: String) {
        self.wireName = wireName
    }

    /// `get_balance`.
    public static let getBalance = SMSCOperation("get_balance")
    /// `send_sms`.
    public static let sendSMS = SMSCOperation("send_sms")
    /// `send_sms2`: a send with a query (options or an API key).
    public static let sendSMS2 = SMSCOperation("send_sms2")
    /// `get_sms_cost`.
    public static let getSMSCost = SMSCOperation("get_sms_cost")
    /// `get_sms_cost2`: a cost with a query.
    public static let getSMSCost2 = SMSCOperation("get_sms_cost2")
    /// `get_status`.
    public static let getStatus = SMSCOperation("get_status")
    /// `get_status2`: a status with a query.
    public static let getStatus2 = SMSCOperation("get_status2")

    /// The operations this version of the client calls, in the WSDL's order.
    public static let allCases: [SMSCOperation] = [
        .getBalance, .sendSMS, .sendSMS2, .getSMSCost, .getSMSCost2, .getStatus, .getStatus2,
    ]

    /// Whether calling it twice has the effect of calling it once: everything but sending.
    package var isIdempotent: Bool {
        self != .sendSMS && self != .sendSMS2
    }

    public var description: String { wireName }
}
