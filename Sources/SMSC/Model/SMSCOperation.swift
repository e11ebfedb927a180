/// The seven operations of the SMSC SOAP service.
public enum SMSCOperation: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case getBalance = "get_balance"
    case sendSMS = "send_sms"
    case sendSMS2 = "send_sms2"
    case getSMSCost = "get_sms_cost"
    case getSMSCost2 = "get_sms_cost2"
    case getStatus = "get_status"
    case getStatus2 = "get_status2"

    /// The WSDL operation name.
    public var wireName: String { rawValue }

    /// Whether calling it twice has the effect of calling it once: everything but sending.
    public var isIdempotent: Bool {
        self != .sendSMS && self != .sendSMS2
    }

    public var description: String { rawValue }
}
