import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// An HTTP/1.1 server on 127.0.0.1 with a free port that answers every request with one SOAP reply and keeps what it
/// was sent.
final class LoopbackSOAPServer: Sendable {
    struct Request: Sendable {
        var path: String
        var soapAction: String?
        var body: String
    }

    private let channel: any Channel
    private let received = Mutex<[Request]>([])
    var port: Int { channel.localAddress?.port ?? 0 }
    var requests: [Request] { received.withLock { $0 } }

    private init(channel: any Channel) {
        self.channel = channel
    }

    static func start(reply: String) async throws -> LoopbackSOAPServer {
        let box = RequestLog()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(Handler(reply: reply, log: box))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        let server = LoopbackSOAPServer(channel: channel)
        box.server.withLock { $0 = server }
        return server
    }

    func stop() async throws {
        try await channel.close()
    }

    fileprivate func record(_ request: Request) {
        received.withLock { $0.append(request) }
    }

    /// Where handlers report requests; set once the server exists.
    fileprivate final class RequestLog: Sendable {
        let server = Mutex<LoopbackSOAPServer?>(nil)
    }

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let reply: String
        let log: RequestLog
        var head: HTTPRequestHead?
        var body = ByteBuffer()

        init(reply: String, log: RequestLog) {
            self.reply = reply
            self.log = log
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                self.head = head
                body.clear()
            case .body(var part):
                body.writeBuffer(&part)
            case .end:
                let request = Request(
                    path: head?.uri ?? "",
                    soapAction: head?.headers.first(name: "SOAPAction"),
                    body: String(buffer: body)
                )
                log.server.withLock { $0?.record(request) }
                var headers = HTTPHeaders()
                headers.add(name: "Content-Type", value: "text/xml; charset=utf-8")
                headers.add(name: "Content-Length", value: String(reply.utf8.count))
                context.write(
                    wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))),
                    promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: reply)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }
}
