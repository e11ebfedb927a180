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
    private let replyDelay: Duration
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?
    private var isTooLarge = false

    init(service: SandboxSOAPService, maximumRequestSize: Int, replyDelay: Duration) {
        self.service = service
        self.maximumRequestSize = maximumRequestSize
        self.replyDelay = replyDelay
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
            context: context,
            head: head,
            status: .payloadTooLarge,
            contentType: "text/plain; charset=utf-8",
            body: Array("request body over \(maximumRequestSize) bytes\n".utf8),
            close: true
        )
    }

    private func route(context: ChannelHandlerContext, head: HTTPRequestHead, body: [UInt8]) {
        let (path, query) = Self.split(head.uri)
        guard path == Self.servicePath else {
            respond(
                context: context,
                head: head,
                status: .notFound,
                contentType: "text/plain; charset=utf-8",
                body: Array("not found: the service is at \(Self.servicePath)\n".utf8)
            )
            return
        }
        let serviceURL = Self.serviceURL(head: head, channel: context.channel)
        switch head.method {
        case .GET where query?.lowercased() == "wsdl":
            respond(
                context: context,
                head: head,
                status: .ok,
                contentType: "text/xml; charset=utf-8",
                body: WSDLPublisher.document(forServiceURL: serviceURL)
            )
        case .POST:
            let reply = service.respond(to: body, namespace: serviceURL)
            if let fault = reply.fault {
                inflict(fault, on: reply, context: context, head: head)
            } else {
                respond(
                    context: context,
                    head: head,
                    status: HTTPResponseStatus(statusCode: reply.status),
                    contentType: "text/xml; charset=utf-8",
                    body: reply.body
                )
            }
        default:
            var headers = HTTPHeaders()
            headers.add(name: "Allow", value: "GET, POST")
            respond(
                context: context,
                head: head,
                status: .methodNotAllowed,
                contentType: "text/plain; charset=utf-8",
                body: Array(
                    "POST SOAP envelopes to \(Self.servicePath); GET \(Self.servicePath)?wsdl for the WSDL\n".utf8
                ),
                extraHeaders: headers
            )
        }
    }

    /// Answers as `fault` says; the service has acted on the request already when the fault processes it.
    private func inflict(
        _ fault: SandboxFault,
        on reply: SandboxSOAPService.Reply,
        context: ChannelHandlerContext,
        head: HTTPRequestHead
    ) {
        switch fault {
        case .resetBeforeProcessing, .resetAfterProcessing:
            Self.reset(context.channel)
        case .delayedReply:
            let status = HTTPResponseStatus(statusCode: reply.status)
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: .nanoseconds(Int64(replyDelay.seconds * 1e9))) {
                let (handler, context) = loopBound.value
                guard context.channel.isActive else { return }
                handler.respond(
                    context: context,
                    head: head,
                    status: status,
                    contentType: "text/xml; charset=utf-8",
                    body: reply.body
                )
            }
        case .badGateway:
            respond(
                context: context,
                head: head,
                status: .badGateway,
                contentType: "text/html",
                body: Self.gatewayPage(.badGateway)
            )
        case .serviceUnavailable:
            respond(
                context: context,
                head: head,
                status: .serviceUnavailable,
                contentType: "text/html",
                body: Self.gatewayPage(.serviceUnavailable)
            )
        case .truncatedReply:
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "text/xml; charset=utf-8")
            headers.add(name: "Content-Length", value: String(reply.body.count))
            let status = HTTPResponseStatus(statusCode: reply.status)
            context.write(
                wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))),
                promise: nil
            )
            let half = context.channel.allocator.buffer(bytes: reply.body.prefix(reply.body.count / 2))
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(half)))).whenComplete {
                [channel = context.channel] _ in
                channel.close(promise: nil)
            }
        case .rateLimited, .ipBlocked:
            // The service's own answer, already in the reply.
            respond(
                context: context,
                head: head,
                status: HTTPResponseStatus(statusCode: reply.status),
                contentType: "text/xml; charset=utf-8",
                body: reply.body
            )
        }
    }

    /// Closes the connection with a TCP RST (SO_LINGER 0), as a crashed server or a middlebox does.
    private static func reset(_ channel: any Channel) {
        guard let socket = channel as? any SocketOptionProvider else {
            channel.close(promise: nil)
            return
        }
        socket.setSoLinger(NIOLinger(l_onoff: 1, l_linger: 0)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    /// The HTML page nginx writes for a gateway error.
    private static func gatewayPage(_ status: HTTPResponseStatus) -> [UInt8] {
        let title = "\(status.code) \(status.reasonPhrase)"
        return Array(
            """
            <html>\r\n<head><title>\(title)</title></head>\r\n<body>\r\n<center><h1>\(title)</h1></center>\r\n\
            <hr><center>nginx</center>\r\n</body>\r\n</html>\r\n
            """.utf8
        )
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
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))),
            promise: nil
        )
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
