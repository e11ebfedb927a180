import CoreMetrics
import Logging
import SOAPRuntime

/// Sends that are never duplicated: a send whose reply was lost is settled with `get_status` before it is sent
/// again, as ``SMSCClient/send(_:to:id:sender:time:options:query:logger:)`` describes.
extension SMSCClient {
    static let sendChecksMetric = "smsc.send.checks"

    /// What a check of a send whose reply was lost found, for the `outcome` dimension of `smsc.send.checks`.
    enum SendCheckOutcome: String {
        /// `get_status` knows the message: it was sent.
        case found
        /// `get_status` does not know it: it was not sent.
        case notFound = "not_found"
        /// The check failed, or there was nothing to check by: whether it was sent is unknown.
        case unknown
    }

    /// Runs `attempt`, the send, and settles a failure after which the message may have gone out: with `get_status`
    /// for `id` and the first recipient, and by sending the same request again when the service does not have it.
    ///
    /// The first attempt has ``Configuration/timeout``; checking and sending again after it failed get one more
    /// such deadline between them, since the first may have been used up by the failure.
    func reconcilingSend(
        _ operation: SMSCOperation,
        id: SMSCMessageID?,
        phones: String,
        logger: Logger?,
        _ attempt: (_ timeouts: SOAPTimeouts?) async throws(SMSCError) -> (result: SMSCSendResult, httpStatus: Int?)
    ) async throws(SMSCError) -> (result: SMSCSendResult, httpStatus: Int?) {
        let policy = configuration.retryPolicy
        var number = 1
        var timeouts: SOAPTimeouts?
        var deadline: ContinuousClock.Instant?
        // The failure that left the send unsettled, reported if it cannot be settled.
        var uncertainFailure: SMSCError?
        while true {
            let failure: SMSCError
            do throws(SMSCError) {
                var success = try await attempt(timeouts)
                success.result.attempts = number
                return success
            } catch {
                failure = error
            }
            // An attempt after the first that the service refuses as a duplicate (error 9) repeats one that arrived.
            let refusedAsDuplicate = number > 1 && failure.serviceError?.kind == .rateLimited
            guard refusedAsDuplicate || failure.messageMayHaveBeenSent else {
                throw failure
            }
            let uncertain = refusedAsDuplicate ? (uncertainFailure ?? failure) : failure
            uncertainFailure = uncertain
            guard let id else {
                countCheck(operation, .unknown)
                throw uncertain.unsettled(
                    "it may have been sent: without an id there is nothing to check its status by (give the send an id, or set generatesMessageIDs)"
                )
            }
            guard let phone = Self.firstRecipient(of: phones) else {
                countCheck(operation, .unknown)
                throw uncertain.unsettled("it may have been sent: there is no recipient to check its status by")
            }
            guard !Task.isCancelled else {
                throw uncertain.unsettled("it may have been sent: the call was cancelled before its status could be checked")
            }
            let checkDeadline = deadline ?? retryPauses.now() + configuration.timeout
            deadline = checkDeadline
            let status: SMSCMessageStatus
            do throws(SMSCError) {
                status = try await self.status(phone: phone, id: id, detail: nil, query: nil, deadline: checkDeadline, logger: logger)
            } catch where error.serviceError?.kind == .messageNotFound && !refusedAsDuplicate {
                countCheck(operation, .notFound)
                guard number < policy.maximumAttempts else {
                    throw uncertain.settledAsNotSent(id: id, attempts: number)
                }
                number += 1
                let pause = retryPauses.jitter(policy.backoffCap(beforeAttempt: number))
                guard retryPauses.now() + pause < checkDeadline else {
                    throw uncertain.settledAsNotSent(id: id, attempts: number - 1)
                }
                (logger ?? soap.logger).debug(
                    "SMSC sending again: the service does not have the message",
                    metadata: ["smsc.operation": "\(operation.wireName)", "smsc.attempt": "\(number)", "smsc.message.id": "\(id)"]
                )
                do {
                    try await retryPauses.sleep(pause)
                } catch {
                    throw uncertain.settledAsNotSent(id: id, attempts: number - 1)
                }
                timeouts = SOAPTimeouts(total: max(checkDeadline - retryPauses.now(), .nanoseconds(1)))
                continue
            } catch {
                countCheck(operation, .unknown)
                let reason = refusedAsDuplicate && error.serviceError?.kind == .messageNotFound
                    ? "the service refused to send it again as a duplicate (error 9), yet get_status does not find message \(id)"
                    : "checking the status of message \(id) failed: \(error.message)"
                throw uncertain.unsettled("it may have been sent: \(reason)")
            }
            countCheck(operation, .found)
            (logger ?? soap.logger).debug(
                "SMSC send confirmed by get_status after its reply was lost",
                metadata: ["smsc.operation": "\(operation.wireName)", "smsc.message.id": "\(id)", "smsc.message.status": "\(status.status)"]
            )
            let result = SMSCSendResult(
                id: id, messageCount: nil, cost: status.cost, balance: nil, phoneErrors: [], wireValues: [:],
                attempts: number, confirmingStatus: status
            )
            return (result, nil)
        }
    }

    /// The first entry of a recipient list (`79990000001, 79990000002`), which `get_status` can be asked about.
    static func firstRecipient(of phones: String) -> String? {
        for entry in phones.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { return trimmed }
        }
        return nil
    }

    private func countCheck(_ operation: SMSCOperation, _ outcome: SendCheckOutcome) {
        Counter(
            label: Self.sendChecksMetric,
            dimensions: [("operation", operation.wireName), ("outcome", outcome.rawValue)],
            factory: configuration.metricsFactory ?? MetricsSystem.factory
        ).increment()
    }
}
