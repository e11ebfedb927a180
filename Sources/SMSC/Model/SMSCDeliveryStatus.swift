/// A message's delivery status (`status`), with SMSC's documented codes as static members.
///
/// A struct rather than an enum, so that statuses the service documents later can be added without breaking code
/// that switches over them; any code the documentation does not name is kept as it came (``code``).
public struct SMSCDeliveryStatus: Sendable, Hashable, CustomStringConvertible {
    /// The numeric code on the wire.
    public let code: Int

    /// A status from its numeric code.
    public init(code: Int) {
        self.code = code
    }

    /// -3: the message is not found (or not yet known).
    public static let notFound = SMSCDeliveryStatus(code: -3)
    /// -2: stopped.
    public static let stopped = SMSCDeliveryStatus(code: -2)
    /// -1: waiting to be sent.
    public static let waiting = SMSCDeliveryStatus(code: -1)
    /// 0: handed over to the operator.
    public static let transferred = SMSCDeliveryStatus(code: 0)
    /// 1: delivered.
    public static let delivered = SMSCDeliveryStatus(code: 1)
    /// 2: read.
    public static let read = SMSCDeliveryStatus(code: 2)
    /// 3: expired.
    public static let expired = SMSCDeliveryStatus(code: 3)
    /// 4: a link in it was clicked.
    public static let linkClicked = SMSCDeliveryStatus(code: 4)
    /// 20: impossible to deliver.
    public static let undeliverable = SMSCDeliveryStatus(code: 20)
    /// 22: invalid number.
    public static let invalidNumber = SMSCDeliveryStatus(code: 22)
    /// 23: prohibited.
    public static let prohibited = SMSCDeliveryStatus(code: 23)
    /// 24: insufficient funds.
    public static let insufficientFunds = SMSCDeliveryStatus(code: 24)
    /// 25: unavailable number.
    public static let unavailableNumber = SMSCDeliveryStatus(code: 25)

    /// Whether the documentation names this code.
    public var isDocumented: Bool {
        Self.meanings[code] != nil
    }

    /// Whether the status can still change (waiting or handed over).
    public var isPending: Bool {
        self == .waiting || self == .transferred
    }

    /// The documented meaning, or `status N` for a code the documentation does not name.
    public var description: String {
        Self.meanings[code] ?? "status \(code)"
    }

    private static let meanings: [Int: String] = [
        -3: "not found",
        -2: "stopped",
        -1: "waiting to be sent",
        0: "transferred to the operator",
        1: "delivered",
        2: "read",
        3: "expired",
        4: "link clicked",
        20: "impossible to deliver",
        22: "invalid number",
        23: "prohibited",
        24: "insufficient funds",
        25: "unavailable number",
    ]
}

/// How much a status request returns (`all`).
public enum SMSCStatusDetail: Int, Sendable, Hashable, CaseIterable {
    /// `all=0`: status, last change and delivery error.
    case basic = 0
    /// `all=1`: adds send date, phone, cost, sender, status name and text.
    case full = 1
    /// `all=2`: adds the operator and the region.
    case fullWithOperator = 2
}

/// An operator-level delivery error (`err`), kept as its number: the operators' codes are many and change.
public struct SMSCDeliveryErrorCode: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    public var rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// No error (`0`).
    public static let none = SMSCDeliveryErrorCode(rawValue: 0)

    public var description: String { String(rawValue) }
}
