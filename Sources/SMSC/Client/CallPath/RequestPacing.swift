/// The step that holds a request back until it fits the service's documented limits (``SMSCRateLimits``): a slot
/// among the requests in flight and, for a request that counts in a per-minute window, room in that window. A wait
/// that would pass the call's deadline is not begun.
struct RequestPacing<Value: Sendable>: SMSCCallStep {
    var pacer: RequestPacer
    /// The per-minute window the request counts in, if any.
    var window: RequestPacer.Window?
    var pauses: RetryPauses

    func intercept(
        _ call: SMSCCall,
        next: (SMSCCall) async throws(SMSCError) -> SMSCCallOutcome<Value>
    ) async throws(SMSCError) -> SMSCCallOutcome<Value> {
        try await pacer.paced(call.operation, window, deadline: call.deadline, pauses: pauses) { () throws(SMSCError) in
            try await next(call)
        }
    }
}
