import NIOCore
import NIOHTTP1

/// A request the connection read completely, with what the connection needs to know after answering it.
struct ReceivedRequest: Sendable {
    var request: LoopbackHTTPServer.Request
    /// False when the client asked to close the connection after this exchange.
    var isKeepAlive: Bool
}

/// Assembles request parts into whole requests and hands them to the connection's task, in arrival order.
///
/// NIO's pipelining handler in front of it holds back the next request until the response to the current one has
/// ended, so requests reach the task one at a time.
final class RequestCollector: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart

    private let continuation: AsyncStream<ReceivedRequest>.Continuation
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(continuation: AsyncStream<ReceivedRequest>.Continuation) {
        self.continuation = continuation
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch Self.unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = []
        case .body(let buffer):
            body.append(contentsOf: buffer.readableBytesView)
        case .end:
            guard let head else { return }
            let request = LoopbackHTTPServer.Request(
                method: head.method.rawValue,
                uri: head.uri,
                headers: LoopbackHTTPServer.Headers(head.headers.map { .init(name: $0.name, value: $0.value) }),
                body: body
            )
            continuation.yield(ReceivedRequest(request: request, isKeepAlive: head.isKeepAlive))
            self.head = nil
            body = []
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        continuation.finish()
    }
}
