import CoreMetrics
import Tracing

/// The call path's first step: a swift-distributed-tracing span around the call and swift-metrics metrics of it.
///
/// Metrics (dimension `operation`, the WSDL name):
/// - `smsc.calls`: a counter of calls made;
/// - `smsc.call.failures`: a counter of failed calls, with a second dimension `error`, the ``SMSCError/Code``
///   (`timeout`, `service`, …);
/// - `smsc.call.duration`: a timer of each call, in nanoseconds, failed calls and retries included.
///
/// The span, named `SMSC <operation>` and of kind client, carries `rpc.system` (`soap`), `rpc.service` (`SMSC`),
/// `rpc.method`, `server.address` (the endpoint's host), `http.response.status_code` when a reply arrived, and on
/// failure `error.type` (the error code) and `smsc.error.code` (the service's `error` number). It never carries a
/// login, password, API key, phone number or message text, and the error's description is not recorded on it,
/// since a quoted reply could hold a message text.
struct CallObservation<Value: Sendable>: SMSCCallStep {
    static var callsMetric: String { "smsc.calls" }
    static var failuresMetric: String { "smsc.call.failures" }
    static var durationMetric: String { "smsc.call.duration" }

    var metricsFactory: any MetricsFactory
    var tracer: any Tracer
    /// The endpoint's host, for `server.address`.
    var host: String

    func intercept(
        _ call: SMSCCall,
        next: (SMSCCall) async throws(SMSCError) -> SMSCCallOutcome<Value>
    ) async throws(SMSCError) -> SMSCCallOutcome<Value> {
        let operation = call.operation.wireName
        let dimensions = [("operation", operation)]
        Counter(label: Self.callsMetric, dimensions: dimensions, factory: metricsFactory).increment()
        let span = tracer.startSpan("SMSC \(operation)", context: ServiceContext.current ?? .topLevel, ofKind: .client)
        // A span no backend records (the default) gets no attributes, which keeps an unobserved call cheap.
        let isRecording = span.isRecording
        if isRecording {
            span.attributes["rpc.system"] = "soap"
            span.attributes["rpc.service"] = "SMSC"
            span.attributes["rpc.method"] = operation
            span.attributes["server.address"] = host
        }
        let start = ContinuousClock.now
        // The span's context is the task's while the call runs, so the HTTP client's own span is its child.
        let outcome: Result<SMSCCallOutcome<Value>, SMSCError> = await ServiceContext.withValue(span.context) {
            do throws(SMSCError) {
                return .success(try await next(call))
            } catch {
                return .failure(error)
            }
        }
        Timer(label: Self.durationMetric, dimensions: dimensions, factory: metricsFactory)
            .recordNanoseconds((ContinuousClock.now - start).nanoseconds)
        switch outcome {
        case .success(let success):
            if isRecording, let status = success.httpStatus {
                span.attributes["http.response.status_code"] = status
            }
            span.end()
            return success
        case .failure(let error):
            Counter(
                label: Self.failuresMetric,
                dimensions: dimensions + [("error", error.code.description)],
                factory: metricsFactory
            ).increment()
            if isRecording {
                if let status = error.httpStatus {
                    span.attributes["http.response.status_code"] = status
                }
                span.attributes["error.type"] = error.code.description
                if let serviceError = error.serviceError {
                    span.attributes["smsc.error.code"] = serviceError.code
                }
                span.setStatus(SpanStatus(code: .error))
            }
            span.end()
            throw error
        }
    }
}

extension Duration {
    /// The whole duration in nanoseconds, saturating.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : scaled.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}
