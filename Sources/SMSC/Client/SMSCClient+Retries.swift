import CoreMetrics
import Logging
import SOAPRuntime

/// Retries of the calls that only read (`balance`, `cost`, `status`), as ``SMSCRetryPolicy`` describes them.
extension SMSCClient {
    static let retriesMetric = "smsc.call.retries"

    /// Runs `attempt` until it succeeds, fails for good, or the policy, the call's deadline or cancellation stops
    /// it. Each attempt gets what is left of the deadline as its own.
    func retryingRead<Success>(
        _ operation: SMSCOperation,
        logger: Logger?,
        _ attempt: (_ timeouts: SOAPTimeouts) async throws(SMSCError) -> Success
    ) async throws(SMSCError) -> Success {
        let policy = configuration.retryPolicy
        let deadline = retryPauses.now() + configuration.timeout
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

/// Why a read is tried again.
enum ReadRetryReason: String, Sendable {
    /// No connection could be made: the request never left.
    case connect
    /// The call timed out before any of the reply arrived.
    case timeout
    /// HTTP 502, 503 or 504: a gateway or the service was unavailable.
    case httpStatus = "http_status"
    /// The service's error 9: asked too often.
    case rateLimited = "rate_limited"
}

extension SMSCError {
    /// Why this failure of a read may be retried, or `nil` when it is final.
    var readRetryReason: ReadRetryReason? {
        switch code {
        case .connect:
            return .connect
        case .timeout:
            let headReceived = (underlyingError as? SOAPTransportError)?.responseHeadReceived ?? false
            return headReceived ? nil : .timeout
        case .httpStatus:
            return [502, 503, 504].contains(httpStatus ?? 0) ? .httpStatus : nil
        case .service:
            return serviceError?.kind == .rateLimited ? .rateLimited : nil
        default:
            return nil
        }
    }

    /// The calling task was cancelled while a read waited to try again after `error`.
    static func cancelledBeforeRetry(after error: SMSCError) -> SMSCError {
        SMSCError(
            code: .cancelled,
            operation: error.operation,
            message: "the call was cancelled while it waited to try again after: \(error.message)",
            requestMayHaveBeenSent: error.mayHaveReachedServer,
            underlyingError: error
        )
    }
}

/// Draws and waits out the pauses between the attempts of a read: the randomness and the clock retries depend on,
/// replaced by tests.
struct RetryPauses: Sendable {
    /// A random duration from zero to the cap, both included.
    var jitter: @Sendable (Duration) -> Duration
    /// Waits the duration; throws when the task is cancelled.
    var sleep: @Sendable (Duration) async throws -> Void
    /// The current instant.
    var now: @Sendable () -> ContinuousClock.Instant

    static let live = RetryPauses(
        jitter: { cap in cap > .zero ? .nanoseconds(Int64.random(in: 0...cap.nanoseconds)) : .zero },
        sleep: { try await Task.sleep(for: $0) },
        now: { ContinuousClock.now }
    )
}
