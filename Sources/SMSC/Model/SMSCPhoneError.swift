/// A number the service refused in a send (`errors` item).
public struct SMSCPhoneError: Sendable, Hashable {
    /// The number as the service wrote it.
    public var phone: String
    /// The status the service gave it.
    public var status: SMSCDeliveryStatus
    /// The status exactly as received.
    public var wireStatus: String

    /// Makes a refused number; each parameter sets the property of the same name.
    public init(phone: String, status: SMSCDeliveryStatus, wireStatus: String) {
        self.phone = phone
        self.status = status
        self.wireStatus = wireStatus
    }
}
