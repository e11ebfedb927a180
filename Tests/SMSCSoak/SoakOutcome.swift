/// How one message ended, as the soak counts it.
public enum SoakOutcome: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case pending = 0
    /// The service's reply said it was sent.
    case sent
    /// The reply was lost; get_status found the message.
    case confirmedByStatus
    /// The reply was lost; get_status did not find it, and the same request, sent again, went through.
    case sentAgain
    /// It failed, and certainly was not sent (the service refused it, or get_status said it does not have it).
    case failedNotSent
    /// It failed, and may have been sent: the client could not find out.
    case inDoubt

    public var description: String {
        switch self {
        case .pending: "pending"
        case .sent: "sent"
        case .confirmedByStatus: "confirmed by get_status"
        case .sentAgain: "sent again"
        case .failedNotSent: "failed, not sent"
        case .inDoubt: "in doubt"
        }
    }
}
