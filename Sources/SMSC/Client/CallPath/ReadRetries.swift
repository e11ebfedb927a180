import CoreMetrics

/// The step that tries a read (`balance`, `cost`, `status`) again after a failure that left nothing answered, as
/// ``SMSCRetryPolicy`` describes it, until the call's deadline.
///
/// Each retry counts in `smsc.call.retries`, with dimensions `operation` and `reason` (`connect`, `timeout`,
/// `connection_lost`, `http_status`, `rate_limited`).
struct ReadRetries<Value: Sendable>: SMSCCallStep {
    static var retriesMetric: String { "smsc.call.retries" }

    var policy: SMSCRetryPolicy
    var pauses: RetryPauses
    var metricsFactory: any MetricsFactory

    func intercept(
        _ call: SMSCCall,
        next: (SMSCCall) async throws(SMSCError) -> SMSCCallOutcome<Value>
    ) async throws(SMSCError) -> SMSCCallOutcome<Value> {
        var number = 1
        while true {
            let failure: SMSCError
            do throws(SMSCError) {
                return try await next(call)
            } catch {
                failure = error
            }
            guard number < policy.maximumAttempts, let reason = failure.readRetryReason else {
                throw failure
            }
            number += 1
            var pause = pauses.jitter(policy.backoffCap(beforeAttempt: number))
            if reason == .rateLimited {
                pause += policy.rateLimitedBackoff
            }
            // A pause that would end past the deadline leaves no time for the attempt it waits for.
            guard pauses.now() + pause < call.deadline else {
                throw failure
            }
            guard !Task.isCancelled else {
                throw failure.cancelledBeforeRetry()
            }
            call.logger.debug(
                "SMSC retrying",
                metadata: [
                    "smsc.operation": "\(call.operation.wireName)",
                    "smsc.attempt": "\(number)",
                    "smsc.retry.reason": "\(reason.rawValue)",
                    "smsc.retry.pause": "\(pause)",
                ]
            )
            Counter(
                label: Self.retriesMetric,
                dimensions: [("operation", call.operation.wireName), ("reason", reason.rawValue)],
                factory: metricsFactory
            ).increment()
            do {
                try await pauses.sleep(pause)
            } catch {
                throw failure.cancelledBeforeRetry()
            }
        }
    }
}
