import Foundation
import InventoryClient
import NIOCore
import NIOHTTP1
import NIOPosix
import SOAPNIOTransport
import SOAPRuntime
import Synchronization
import Testing

/// A user's own WSDL through the plugin: the generated client posts to a loopback server and decodes its reply, with
/// the WSDL's namespace and soapAction as they are (this configuration does not rebase them onto the endpoint).
struct PluginOnOwnWSDLTests {
    @Test func theGeneratedClientCallsALoopbackServer() async throws {
        let reply = """
            <?xml version="1.0" encoding="UTF-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>\
            <StockLevelResponse xmlns="https://inventory.example.com/ns"><available>42</available><reserved>3</reserved></StockLevelResponse>\
            </s:Body></s:Envelope>
            """
        let server = try await LoopbackSOAPServer.start(reply: reply)
        let transport = NIOHTTP1Transport()
        do {
            let client = SOAPClient(transport: transport)
            let addressing = try SOAPAddressing(endpoint: "http://127.0.0.1:\(server.port)/soap", service: InventorySOAP.service)
            let level = try await client.call(InventorySOAP.StockLevel.self, .init(sku: "A-1", warehouse: "north"), addressing: addressing)
            #expect(level.available == 42)
            #expect(level.reserved == 3)
            #expect(level.updated == nil)

            let request = try #require(server.requests.first)
            #expect(request.path == "/soap")
            #expect(request.soapAction == "\"https://inventory.example.com/ns/StockLevel\"")
            #expect(request.body.contains(#"xmlns:ns1="https://inventory.example.com/ns""#))
            #expect(request.body.contains("<ns1:StockLevel><ns1:sku>A-1</ns1:sku><ns1:warehouse>north</ns1:warehouse></ns1:StockLevel>"))
        } catch {
            await transport.shutdown()
            try await server.stop()
            throw error
        }
        await transport.shutdown()
        try await server.stop()
    }
}

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
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: reply)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }
}
