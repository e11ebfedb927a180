import NIOCore
import NIOHTTP1
import SOAPNIOSupport
import SOAPRuntime

/// One keep-alive connection and the call it serves, as a pure state machine: ``HTTP1Connection`` feeds it what
/// happens on the channel (and what the pool asks), and does what it answers. It does no I/O and reads no clock.
///
/// ```
/// idle ─startCall─▶ [sending ─TLS handshake─▶] awaitingHead ─head─▶ receivingBody ─end─▶ responseComplete
/// responseComplete ─read complete (keep-alive)─▶ idle
/// any state ─failure, deadline, cancellation, no keep-alive─▶ closing ─channel inactive─▶ closed
/// ```
///
/// `sending` only happens on a TLS connection whose handshake has not completed yet.
///
/// What a failure says of the request follows from the state it happens in: in `sending` no byte can have left
/// (the TLS session that would carry it is not up), after it the request may have reached the server; the response
/// head had arrived only in `receivingBody`.
struct HTTP1ConnectionStateMachine<Call: TransportCall> {
    enum State {
        /// Open and serving no call.
        case idle
        /// The request is written, but the TLS session that carries it is not established, so none of it has left;
        /// the handshake must be done by `handshakeDeadline`.
        case sending(Call, handshakeDeadline: NIODeadline)
        /// The request may have reached the server; nothing of the response has arrived since `lastActivity`.
        case awaitingHead(Call, lastActivity: NIODeadline)
        /// The response head arrived; the body is arriving, the last of it at `lastActivity`.
        case receivingBody(Call, head: HTTPResponseHead, lastActivity: NIODeadline)
        /// The response is complete and the connection fit for another call. It goes back to the pool when the read
        /// that ended the response is over, so bytes the server sent after the response never reach the next call.
        case responseComplete
        /// Asked to close; waiting for the channel to go.
        case closing
        /// The channel is gone.
        case closed
    }

    /// What becomes of the connection once the call has its response.
    enum AfterResponse: Equatable {
        /// Keep it, and hand it back to the pool when the current read completes (``Action/releaseConnection``).
        case releaseWhenReadCompletes
        /// Close it: the server said `Connection: close`, or switched protocols.
        case close
    }

    enum Action {
        /// Nothing to do.
        case none
        /// Write the request's head, body and end, and flush.
        case writeRequest(SOAPRequest)
        /// End the call with its response.
        case succeedCall(Call, SOAPHTTPResponse, then: AfterResponse)
        /// End the call with `error`; close the connection when `closeConnection` (it is already gone otherwise).
        case failCall(Call, SOAPTransportError, closeConnection: Bool)
        /// Hand the call back to the pool, unsent: the connection closed before the pool heard of it.
        case giveBackCall(Call)
        /// Close the connection; no call is in flight.
        case close
        /// Hand the connection back to the pool: it may serve another call.
        case releaseConnection
    }

    private(set) var state: State = .idle
    /// Whether the connection's TLS session is established (always, for plain HTTP). Once it is, requests leave as
    /// soon as they are written.
    private(set) var isSessionEstablished: Bool
    /// The body of the response in `receivingBody`.
    private var body: [UInt8] = []
    /// `host:port`, for messages.
    private let endpoint: String

    /// - Parameters:
    ///   - endpoint: `host:port`, for messages.
    ///   - usesTLS: Whether a TLS handshake must complete before a request can leave.
    init(endpoint: String, usesTLS: Bool) {
        self.endpoint = endpoint
        isSessionEstablished = !usesTLS
    }

    // MARK: - Requests

    /// The pool hands the connection a call.
    ///
    /// - Precondition: The connection serves no call: the pool never hands a busy connection another.
    mutating func startCall(_ call: Call, now: NIODeadline) -> Action {
        switch state {
        case .idle:
            body = []
            if isSessionEstablished {
                state = .awaitingHead(call, lastActivity: now)
            } else {
                state = .sending(call, handshakeDeadline: now + TimeAmount(call.limits.connectTimeout))
            }
            return .writeRequest(call.request)
        case .closing, .closed:
            return .giveBackCall(call)
        case .sending, .awaitingHead, .receivingBody, .responseComplete:
            preconditionFailure("a connection serving a call was handed another (\(call.id))")
        }
    }

    /// The TLS handshake completed: a request written before it leaves now.
    mutating func tlsHandshakeCompleted(now: NIODeadline) -> Action {
        isSessionEstablished = true
        if case .sending(let call, _) = state {
            state = .awaitingHead(call, lastActivity: now)
        }
        return .none
    }

    // MARK: - The response

    /// The final response head arrived (NIO's decoder drops 1xx heads; `Expect: 100-continue` is never sent).
    mutating func responseHead(_ head: HTTPResponseHead, now: NIODeadline) -> Action {
        switch state {
        case .sending(let call, _), .awaitingHead(let call, _):
            isSessionEstablished = true
            let limit = call.limits.maximumResponseSize
            let announced = AnnouncedBodySize(head.headers)
            if let refusal = announced.refusal(limit: limit) {
                return fail(call, with: refusal, headReceived: true)
            }
            body.reserveCapacity(announced.reservation(limit: limit))
            state = .receivingBody(call, head: head, lastActivity: now)
            return .none
        case .receivingBody, .idle, .responseComplete, .closing, .closed:
            return unexpectedPart("a second response head arrived")
        }
    }

    /// A piece of the (decoded) response body arrived.
    mutating func responseBodyPart(_ part: ByteBuffer, now: NIODeadline) -> Action {
        guard case .receivingBody(let call, let head, _) = state else {
            return unexpectedPart("body bytes arrived before the response head")
        }
        let limit = call.limits.maximumResponseSize
        let size = body.count + part.readableBytes
        guard size <= limit else {
            let error = NIOTransportErrors.tooLarge(limit: limit, detail: "reading stopped after \(size) bytes")
            return fail(call, with: error, headReceived: true)
        }
        body.append(contentsOf: part.readableBytesView)
        state = .receivingBody(call, head: head, lastActivity: now)
        return .none
    }

    /// The response is complete.
    mutating func responseEnd() -> Action {
        guard case .receivingBody(let call, let head, _) = state else {
            return unexpectedPart("the response ended before its head")
        }
        let response = SOAPHTTPResponse(
            status: Int(head.status.code),
            headers: SOAPHTTPHeaders(head.headers.map { SOAPHTTPHeaders.Field(name: $0.name, value: $0.value) }),
            body: body
        )
        body = []
        // After a 101 the bytes are no longer HTTP/1.1, whatever the head says of keep-alive.
        if head.isKeepAlive, head.status != .switchingProtocols {
            state = .responseComplete
            return .succeedCall(call, response, then: .releaseWhenReadCompletes)
        }
        state = .closing
        return .succeedCall(call, response, then: .close)
    }

    /// The channel's current read is over.
    mutating func channelReadComplete() -> Action {
        guard case .responseComplete = state else { return .none }
        state = .idle
        return .releaseConnection
    }

    // MARK: - Failures, deadlines, cancellation

    /// The pipeline reported an error.
    mutating func errorCaught(_ error: any Error) -> Action {
        switch state {
        case .sending(let call, _):
            var mapped = mappedError(error, call: call)
            // Before the TLS session is up, nothing has left, whatever failed.
            mapped.requestMayHaveReachedServer = false
            return fail(call, with: mapped, headReceived: false)
        case .awaitingHead(let call, _), .receivingBody(let call, _, _):
            var mapped = mappedError(error, call: call)
            // The connection is up and the request was written to it: whatever failed now (an unreachable host
            // reported after retransmissions, a TLS error after the handshake), it may have been delivered.
            if !mapped.requestMayHaveReachedServer {
                mapped = SOAPTransportError(
                    code: mapped.code == .connect ? .connectionFailed : mapped.code,
                    message: "the connection to \(endpoint) failed after the request was written: \(error)",
                    requestMayHaveReachedServer: true,
                    underlyingError: error
                )
            }
            return fail(call, with: mapped, headReceived: isReceivingBody)
        case .idle, .responseComplete:
            state = .closing
            return .close
        case .closing, .closed:
            return .none
        }
    }

    /// The channel went, whoever closed it.
    mutating func channelInactive() -> Action {
        let previous = state
        state = .closed
        body = []
        switch previous {
        case .sending(let call, _):
            let reason = "the server closed the connection during the handshake"
            let error = SOAPTransportError(
                code: .tls,
                message: "the TLS handshake with \(endpoint) failed: \(reason)",
                requestMayHaveReachedServer: false
            )
            return .failCall(call, error, closeConnection: false)
        case .awaitingHead(let call, _):
            return .failCall(call, NIOTransportErrors.connectionClosed(endpoint), closeConnection: false)
        case .receivingBody(let call, _, _):
            var error = NIOTransportErrors.connectionClosed(endpoint)
            error.responseHeadReceived = true
            return .failCall(call, error, closeConnection: false)
        case .idle, .responseComplete, .closing, .closed:
            return .none
        }
    }

    /// Ends the call in flight if it is past the TLS handshake's deadline, the total deadline or the read timeout.
    mutating func deadlineCheck(now: NIODeadline) -> Action {
        guard let call = callInFlight, let error = expiry(of: call, at: now) else { return .none }
        return fail(call, with: error, headReceived: isReceivingBody)
    }

    /// The calling task of call `id` was cancelled. Ends it if it is the call in flight: as unsent before the TLS
    /// session is up, as possibly sent after.
    mutating func cancelCall(_ id: CallID) -> Action {
        guard let call = callInFlight, call.id == id else { return .none }
        return cancel(call)
    }

    /// The pool closes the connection (shutdown, or idle too long); a call in flight ends as cancelled.
    mutating func close() -> Action {
        if let call = callInFlight {
            return cancel(call)
        }
        switch state {
        case .idle, .responseComplete:
            state = .closing
            return .close
        case .sending, .awaitingHead, .receivingBody, .closing, .closed:
            return .none
        }
    }

    // MARK: - Helpers

    /// The call being served, if any.
    var callInFlight: Call? {
        switch state {
        case .sending(let call, _), .awaitingHead(let call, _), .receivingBody(let call, _, _): call
        case .idle, .responseComplete, .closing, .closed: nil
        }
    }

    /// The timeout the call in flight has run into at `now`, if any.
    private func expiry(of call: Call, at now: NIODeadline) -> SOAPTransportError? {
        let limits = call.limits
        switch state {
        case .sending(_, let handshakeDeadline):
            if now >= handshakeDeadline {
                let timeout = "the connect timeout of \(NIOTransportErrors.spoken(limits.connectTimeout))"
                return SOAPTransportError(
                    code: .timeout,
                    message: "the TLS handshake with \(endpoint) did not finish within \(timeout)",
                    requestMayHaveReachedServer: false
                )
            }
        case .awaitingHead(_, let lastActivity), .receivingBody(_, _, let lastActivity):
            if now < limits.deadline, now - lastActivity >= TimeAmount(limits.readTimeout) {
                let timeout = "the read timeout of \(NIOTransportErrors.spoken(limits.readTimeout))"
                return SOAPTransportError(
                    code: .timeout,
                    message: "\(endpoint) sent nothing for \(timeout)",
                    requestMayHaveReachedServer: true
                )
            }
        case .idle, .responseComplete, .closing, .closed:
            return nil
        }
        guard now >= limits.deadline else { return nil }
        var error = NIOTransportErrors.totalDeadlineExceeded(limits.errorContext(endpoint: endpoint))
        if case .sending = state {
            error.requestMayHaveReachedServer = false
        }
        return error
    }

    private var isReceivingBody: Bool {
        if case .receivingBody = state { return true }
        return false
    }

    private mutating func cancel(_ call: Call) -> Action {
        if case .sending = state {
            return fail(call, with: NIOTransportErrors.cancelledBeforeSending, headReceived: false)
        }
        return fail(call, with: NIOTransportErrors.cancelled, headReceived: isReceivingBody)
    }

    /// Ends `call` with `error` and closes the connection, whose state is no longer known.
    private mutating func fail(_ call: Call, with error: SOAPTransportError, headReceived: Bool) -> Action {
        var error = error
        error.responseHeadReceived = headReceived
        state = .closing
        body = []
        return .failCall(call, error, closeConnection: true)
    }

    /// A response part the state does not expect. During a call, the response is broken; with no call waiting
    /// for it, the server talks out of turn and cannot be trusted with the next request.
    private mutating func unexpectedPart(_ reason: String) -> Action {
        switch state {
        case .sending(let call, _), .awaitingHead(let call, _):
            return fail(call, with: notHTTP(reason), headReceived: false)
        case .receivingBody(let call, _, _):
            return fail(call, with: notHTTP(reason), headReceived: true)
        case .idle, .responseComplete:
            state = .closing
            body = []
            return .close
        case .closing, .closed:
            return .none
        }
    }

    private func mappedError(_ error: any Error, call: Call) -> SOAPTransportError {
        NIOTransportErrors.mapped(
            error,
            context: call.limits.errorContext(endpoint: endpoint),
            otherwise: SOAPTransportError(
                code: .connectionFailed,
                message: "the HTTP exchange with \(endpoint) failed: \(error)",
                requestMayHaveReachedServer: true
            )
        )
    }

    private func notHTTP(_ reason: String) -> SOAPTransportError {
        SOAPTransportError(
            code: .connectionFailed,
            message: "the response from \(endpoint) is not valid HTTP (\(reason))",
            requestMayHaveReachedServer: true
        )
    }
}
