import NIOCore
import NIOHTTP1

/// One connection's HTTP/1.1 exchange: `GET /sys/soap.php?wsdl` publishes the WSDL, `POST /sys/soap.php`
/// answers SOAP. Bodies are gathered up to the configured limit; a larger one is refused with 413 and the
/// connection closed, so an oversized upload is never buffered.
final class SandboxHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    static let servicePath = "/sys/soap.php"

    private let service: SandboxSOAPService
    private let maximumRequestSize: Int
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?
    private var isTooLarge = false

    init(service: SandboxSOAPService, maximumRequestSize: Int) {
        self.service = service
        self.maximumRequestSize = maximumRequestSize
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = context.channel.allocator.buffer(capacity: 0)
            isTooLarge = false
            if let length = head.headers.first(name: "Content-Length").flatMap(Int.init), length > maximumRequestSize {
                refuseTooLarge(context: context, head: head)
            }
        case .body(var chunk):
            guard !isTooLarge, let head else { return }
            if (body?.readableBytes ?? 0) + chunk.readableBytes > maximumRequestSize {
                refuseTooLarge(context: context, head: head)
            } else {
                body?.writeBuffer(&chunk)
            }
        case .end:
            guard let head, !isTooLarge else { return }
            self.head = nil
            let bytes = body.map { Array($0.readableBytesView) } ?? []
            body = nil
            route(context: context, head: head, body: bytes)
        }
    }

    /// Answers 413 at once and closes the connection, so the rest of an oversized body is never read.
    private func refuseTooLarge(context: ChannelHandlerContext, head: HTTPRequestHead) {
        isTooLarge = true
        body = nil
        respond(
            context: context, head: head, status: .payloadTooLarge, contentType: "text/plain; charset=utf-8",
            body: Array("request body over \(maximumRequestSize) bytes\n".utf8), close: true
        )
    }

    private func route(context: ChannelHandlerContext, head: HTTPRequestHead, body: [UInt8]) {
        let (path, query) = Self.split(head.uri)
        guard path == Self.servicePath else {
            respond(context: context, head: head, status: .notFound, contentType: "text/plain; charset=utf-8", body: Array("not found: the service is at \(Self.servicePath)\n".utf8))
            return
        }
        let serviceURL = Self.serviceURL(head: head, channel: context.channel)
        switch head.method {
        case .GET where query?.lowercased() == "wsdl":
            respond(context: context, head: head, status: .ok, contentType: "text/xml; charset=utf-8", body: WSDLPublisher.document(forServiceURL: serviceURL))
        case .POST:
            let reply = service.respond(to: body, namespace: serviceURL)
            respond(context: context, head: head, status: HTTPResponseStatus(statusCode: reply.status), contentType: "text/xml; charset=utf-8", body: reply.body)
        default:
            var headers = HTTPHeaders()
            headers.add(name: "Allow", value: "GET, POST")
            respond(
                context: context, head: head, status: .methodNotAllowed, contentType: "text/plain; charset=utf-8",
                body: Array("POST SOAP envelopes to \(Self.servicePath); GET \(Self.servicePath)?wsdl for the WSDL\n".utf8), extraHeaders: headers
            )
        }
    }

    private func respond(
        context: ChannelHandlerContext,
        head: HTTPRequestHead,
        status: HTTPResponseStatus,
        contentType: String,
        body: [UInt8],
        close: Bool = false,
        extraHeaders: HTTPHeaders = [:]
    ) {
        let keepAlive = head.isKeepAlive && !close
        var headers = extraHeaders
        headers.add(name: "Content-Type", value: contentType)
        headers.add(name: "Content-Length", value: String(body.count))
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
        let sent = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            sent.whenComplete { [channel = context.channel] _ in channel.close(promise: nil) }
        }
    }

    /// The service URL as this caller reached it, from the Host header (the listening address without one), in
    /// the form ``ServiceURL`` compares.
    private static func serviceURL(head: HTTPRequestHead, channel: any Channel) -> String {
        if let host = head.headers.first(name: "Host"), !host.isEmpty {
            return ServiceURL.normalized("http://\(host)\(servicePath)")
        }
        let address = channel.localAddress
        let ip = address?.ipAddress ?? "127.0.0.1"
        let host = ip.contains(":") ? "[\(ip)]" : ip
        return ServiceURL.normalized("http://\(host):\(address?.port ?? 80)\(servicePath)")
    }

    private static func split(_ uri: String) -> (path: String, query: String?) {
        guard let mark = uri.firstIndex(of: "?") else { return (uri, nil) }
        return (String(uri[..<mark]), String(uri[uri.index(after: mark)...]))
    }
}
