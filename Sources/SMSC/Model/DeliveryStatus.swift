/// A message's delivery status (`status`), with SMSC's documented codes.
public enum DeliveryStatus: Sendable, Hashable, CustomStringConvertible {
    /// -3: the message is not found (or not yet known).
    case notFound
    /// -2: stopped.
    case stopped
    /// -1: waiting to be sent.
    case waiting
    /// 0: handed over to the operator.
    case transferred
    /// 1: delivered.
    case delivered
    /// 2: read.
    case read
    /// 3: expired.
    case expired
    /// 4: a link in it was clicked.
    case linkClicked
    /// 20: impossible to deliver.
    case undeliverable
    /// 22: invalid number.
    case invalidNumber
    /// 23: prohibited.
    case prohibited
    /// 24: insufficient funds.
    case insufficientFunds
    /// 25: unavailable number.
    case unavailableNumber
    /// Any other code.
    case unknown(Int)

    public init(code: Int) {
        switch code {
        case -3: self = .notFound
        case -2: self = .stopped
        case -1: self = .waiting
        case 0: self = .transferred
        case 1: self = .delivered
        case 2: self = .read
        case 3: self = .expired
        case 4: self = .linkClicked
        case 20: self = .undeliverable
        case 22: self = .invalidNumber
        case 23: self = .prohibited
        case 24: self = .insufficientFunds
        case 25: self = .unavailableNumber
        default: self = .unknown(code)
        }
    }

    /// The numeric code on the wire.
    public var code: Int {
        switch self {
        case .notFound: -3
        case .stopped: -2
        case .waiting: -1
        case .transferred: 0
        case .delivered: 1
        case .read: 2
        case .expired: 3
        case .linkClicked: 4
        case .undeliverable: 20
        case .invalidNumber: 22
        case .prohibited: 23
        case .insufficientFunds: 24
        case .unavailableNumber: 25
        case .unknown(let code): code
        }
    }

    /// Whether the status can still change (waiting or handed over).
    public var isPending: Bool {
        self == .waiting || self == .transferred
    }

    public var description: String {
        switch self {
        case .notFound: "not found"
        case .stopped: "stopped"
        case .waiting: "waiting to be sent"
        case .transferred: "transferred to the operator"
        case .delivered: "delivered"
        case .read: "read"
        case .expired: "expired"
        case .linkClicked: "link clicked"
        case .undeliverable: "impossible to deliver"
        case .invalidNumber: "invalid number"
        case .prohibited: "prohibited"
        case .insufficientFunds: "insufficient funds"
        case .unavailableNumber: "unavailable number"
        case .unknown(let code): "status \(code)"
        }
    }
}

/// How much a status request returns (`all`).
public enum StatusDetail: Int, Sendable, Hashable, CaseIterable {
    /// `all=0`: status, last change and delivery error.
    case basic = 0
    /// `all=1`: adds send date, phone, cost, sender, status name and text.
    case full = 1
    /// `all=2`: adds the operator and the region.
    case fullWithOperator = 2
}

/// An operator-level delivery error (`err`), kept as its number: the operators' codes are many and change.
public struct DeliveryErrorCode: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    public var rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// No error (`0`).
    public static let none = DeliveryErrorCode(rawValue: 0)

    public var description: String { String(rawValue) }
}
