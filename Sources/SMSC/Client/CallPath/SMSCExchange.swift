import SOAPRuntime

/// The call path's last step: one request to the service, its envelope written once for every attempt, and the
/// reader of its reply.
struct SMSCExchange<Value: Sendable>: Sendable {
    typealias Send = @Sendable (SOAPRequest, SMSCCall) async throws(SMSCError) -> SMSCCallOutcome<Value>

    /// The request every attempt sends.
    let request: SOAPRequest
    private let sendRequest: Send

    init(request: SOAPRequest, send: @escaping Send) {
        self.request = request
        self.sendRequest = send
    }

    /// Sends the request once, by `call`'s deadline, and reads the reply.
    func send(_ call: SMSCCall) async throws(SMSCError) -> SMSCCallOutcome<Value> {
        try await sendRequest(request, call)
    }
}
