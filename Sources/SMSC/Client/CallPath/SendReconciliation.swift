import CoreMetrics
import Foundation
import Logging

/// The step that keeps a send from being duplicated or lost: a send whose reply was lost is settled with
/// `get_status` before it is sent again, as ``SMSCClient/send(_:to:id:sender:time:options:query:logger:)``
/// describes.
///
/// Each check counts in `smsc.send.checks`, with dimensions `operation` and `outcome` (`found`, `not_found`,
/// `unknown`).
struct SendReconciliation: SMSCCallStep {
    typealias Value = SMSCSendResult
    /// Asks the service for a message's status, by a deadline.
    typealias StatusCheck =
        @Sendable (
            _ phone: String, _ id: SMSCMessageID, _ deadline: ContinuousClock.Instant, _ logger: Logger
        ) async throws(SMSCError) -> SMSCMessageStatus

    static var sendChecksMetric: String { "smsc.send.checks" }

    /// What a check of a send whose reply was lost found, for the `outcome` dimension of `smsc.send.checks`.
    enum CheckOutcome: String {
        /// `get_status` knows the message: it was sent.
        case found
        /// `get_status` does not know it: it was not sent.
        case notFound = "not_found"
        /// The check failed, or there was nothing to check by: whether it was sent is unknown.
        case unknown
    }

    var policy: SMSCRetryPolicy
    var pauses: RetryPauses
    var metricsFactory: any MetricsFactory
    /// The send's id, the only thing a check can find it by.
    var id: SMSCMessageID?
    /// The recipients as the send carries them; the first is the one checked.
    var phones: String
    /// How long checking and sending again may take together, from the first failure: the first attempt may have
    /// used up the call's own deadline by failing.
    var settlementTimeout: Duration
    var checkStatus: StatusCheck

    func intercept(
        _ call: SMSCCall,
        next: (SMSCCall) async throws(SMSCError) -> SMSCCallOutcome<Value>
    ) async throws(SMSCError) -> SMSCCallOutcome<Value> {
        var attempt = call
        var number = 1
        // Made once, at the first failure that leaves the send unsettled; checks and sends after it read it.
        var settlementDeadline: ContinuousClock.Instant?
        // The failure that left the send unsettled, reported if it cannot be settled.
        var uncertainFailure: SMSCError?
        while true {
            let failure: SMSCError
            do throws(SMSCError) {
                var success = try await next(attempt)
                success.value.attempts = number
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
                count(call, .unknown)
                throw uncertain.unsettled(
                    """
                    it may have been sent: without an id there is nothing to check its status by (give the send an \
                    id, or set generatesMessageIDs)
                    """
                )
            }
            guard let phone = Self.firstRecipient(of: phones) else {
                count(call, .unknown)
                throw uncertain.unsettled("it may have been sent: there is no recipient to check its status by")
            }
            guard !Task.isCancelled else {
                throw uncertain.unsettled(
                    "it may have been sent: the call was cancelled before its status could be checked"
                )
            }
            let deadline = settlementDeadline ?? pauses.now() + settlementTimeout
            settlementDeadline = deadline
            let status: SMSCMessageStatus
            do throws(SMSCError) {
                status = try await checkStatus(phone, id, deadline, call.logger)
            } catch where error.serviceError?.kind == .messageNotFound && !refusedAsDuplicate {
                count(call, .notFound)
                guard number < policy.maximumAttempts else {
                    throw uncertain.settledAsNotSent(id: id, attempts: number)
                }
                number += 1
                let pause = pauses.jitter(policy.backoffCap(beforeAttempt: number))
                guard pauses.now() + pause < deadline else {
                    throw uncertain.settledAsNotSent(id: id, attempts: number - 1)
                }
                call.logger.debug(
                    "SMSC sending again: the service does not have the message",
                    metadata: [
                        "smsc.operation": "\(call.operation.wireName)", "smsc.attempt": "\(number)",
                        "smsc.message.id": "\(id)",
                    ]
                )
                do {
                    try await pauses.sleep(pause)
                } catch {
                    throw uncertain.settledAsNotSent(id: id, attempts: number - 1)
                }
                attempt.deadline = deadline
                continue
            } catch {
                count(call, .unknown)
                let reason =
                    refusedAsDuplicate && error.serviceError?.kind == .messageNotFound
                    ? """
                    the service refused to send it again as a duplicate (error 9), yet get_status does not find \
                    message \(id)
                    """
                    : "checking the status of message \(id) failed: \(error.message)"
                throw uncertain.unsettled("it may have been sent: \(reason)")
            }
            count(call, .found)
            call.logger.debug(
                "SMSC send confirmed by get_status after its reply was lost",
                metadata: [
                    "smsc.operation": "\(call.operation.wireName)", "smsc.message.id": "\(id)",
                    "smsc.message.status": "\(status.deliveryStatus)",
                ]
            )
            let result = SMSCSendResult(
                id: id,
                messageCount: nil,
                cost: status.cost,
                balance: nil,
                phoneErrors: [],
                wireValues: [:],
                attempts: number,
                confirmingStatus: status
            )
            return SMSCCallOutcome(value: result, httpStatus: nil)
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

    private func count(_ call: SMSCCall, _ outcome: CheckOutcome) {
        Counter(
            label: Self.sendChecksMetric,
            dimensions: [("operation", call.operation.wireName), ("outcome", outcome.rawValue)],
            factory: metricsFactory
        ).increment()
    }
}
