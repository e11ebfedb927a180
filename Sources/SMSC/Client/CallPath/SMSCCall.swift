import Logging
import SOAPRuntime

/// One call as the steps of the call path see it: the facts every step reads, made once when the call starts.
struct SMSCCall: Sendable {
    /// The operation on the wire.
    var operation: SMSCOperation
    /// When the call must have ended. Retries, pacing waits, send checks and the transport all read this one instant.
    var deadline: ContinuousClock.Instant
    /// The call's logger, the client's when the caller gave none; it reaches the transport.
    var logger: Logger
}

/// What a call returned, with the reply's HTTP status for the call's span.
struct SMSCCallOutcome<Value: Sendable>: Sendable {
    var value: Value
    /// The status of the reply the value was read from; `nil` when none was (a send settled by `get_status`).
    var httpStatus: Int?
}
