import NIOCore
import NIOHTTP1
import NIOSSL
import NIOTLS
import SOAPNIOSupport
import SOAPRuntime

/// One keep-alive connection: the last handler of its channel's pipeline, on the event loop. It feeds what happens on
/// the channel, and what its pool asks, into its ``HTTP1ConnectionStateMachine``, and does what the machine answers:
/// writes requests, ends calls, closes, hands itself back to the pool.
final class HTTP1Connection: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    /// Names a connection within its pool.
    struct ID: Hashable, Comparable, Sendable, CustomStringConvertible {
        var value: Int

        init(_ value: Int) {
            self.value = value
        }

        static func < (lhs: ID, rhs: ID) -> Bool { lhs.value < rhs.value }

        var description: String { "connection \(value)" }
    }

    let id: ID
    private let pool: ConnectionPool
    private var context: ChannelHandlerContext?
    /// Where requests are written from: the context of a handler whose own write side adds nothing (the
    /// decompressor's), or this handler's.
    var requestWriter: ChannelHandlerContext?
    private var machine: HTTP1ConnectionStateMachine<PendingCall>

    init(pool: ConnectionPool, id: ID) {
        self.pool = pool
        self.id = id
        machine = HTTP1ConnectionStateMachine(endpoint: pool.endpoint.description, usesTLS: pool.endpoint.usesTLS)
    }

    /// Succeeds once the connection is closed.
    var closeFuture: EventLoopFuture<Void> {
        context?.channel.closeFuture ?? pool.eventLoop.makeSucceededVoidFuture()
    }

    // MARK: - What the pool asks

    func execute(_ call: PendingCall) {
        run(machine.startCall(call, now: .now()))
    }

    func cancel(_ id: CallID) {
        run(machine.cancelCall(id))
    }

    func checkDeadlines(at now: NIODeadline) {
        run(machine.deadlineCheck(now: now))
    }

    func close() {
        run(machine.close())
    }

    /// Whether `value` can go on a header line as it is: no CR, LF or NUL, which would end the line or the head.
    static func isValidHeaderValue(_ value: String) -> Bool {
        !value.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
    }

    /// The refusal of a request with a header value that cannot go on a header line; `nil` when it can be sent.
    static func refusal(of request: SOAPRequest) -> SOAPTransportError? {
        guard let field = request.headers.first(where: { !isValidHeaderValue($0.value) }) else { return nil }
        return SOAPTransportError(
            code: .requestRefused,
            message: "the request header \(field.name) contains a line break or a NUL byte, so nothing was sent",
            requestMayHaveReachedServer: false
        )
    }

    // MARK: - What happens on the channel

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            run(machine.responseHead(head, now: .now()))
        case .body(let part):
            run(machine.responseBodyPart(part, now: .now()))
        case .end:
            run(machine.responseEnd())
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        run(machine.channelReadComplete())
        context.fireChannelReadComplete()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .handshakeCompleted = event as? TLSUserEvent {
            run(machine.tlsHandshakeCompleted(now: .now()))
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        run(machine.errorCaught(error))
    }

    func channelInactive(context: ChannelHandlerContext) {
        run(machine.channelInactive())
        pool.connectionClosed(self)
        context.fireChannelInactive()
    }

    // MARK: - Doing what the machine says

    private func run(_ action: HTTP1ConnectionStateMachine<PendingCall>.Action) {
        switch action {
        case .none:
            break
        case .writeRequest(let request):
            write(request)
        case .succeedCall(let call, let response, let then):
            call.finish(.success(response))
            if then == .close {
                closeChannel()
            }
        case .failCall(let call, let error, let closeConnection):
            call.finish(.failure(error))
            if closeConnection {
                closeChannel()
            }
        case .giveBackCall(let call):
            pool.connectionClosed(self)
            pool.start(call)
        case .close:
            closeChannel()
        case .releaseConnection:
            pool.connectionReleased(self)
        }
    }

    /// Closes the channel and tells the pool at once, so that the connection's place serves another call without
    /// waiting for the close to finish.
    private func closeChannel() {
        context?.close(promise: nil)
        pool.connectionClosing(self)
    }

    private func write(_ request: SOAPRequest) {
        guard let context else { return }
        let configuration = pool.configuration
        var headers = HTTPHeaders()
        headers.reserveCapacity(6)
        headers.add(name: "Host", value: pool.hostHeader)
        for field in request.headers {
            headers.add(name: field.name, value: field.value)
        }
        headers.add(name: "User-Agent", value: configuration.userAgent)
        headers.add(name: "Content-Length", value: String(request.body.count))
        if configuration.acceptsCompressedResponses {
            headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        }
        let head = HTTPRequestHead(version: .http1_1, method: .POST, uri: pool.endpoint.target, headers: headers)
        let body = context.channel.allocator.buffer(bytes: request.body)
        let writer = requestWriter ?? context
        writer.write(wrapOutboundOut(.head(head)), promise: nil)
        writer.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        writer.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
