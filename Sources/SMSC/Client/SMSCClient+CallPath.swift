import CoreMetrics
import Logging
import SOAPRuntime
import Tracing

/// How a call passes through the client: observation, then retries (reads) or reconciliation (sends), then pacing,
/// then one exchange with the service per attempt.
extension SMSCClient {
    /// The call's facts, made once: its deadline is ``Configuration/timeout`` from now unless one is given.
    func startCall(_ operation: SMSCOperation, deadline: ContinuousClock.Instant? = nil, logger: Logger?) -> SMSCCall {
        SMSCCall(
            operation: operation,
            deadline: deadline ?? retryPauses.now() + configuration.timeout,
            logger: logger ?? soap.logger
        )
    }

    /// Runs `call` through the observation step and `steps`, each attempt ending in `exchange`.
    func perform<Value: Sendable>(
        _ call: SMSCCall,
        _ steps: [any SMSCCallStep<Value>],
        _ exchange: SMSCExchange<Value>
    ) async throws(SMSCError) -> Value {
        try await SMSCCallChain([observation()] + steps).run(call, exchange: exchange.send).value
    }

    /// Records `error`, which refused `call` before anything was sent, as the call's outcome, and returns it.
    func rejected(_ call: SMSCCall, _ error: SMSCError) async -> SMSCError {
        do throws(SMSCError) {
            _ = try await observation().intercept(call) { (_) throws(SMSCError) -> SMSCCallOutcome<Bool> in
                throw error
            }
        } catch {
            return error
        }
        return error
    }

    /// The steps of a read after observation: retries, then pacing.
    func readSteps<Value: Sendable>(window: RequestPacer.Window?) -> [any SMSCCallStep<Value>] {
        [
            ReadRetries(policy: configuration.retryPolicy, pauses: retryPauses, metricsFactory: metricsFactory),
            pacing(window: window),
        ]
    }

    func pacing<Value: Sendable>(window: RequestPacer.Window?) -> RequestPacing<Value> {
        RequestPacing(pacer: pacer, window: window, pauses: retryPauses)
    }

    /// Writes the request for `input` once, and how each attempt sends it and reads its reply with `read`.
    ///
    /// - Throws: ``SMSCError/Code/validation`` naming the field when a value cannot be written into the envelope
    ///   (a character XML cannot carry).
    func prepare<Operation: SOAPOperation, Value: Sendable>(
        _ type: Operation.Type,
        _ input: Operation.Input,
        for operation: SMSCOperation,
        read: @escaping @Sendable (Operation.Output, ReplyReader) throws(SMSCError) -> Value
    ) throws(SMSCError) -> SMSCExchange<Value> {
        let request: SOAPRequest
        do {
            request = try Operation.makeRequest(input, addressing: addressing)
        } catch {
            throw .unwritable(error, operation: operation)
        }
        let soap = self.soap
        let maximumResponseSize = configuration.maximumResponseSize
        return SMSCExchange(request: request) { (request, call) throws(SMSCError) in
            let response: SOAPResponse<Operation.Output, Operation.OutputHeader>
            do throws(SOAPCallError) {
                response = try await soap.send(request, for: type, deadline: call.deadline, logger: call.logger)
            } catch {
                throw SMSCError(callError: error, operation: call.operation, maximumResponseSize: maximumResponseSize)
            }
            let reader = ReplyReader(operation: call.operation, response: response.summary)
            return SMSCCallOutcome(value: try read(response.body, reader), httpStatus: response.summary.status)
        }
    }

    /// The exchange for one of a pair's operations: the "2" twin with `query`, the plain one without.
    func prepare<Pair: SMSCOperationPair>(
        _ pair: Pair.Type,
        _ input: Pair.Plain.Input,
        query: String?,
        for operation: SMSCOperation
    ) throws(SMSCError) -> SMSCExchange<Pair.Value> {
        guard let query else {
            return try prepare(Pair.Plain.self, input, for: operation) { (output, reader) throws(SMSCError) in
                try Pair.read(output, reader)
            }
        }
        return try prepare(Pair.WithQuery.self, Pair.input(input, query: query), for: operation) {
            (output, reader) throws(SMSCError) in try Pair.read(output, reader)
        }
    }

    var metricsFactory: any MetricsFactory {
        configuration.metricsFactory ?? MetricsSystem.factory
    }

    private func observation<Value: Sendable>() -> CallObservation<Value> {
        CallObservation(
            metricsFactory: metricsFactory,
            tracer: configuration.tracer ?? InstrumentationSystem.tracer,
            host: host
        )
    }
}
