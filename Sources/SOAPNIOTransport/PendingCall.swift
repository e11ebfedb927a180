import Logging
import NIOCore
import SOAPRuntime

/// One call from `send` to its result. Made on the caller's thread; from then on read and changed only on the
/// transport's event loop (the continuation is set before the call is handed over).
final class PendingCall: @unchecked Sendable {
    typealias Outcome = Result<SOAPHTTPResponse, SOAPTransportError>

    let request: SOAPRequest
    let options: SOAPTransportOptions
    /// The calling operation's logger.
    let logger: Logger
    let deadline: NIODeadline
    /// The time the call had from sending to its deadline, for messages.
    let timeToDeadline: Duration
    var continuation: UnsafeContinuation<Outcome, Never>?
    /// Cancelled before the event loop started it.
    var isCancelled = false
    /// The pool it was started in.
    var pool: ConnectionPool?
    /// The connection it runs on, once sent.
    var connection: HTTP1Connection?

    init(request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger) {
        self.request = request
        self.options = options
        self.logger = logger
        timeToDeadline = deadline - .now
        self.deadline = .now() + TimeAmount(timeToDeadline)
    }

    var isFinished: Bool { continuation == nil }

    /// Resumes the caller once; later outcomes are dropped.
    func finish(_ outcome: Outcome) {
        guard let continuation else { return }
        self.continuation = nil
        connection = nil
        continuation.resume(returning: outcome)
    }
}
