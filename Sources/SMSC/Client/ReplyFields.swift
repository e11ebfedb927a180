// The WSDL declares the plain and "2" replies as separate complex types with identical fields
// (StatusResponseType / Status2ResponseType, CostResponseType / Cost2ResponseType), and Send2ResponseType adds only
// `errors`. These protocols name the fields the generated types already have, so each reply is mapped to its typed
// result once.

/// The fields of `SendResponseType` and `Send2ResponseType`.
protocol SendReplyFields {
    var id: String? { get }
    var balance: String? { get }
    var cost: String? { get }
    var cnt: String? { get }
    var error: String? { get }
    /// `errors`: the numbers the message could not go to (only `send_sms2` replies carry them).
    var rejectedPhones: [SMSCSOAP.ErrorType] { get }
    var lexicalValues: [String: String] { get }
}

/// The fields of `CostResponseType` and `Cost2ResponseType`.
protocol CostReplyFields {
    var cost: String? { get }
    var cnt: String? { get }
    var error: String? { get }
    var lexicalValues: [String: String] { get }
}

/// The fields of `StatusResponseType` and `Status2ResponseType`.
protocol StatusReplyFields {
    var status: String? { get }
    var lastDate: String? { get }
    var lastTimestamp: String? { get }
    var err: String? { get }
    var error: String? { get }
    var sendDate: String? { get }
    var sendTimestamp: String? { get }
    var phone: String? { get }
    var cost: String? { get }
    var senderID: String? { get }
    var statusName: String? { get }
    var message: String? { get }
    var `operator`: String? { get }
    var region: String? { get }
    var lexicalValues: [String: String] { get }
}

extension SMSCSOAP.SendResponseType: SendReplyFields {
    var rejectedPhones: [SMSCSOAP.ErrorType] { [] }
}

extension SMSCSOAP.Send2ResponseType: SendReplyFields {
    var rejectedPhones: [SMSCSOAP.ErrorType] { errors }
}

extension SMSCSOAP.CostResponseType: CostReplyFields {}
extension SMSCSOAP.Cost2ResponseType: CostReplyFields {}
extension SMSCSOAP.StatusResponseType: StatusReplyFields {}
extension SMSCSOAP.Status2ResponseType: StatusReplyFields {}
