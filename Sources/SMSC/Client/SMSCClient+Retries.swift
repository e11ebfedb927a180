import CoreMetrics
import Logging
import SOAPRuntime

/// Retries of the calls that only read (`balance`, `cost`, `status`), as ``SMSCRetryPolicy`` describes them.
extension SMSCClient {
    static let retriesMetric = "smsc.call.retries"

    /// Runs `attempt` until it succeeds, fails for good, or the policy, the deadline or cancellation stops it. Each
    /// attempt gets what is left of the deadline as its own.
    ///
    /// - Parameter deadline: When the call must end; ``Configuration/timeout`` from now when `nil`.
    func retryingRead<Success>(
        _ operation: SMSCOperation,
        deadline: ContinuousClock.Instant? = nil,
        logger: Logger?,
        _ attempt: (_ timeouts: SOAPTimeouts) async throws(SMSCError) -> Success
    ) async throws(SMSCError) -> Success {
        let policy = configuration.retryPolicy
        let deadline = deadline ?? retryPauses.now() + configuration.timeout
        var number = 1
        while true {
            let remaining = deadline - retryPauses.now()
            let lastError: SMSCError
            do throws(SMSCError) {
                return try await attempt(SOAPTimeouts(total: max(remaining, .nanoseconds(1))))
            } catch {
                lastError = error
            }
            guard number < policy.maximumAttempts, let reason = lastError.readRetryReason else {
                throw lastError
            }
            number += 1
            var pause = retryPauses.jitter(policy.backoffCap(beforeAttempt: number))
            if reason == .rateLimited {
                pause += policy.rateLimitedBackoff
            }
            // A pause that would end past the deadline leaves no time for the attempt it waits for.
            guard retryPauses.now() + pause < deadline else {
                throw lastError
            }
            guard !Task.isCancelled else {
                throw .cancelledBeforeRetry(after: lastError)
            }
            (logger ?? soap.logger).debug(
                "SMSC retrying",
                metadata: [
                    "smsc.operation": "\(operation.wireName)",
                    "smsc.attempt": "\(number)",
                    "smsc.retry.reason": "\(reason.rawValue)",
                    "smsc.retry.pause": "\(pause)",
                ]
            )
            Counter(
                label: Self.retriesMetric,
                dimensions: [("operation", operation.wireName), ("reason", reason.rawValue)],
                factory: configuration.metricsFactory ?? MetricsSystem.factory
            ).increment()
            do {
                try await retryPauses.sleep(pause)
            } catch {
                throw .cancelledBeforeRetry(after: lastError)
            }
        }
    }
}
