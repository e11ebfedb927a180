import Logging
import SOAPRuntime

/// One call from `send` to its result. Made on the caller's side and handed to the event loop, which owns it from then
/// on: the pool's and the connections' state machines hold it, and whoever runs the action that ends it resumes the
/// caller. The calling task keeps only its ``CallID``, to cancel it by. A class, so that the state machines' actions
/// pass one reference rather than copying the request, limits and logger at each step.
final class PendingCall: TransportCall, Sendable {
    typealias Outcome = Result<SOAPHTTPResponse, SOAPTransportError>

    let id: CallID
    let request: SOAPRequest
    let limits: CallLimits
    /// The calling operation's logger.
    let logger: Logger
    private let continuation: UnsafeContinuation<Outcome, Never>

    init(
        id: CallID,
        request: SOAPRequest,
        limits: CallLimits,
        logger: Logger,
        continuation: UnsafeContinuation<Outcome, Never>
    ) {
        self.id = id
        self.request = request
        self.limits = limits
        self.logger = logger
        self.continuation = continuation
    }

    /// Resumes the caller. Called by whoever runs the action that ends the call, which only one action does.
    func finish(_ outcome: Outcome) {
        continuation.resume(returning: outcome)
    }
}
