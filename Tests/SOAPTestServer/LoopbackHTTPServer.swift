import NIOCore
import NIOHTTP1
import NIOPosix
public import NIOSSL

/// A scriptable HTTP/1.1 server on 127.0.0.1 for tests.
///
/// Each complete request goes to the handler, whose ``Action`` says what to send back: a response (optionally
/// delayed, chunked or gzip-encoded), a closed connection, or nothing at all. Connections are kept alive between
/// requests, so a client's connection reuse can be observed through ``acceptedConnectionCount``.
///
/// Prefer ``withLoopbackHTTPServer(lifetime:isolation:handler:_:)``, which always stops the server. A server that is
/// never stopped stops itself once its lifetime has passed.
public final class LoopbackHTTPServer: Sendable {
    /// Decides what to do with each request; called once per request, in order for one connection.
    public typealias Handler = @Sendable (Request) async -> Action

    private struct OpenConnection {
        var channel: any Channel
        var task: Task<Void, Never>?
    }

    private struct State {
        var port = 0
        var serverChannel: (any Channel)?
        var isStopped = false
        var lifetimeTask: Task<Void, Never>?
        var nextConnectionID = 0
        var connections: [Int: OpenConnection] = [:]
        var acceptedConnectionCount = 0
        var receivedRequests: [Request] = []
        var lastResponseBodyBytesWritten = 0
    }

    private let handler: Handler
    /// Serves HTTPS with this context when set.
    private let tls: NIOSSLContext?
    /// Whether each connection's work runs on its event loop rather than in the concurrency pool.
    private let answersOnEventLoop: Bool
    private let state = Locked(State())

    /// Set inside the tasks that serve connections, so that ``stop()`` called from a handler does not wait for itself.
    @TaskLocal private static var servingServer: ObjectIdentifier?

    private init(handler: @escaping Handler, tls: NIOSSLContext?, answersOnEventLoop: Bool) {
        self.handler = handler
        self.tls = tls
        self.answersOnEventLoop = answersOnEventLoop
    }

    /// Starts a server on 127.0.0.1 with a port the system picks.
    ///
    /// - Parameters:
    ///   - lifetime: The server stops by itself after this long, even if a test forgets to stop it.
    ///   - tls: Serve HTTPS with this context.
    ///   - answersOnEventLoop: Serve each connection (the handler included, which must then never block) on its
    ///     event loop instead of in the concurrency pool, so that tests elsewhere in the process holding the pool's
    ///     threads (waiting for a child process, say) cannot delay the answers: for tests where a client's deadline
    ///     must measure the client alone. Off by default, where a body sent in pieces goes out only as fast as the
    ///     pool resumes the server after each one, far slower than the kernel takes them on loopback; the tests of
    ///     a client that stops reading early count on that pace.
    ///   - handler: Decides what to do with each request.
    /// - Returns: The running server.
    /// - Throws: When the socket cannot be bound.
    public static func start(
        lifetime: Duration = .seconds(60),
        tls: NIOSSLContext? = nil,
        answersOnEventLoop: Bool = false,
        handler: @escaping @Sendable (Request) async -> Action
    ) async throws -> LoopbackHTTPServer {
        let server = LoopbackHTTPServer(handler: handler, tls: tls, answersOnEventLoop: answersOnEventLoop)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                server.accept(channel)
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        let lifetimeTask = Task {
            try? await Task.sleep(for: lifetime)
            guard !Task.isCancelled else { return }
            try? await server.stop()
        }
        server.state.withLock { state in
            state.port = channel.localAddress?.port ?? 0
            state.serverChannel = channel
            state.lifetimeTask = lifetimeTask
        }
        return server
    }

    /// The TCP port on 127.0.0.1.
    public var port: Int {
        state.withLock(\.port)
    }

    /// The URL of `path` on this server: `https://` when it serves TLS.
    ///
    /// - Parameters:
    ///   - path: Starts with `/`; SMSC's SOAP endpoint path by default.
    ///   - host: The host the URL names; the server listens on 127.0.0.1 whatever it is.
    /// - Returns: For example `http://127.0.0.1:53124/sys/soap.php`.
    public func url(path: String = "/sys/soap.php", host: String = "127.0.0.1") -> String {
        "\(tls == nil ? "http" : "https")://\(host):\(port)\(path)"
    }

    /// How many TCP connections the server has accepted so far.
    public var acceptedConnectionCount: Int {
        state.withLock(\.acceptedConnectionCount)
    }

    /// Every complete request received so far, in arrival order.
    /// Connections accepted and not yet closed (by either side).
    public var openConnectionCount: Int {
        state.withLock { $0.connections.count }
    }

    public var receivedRequests: [Request] {
        state.withLock(\.receivedRequests)
    }

    /// How many body bytes of the most recent response reached the socket (as sent: after gzip, before chunk
    /// framing).
    ///
    /// Each piece is counted once the kernel has accepted it, so when the client stops reading and closes, this stays
    /// far below the body's size. Read it after ``stop()`` for the final value.
    public var lastResponseBodyBytesWritten: Int {
        state.withLock(\.lastResponseBodyBytesWritten)
    }

    /// Closes the listening socket and every connection, and waits for the connections' work to end.
    ///
    /// Calling it again does nothing.
    ///
    /// - Throws: Only if the listening socket fails to close for a reason other than being closed already.
    public func stop() async throws {
        let (serverChannel, connections, lifetimeTask) = state.withLock { state in
            state.isStopped = true
            let taken = (state.serverChannel, Array(state.connections.values), state.lifetimeTask)
            state.serverChannel = nil
            state.connections = [:]
            state.lifetimeTask = nil
            return taken
        }
        lifetimeTask?.cancel()
        var closeError: (any Error)?
        if let serverChannel {
            do {
                try await serverChannel.close()
            } catch ChannelError.alreadyClosed {
                // Closed by the system already: nothing left to release.
            } catch {
                closeError = error
            }
        }
        for connection in connections {
            connection.task?.cancel()
            try? await connection.channel.close()
        }
        // A handler that stops its own server must not wait for the task it runs in.
        if Self.servingServer != ObjectIdentifier(self) {
            for connection in connections {
                await connection.task?.value
            }
        }
        if let closeError {
            throw closeError
        }
    }

    // MARK: - Connections

    private func accept(_ channel: any Channel) -> EventLoopFuture<Void> {
        channel.eventLoop.makeCompletedFuture {
            let (requests, continuation) = AsyncStream.makeStream(of: ReceivedRequest.self)
            if let tls {
                try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls))
            }
            try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
            try channel.pipeline.syncOperations.addHandler(RequestCollector(continuation: continuation))
            let connectionID: Int? = state.withLock { state in
                guard !state.isStopped else { return nil }
                state.acceptedConnectionCount += 1
                let id = state.nextConnectionID
                state.nextConnectionID += 1
                state.connections[id] = OpenConnection(channel: channel)
                return id
            }
            guard let connectionID else {
                channel.close(promise: nil)
                return
            }
            let executor = answersOnEventLoop ? EventLoopTaskExecutor(eventLoop: channel.eventLoop) : nil
            let task = Task(executorPreference: executor) {
                await Self.$servingServer.withValue(ObjectIdentifier(self)) {
                    await self.serve(channel, requests: requests)
                }
                self.state.withLock { $0.connections[connectionID] = nil }
            }
            state.withLock { $0.connections[connectionID]?.task = task }
        }
    }

    private func serve(_ channel: any Channel, requests: AsyncStream<ReceivedRequest>) async {
        for await received in requests {
            state.withLock { $0.receivedRequests.append(received.request) }
            let action = await handler(received.request)
            switch action {
            case .respond(let response):
                do {
                    try await write(response, on: channel)
                } catch {
                    // The client went away or the server is stopping: nothing more to send here.
                    try? await channel.close()
                    return
                }
                if !received.isKeepAlive {
                    try? await channel.close()
                    return
                }
            case .closeConnection:
                try? await channel.close()
                return
            case .hang:
                // Holds the connection open until the client gives up or stop() closes it.
                try? await channel.closeFuture.get()
                return
            case .sendRawBytesAndClose(let bytes):
                try? await writeRaw(bytes, on: channel)
                try? await channel.close()
                return
            }
        }
    }

    /// Writes `bytes` past the HTTP encoder, straight to the socket.
    private func writeRaw(_ bytes: [UInt8], on channel: any Channel) async throws {
        try await channel.eventLoop.flatSubmit {
            do {
                // The encoder sits next to the socket, so what its context writes goes out unchanged.
                let encoder = try channel.pipeline.syncOperations.context(handlerType: HTTPResponseEncoder.self)
                return encoder.writeAndFlush(NIOAny(channel.allocator.buffer(bytes: bytes)))
            } catch {
                return channel.eventLoop.makeFailedFuture(error)
            }
        }.get()
    }

    private func write(_ response: Response, on channel: any Channel) async throws {
        if let delay = response.delayBeforeHead {
            try await Task.sleep(for: delay)
        }
        if let hold = response.headHold {
            await hold.wait()
            try Task.checkCancellation()
        }
        let body = response.gzip ? gzipEncoded(response.body) : response.body
        var headers = HTTPHeaders(response.headers.fields.map { ($0.name, $0.value) })
        if response.gzip {
            headers.replaceOrAdd(name: "Content-Encoding", value: "gzip")
        }
        if !headers.contains(name: "Content-Length") {
            if response.chunkSize != nil {
                headers.replaceOrAdd(name: "Transfer-Encoding", value: "chunked")
            } else {
                headers.add(name: "Content-Length", value: String(body.count))
            }
        }
        state.withLock { $0.lastResponseBodyBytesWritten = 0 }

        let head = HTTPResponseHead(
            version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        try await channel.writeAndFlush(HTTPServerResponsePart.head(head)).get()
        let pieceSize = response.chunkSize ?? max(body.count, 1)
        var offset = 0
        while offset < body.count {
            let end = min(offset + pieceSize, body.count)
            let piece = channel.allocator.buffer(bytes: body[offset..<end])
            // Waiting for each write keeps the count honest and lets TCP flow control pace the server.
            try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(piece))).get()
            state.withLock { $0.lastResponseBodyBytesWritten += end - offset }
            if offset == 0, end < body.count, let hold = response.restOfBodyHold {
                await hold.wait()
                try Task.checkCancellation()
            }
            offset = end
            if offset < body.count, let delay = response.delayBetweenChunks {
                try await Task.sleep(for: delay)
            }
        }
        try await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
    }
}
