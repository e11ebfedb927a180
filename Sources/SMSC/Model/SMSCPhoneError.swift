/// A number the service refused in a send (`errors` item).
public struct SMSCPhoneError: Sendable, Hashable {
    /// The number as the service wrote it.
    public var phone: String
    /// The status the service gave it.
    public var status: SMSCDeliveryStatus
    /// The status exactly as received.
    public var wireStatus: String

    public init(phone: String, status: SMSCDeliveryStatus, wireStatus: String) {
        self.phone = phone
        self.status = status
        self.wireStatus = wireStatus
    }
}
