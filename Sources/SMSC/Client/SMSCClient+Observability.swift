import CoreMetrics
import Logging
import SOAPRuntime
import Tracing

/// What each call records: swift-metrics metrics and a swift-distributed-tracing span.
///
/// Metrics (dimension `operation`, the WSDL name):
/// - `smsc.calls`: a counter of calls made;
/// - `smsc.call.failures`: a counter of failed calls, with a second dimension `error`, the ``SMSCError/Code``
///   (`timeout`, `service`, …);
/// - `smsc.call.duration`: a timer of each call, in nanoseconds, failed calls and retries included;
/// - `smsc.call.retries`: a counter of the retries of reads, with a second dimension `reason` (`connect`, `timeout`,
///   `http_status`, `rate_limited`; see `SMSCClient+Retries.swift`).
///
/// The span, named `SMSC <operation>` and of kind client, carries `rpc.system` (`soap`), `rpc.service` (`SMSC`),
/// `rpc.method`, `server.address` (the endpoint's host), `http.response.status_code` when a reply arrived, and on
/// failure `error.type` (the error code) and `smsc.error.code` (the service's `error` number). It never carries a
/// login, password, API key, phone number or message text, and the error's description is not recorded on it,
/// since a quoted reply could hold a message text.
extension SMSCClient {
    static let callsMetric = "smsc.calls"
    static let failuresMetric = "smsc.call.failures"
    static let durationMetric = "smsc.call.duration"

    /// Runs one call inside its span, records its metrics, and passes its result on.
    func observe<Result: Sendable>(
        _ operation: SMSCOperation,
        _ body: () async throws(SMSCError) -> (result: Result, httpStatus: Int?)
    ) async throws(SMSCError) -> Result {
        let factory = configuration.metricsFactory ?? MetricsSystem.factory
        let dimensions = [("operation", operation.wireName)]
        Counter(label: Self.callsMetric, dimensions: dimensions, factory: factory).increment()
        let tracer = configuration.tracer ?? InstrumentationSystem.tracer
        let span = tracer.startSpan("SMSC \(operation.wireName)", context: ServiceContext.current ?? .topLevel, ofKind: .client)
        // A span no backend records (the default) gets no attributes: setting them was a measurable part of a call.
        let isRecording = span.isRecording
        if isRecording {
            span.attributes["rpc.system"] = "soap"
            span.attributes["rpc.service"] = "SMSC"
            span.attributes["rpc.method"] = operation.wireName
            span.attributes["server.address"] = host
        }
        let start = ContinuousClock.now
        // The span's context is the task's while the call runs, so the HTTP client's own span is its child.
        let outcome: Swift.Result<(result: Result, httpStatus: Int?), SMSCError> = await ServiceContext.withValue(span.context) {
            do throws(SMSCError) {
                return .success(try await body())
            } catch {
                return .failure(error)
            }
        }
        let elapsed = ContinuousClock.now - start
        Timer(label: Self.durationMetric, dimensions: dimensions, factory: factory).recordNanoseconds(elapsed.nanoseconds)
        switch outcome {
        case .success(let success):
            if isRecording, let status = success.httpStatus {
                span.attributes["http.response.status_code"] = status
            }
            span.end()
            return success.result
        case .failure(let error):
            Counter(label: Self.failuresMetric, dimensions: dimensions + [("error", error.code.description)], factory: factory).increment()
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
