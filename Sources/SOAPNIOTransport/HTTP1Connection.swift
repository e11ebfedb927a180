import NIOCore
import NIOHTTP1
import NIOSSL
import NIOTLS
import SOAPNIOSupport
import SOAPRuntime

/// One keep-alive connection and the call it is serving: writes the request, collects the response within the size
/// limit, and hands itself back to its pool. The last handler of its channel's pipeline; lives on the event loop.
final class HTTP1Connection: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    private let pool: ConnectionPool
    private var context: ChannelHandlerContext?
    /// Where requests are written from: the context of a handler whose own write side adds nothing (the
    /// decompressor's), or this handler's.
    var requestWriter: ChannelHandlerContext?
    private(set) var current: PendingCall?
    private var responseHead: HTTPResponseHead?
    private var responseBody: [UInt8] = []
    /// The response just ended left the connection fit for another call: it goes back to the pool when this read
    /// is over, not in the middle of it, so bytes the server sent after the response cannot reach the next call.
    private var isReleasePending = false
    /// When a response part last arrived, or the request was written: silence is measured from it.
    private var lastActivity = NIODeadline.now()
    /// When the TLS handshake must be done by; `nil` once it is (or for plain HTTP).
    private var handshakeDeadline: NIODeadline?
    private var isSessionEstablished: Bool
    private var isClosing = false
    private var idleSince = NIODeadline.now()

    init(pool: ConnectionPool) {
        self.pool = pool
        isSessionEstablished = !pool.endpoint.usesTLS
    }

    /// Succeeds once the connection is closed.
    var closeFuture: EventLoopFuture<Void> {
        context?.channel.closeFuture ?? pool.eventLoop.makeSucceededVoidFuture()
    }

    var isBusy: Bool { current != nil }

    func isReusable(at now: NIODeadline, idleTimeout: Duration) -> Bool {
        !isClosing && context?.channel.isActive == true && now - idleSince < TimeAmount(idleTimeout)
    }

    // MARK: - Writing the request

    func execute(_ call: PendingCall) {
        guard let context, !isClosing else {
            pool.start(call)
            return
        }
        current = call
        call.connection = self
        let now = NIODeadline.now()
        lastActivity = now
        if !isSessionEstablished, handshakeDeadline == nil {
            handshakeDeadline = now + TimeAmount(call.options.connectTimeout)
        }
        let request = call.request
        let configuration = pool.configuration
        var headers = HTTPHeaders()
        headers.reserveCapacity(6)
        headers.add(name: "Host", value: pool.hostHeader)
        for field in request.headers {
            guard Self.isValidHeaderValue(field.value) else {
                fail(call, with: SOAPTransportError(
                    code: .connectionFailed,
                    message: "the request header \(field.name) contains a line break or a NUL byte, so nothing was sent",
                    requestMayHaveReachedServer: false
                ))
                return
            }
            headers.add(name: field.name, value: field.value)
        }
        headers.add(name: "User-Agent", value: configuration.userAgent)
        headers.add(name: "Content-Length", value: String(request.body.count))
        if configuration.acceptsCompressedResponses {
            headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        }
        let head = HTTPRequestHead(version: .http1_1, method: .POST, uri: pool.endpoint.target, headers: headers)
        let writer = requestWriter ?? context
        writer.write(wrapOutboundOut(.head(head)), promise: nil)
        writer.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: request.body)))), promise: nil)
        writer.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    /// Whether `value` can go on a header line as it is: no CR, LF or NUL, which would end the line or the head.
    static func isValidHeaderValue(_ value: String) -> Bool {
        !value.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
    }

    // MARK: - Reading the response

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard let call = current else {
            // Nothing was asked: a server that talks out of turn cannot be trusted with the next request.
            close()
            return
        }
        lastActivity = .now()
        switch unwrapInboundIn(data) {
        case .head(let head):
            // NIO's decoder drops 1xx responses (`Expect: 100-continue` is never sent); the head here is the final one.
            let limit = call.options.maximumResponseSize
            let announced = AnnouncedBodySize(head.headers)
            responseHead = head
            if let refusal = announced.refusal(limit: limit) {
                fail(call, with: refusal)
                return
            }
            responseBody.reserveCapacity(announced.reservation(limit: limit))
        case .body(let piece):
            let limit = call.options.maximumResponseSize
            guard responseBody.count + piece.readableBytes <= limit else {
                let size = responseBody.count + piece.readableBytes
                fail(call, with: NIOTransportErrors.tooLarge(limit: limit, detail: "reading stopped after \(size) bytes"))
                return
            }
            responseBody.append(contentsOf: piece.readableBytesView)
        case .end:
            guard let head = responseHead else { return }
            let response = SOAPHTTPResponse(
                status: Int(head.status.code),
                headers: SOAPHTTPHeaders(head.headers.map { SOAPHTTPHeaders.Field(name: $0.name, value: $0.value) }),
                body: responseBody
            )
            reset()
            idleSince = .now()
            call.finish(.success(response))
            // After a 101 the bytes are no longer HTTP/1.1, whatever the head says of keep-alive.
            if head.isKeepAlive, head.status != .switchingProtocols {
                isReleasePending = true
            } else {
                close()
            }
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if isReleasePending {
            isReleasePending = false
            if !isClosing {
                pool.release(self)
            }
        }
        context.fireChannelReadComplete()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .handshakeCompleted = event as? TLSUserEvent {
            isSessionEstablished = true
            handshakeDeadline = nil
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let call = current {
            let errorContext = pool.errorContext(for: call)
            var mapped = NIOTransportErrors.mapped(error, context: errorContext)
                ?? SOAPTransportError(
                    code: .connectionFailed,
                    message: "the HTTP exchange with \(errorContext.endpoint) failed: \(error)",
                    requestMayHaveReachedServer: true
                )
            // The connection is up and the request was written to it: whatever failed now (an unreachable host
            // reported after retransmissions, a TLS error after the handshake), it may have been delivered. Before the
            // TLS handshake completes, nothing has left.
            if isSessionEstablished, !mapped.requestMayHaveReachedServer {
                mapped = SOAPTransportError(
                    code: mapped.code == .connect ? .connectionFailed : mapped.code,
                    message: "the connection to \(errorContext.endpoint) failed after the request was written: \(error)",
                    requestMayHaveReachedServer: true
                )
            } else if !isSessionEstablished {
                mapped.requestMayHaveReachedServer = false
            }
            mapped.underlyingError = error
            fail(call, with: mapped)
        } else {
            close()
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        isClosing = true
        if let call = current {
            let endpoint = pool.endpoint.description
            fail(
                call,
                with: isSessionEstablished
                    ? NIOTransportErrors.connectionClosed(endpoint)
                    : SOAPTransportError(
                        code: .tls,
                        message: "the TLS handshake with \(endpoint) failed: the server closed the connection during the handshake",
                        requestMayHaveReachedServer: false
                    )
            )
        }
        pool.connectionClosed(self)
        context.fireChannelInactive()
    }

    // MARK: - Deadlines and failures

    /// Ends the call in flight if it is past the TLS handshake's deadline, the total deadline or the read timeout.
    func checkDeadlines(at now: NIODeadline) {
        guard let call = current else { return }
        let endpoint = pool.endpoint.description
        if let handshakeDeadline, now >= handshakeDeadline {
            let timeout = NIOTransportErrors.spoken(call.options.connectTimeout)
            fail(call, with: SOAPTransportError(
                code: .timeout,
                message: "the TLS handshake with \(endpoint) did not finish within the connect timeout of \(timeout)",
                requestMayHaveReachedServer: false
            ))
        } else if now >= call.deadline {
            var error = NIOTransportErrors.totalDeadlineExceeded(pool.errorContext(for: call))
            error.requestMayHaveReachedServer = isSessionEstablished
            fail(call, with: error)
        } else if now - lastActivity >= TimeAmount(call.options.readTimeout) {
            fail(call, with: SOAPTransportError(
                code: .timeout,
                message: "\(endpoint) sent nothing for the read timeout of \(NIOTransportErrors.spoken(call.options.readTimeout))",
                requestMayHaveReachedServer: true
            ))
        }
    }

    /// Ends `call` with `error` and closes the connection, whose state is no longer known.
    func fail(_ call: PendingCall, with error: SOAPTransportError) {
        guard call === current else { return }
        var error = error
        error.responseHeadReceived = responseHead != nil
        reset()
        call.finish(.failure(error))
        close()
    }

    /// Ends `call` as cancelled: sent as far as anyone can tell once the connection is up, not sent before its TLS
    /// handshake is done.
    func cancel(_ call: PendingCall) {
        fail(call, with: isSessionEstablished ? NIOTransportErrors.cancelled : NIOTransportErrors.cancelledBeforeSending)
    }

    /// Ends any call in flight as cancelled and closes.
    func shutDown() {
        if let call = current {
            cancel(call)
        } else {
            close()
        }
    }

    func close() {
        guard !isClosing else { return }
        isClosing = true
        context?.close(promise: nil)
        pool.connectionClosing(self)
    }

    private func reset() {
        current = nil
        responseHead = nil
        responseBody = []
    }
}
