/// One step of the call path: it runs around the steps after it, the way swift-openapi-runtime's `ClientMiddleware`
/// runs around the transport. A step may call `next` once, several times (a retry), or not at all (a refusal).
protocol SMSCCallStep<Value>: Sendable {
    associatedtype Value: Sendable

    /// Runs the call through this step and, through `next`, the steps after it.
    ///
    /// - Parameters:
    ///   - call: The call as it reaches this step.
    ///   - next: The rest of the chain, ending in the exchange with the service.
    func intercept(
        _ call: SMSCCall,
        next: (SMSCCall) async throws(SMSCError) -> SMSCCallOutcome<Value>
    ) async throws(SMSCError) -> SMSCCallOutcome<Value>
}

/// Steps in the order a call passes them, ending in the exchange with the service.
struct SMSCCallChain<Value: Sendable>: Sendable {
    var steps: [any SMSCCallStep<Value>]

    init(_ steps: [any SMSCCallStep<Value>]) {
        self.steps = steps
    }

    /// Runs `call` through every step from `index` on, then `exchange`.
    func run(
        _ call: SMSCCall,
        from index: Int = 0,
        exchange: (SMSCCall) async throws(SMSCError) -> SMSCCallOutcome<Value>
    ) async throws(SMSCError) -> SMSCCallOutcome<Value> {
        guard index < steps.count else { return try await exchange(call) }
        return try await steps[index].intercept(call) { (call) throws(SMSCError) in
            try await run(call, from: index + 1, exchange: exchange)
        }
    }
}
