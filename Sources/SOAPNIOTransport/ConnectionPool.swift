import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import NIOSSL
import SOAPNIOSupport
import SOAPRuntime

/// The keep-alive connections to one endpoint and the calls waiting for them. Lives on the transport's event loop,
/// like everything it touches, so it needs no lock.
///
/// A call takes the most recently used idle connection, or opens a new one while there are fewer than the maximum,
/// or waits in line. While any call is in flight, one repeating check ends those past a deadline; it stops itself at
/// the first check that finds nothing in flight, so an idle transport schedules nothing, and a busy one schedules it
/// once rather than once per call.
final class ConnectionPool {
    let endpoint: HTTPEndpoint
    /// The `Host` header of every request.
    let hostHeader: String
    let configuration: NIOHTTP1Transport.Configuration
    let eventLoop: any EventLoop
    private let tlsContext: () -> Result<NIOSSLContext, any Error>

    /// Every connection opened and not closing, busy or idle: what counts towards the maximum.
    private var connections: [HTTP1Connection] = []
    /// Connections closing, until they are closed: what a shutdown still waits for.
    private var closing: [HTTP1Connection] = []
    /// Idle connections, the most recently used last.
    private var idle: [HTTP1Connection] = []
    /// Connections being opened, each for the call that asked for it.
    private var opening = 0
    /// Calls waiting for their own new connection.
    private var connecting: [PendingCall] = []
    /// Calls waiting for a connection to become free, in order.
    private var waiting: [PendingCall] = []
    private var deadlineCheck: RepeatedTask?
    private var isShutDown = false

    init(
        endpoint: HTTPEndpoint,
        configuration: NIOHTTP1Transport.Configuration,
        eventLoop: any EventLoop,
        tlsContext: @escaping () -> Result<NIOSSLContext, any Error>
    ) {
        self.endpoint = endpoint
        hostHeader = endpoint.hostHeader
        self.configuration = configuration
        self.eventLoop = eventLoop
        self.tlsContext = tlsContext
    }

    var waitingCallCount: Int { waiting.count }
    var isCheckingDeadlines: Bool { deadlineCheck != nil }

    func errorContext(for call: PendingCall) -> TransportErrorContext {
        TransportErrorContext(
            endpoint: endpoint.description,
            totalTimeout: call.timeToDeadline,
            connectTimeoutName: "the connect timeout of \(NIOTransportErrors.spoken(call.options.connectTimeout))"
        )
    }

    // MARK: - Calls

    func start(_ call: PendingCall) {
        call.pool = self
        guard !isShutDown else {
            call.finish(.failure(TransportState.shutDownError))
            return
        }
        let now = NIODeadline.now()
        while let connection = idle.popLast() {
            if connection.isReusable(at: now, idleTimeout: configuration.idleConnectionTimeout) {
                call.logger.trace("SOAP transport reuses a connection", metadata: ["soap.endpoint": "\(endpoint)"])
                connection.execute(call)
                scheduleDeadlineCheck()
                return
            }
            connection.close()
        }
        if connections.count + opening < configuration.maximumConnectionsPerEndpoint {
            call.logger.trace("SOAP transport opens a connection", metadata: ["soap.endpoint": "\(endpoint)"])
            open(for: call)
        } else {
            call.logger.trace(
                "SOAP transport waits for a free connection",
                metadata: ["soap.endpoint": "\(endpoint)", "soap.waiting": "\(waiting.count + 1)"]
            )
            waiting.append(call)
        }
        scheduleDeadlineCheck()
    }

    func cancel(_ call: PendingCall) {
        if let index = waiting.firstIndex(where: { $0 === call }) {
            waiting.remove(at: index)
            call.finish(.failure(NIOTransportErrors.cancelledBeforeSending))
        } else if let index = connecting.firstIndex(where: { $0 === call }) {
            // Its connection still opens, and serves the next call.
            connecting.remove(at: index)
            call.finish(.failure(NIOTransportErrors.cancelledBeforeSending))
        } else if let connection = call.connection {
            connection.cancel(call)
        }
    }

    /// A connection finished its call and may serve another.
    func release(_ connection: HTTP1Connection) {
        guard !isShutDown else {
            connection.close()
            return
        }
        if let next = nextWaitingCall() {
            connection.execute(next)
        } else {
            idle.append(connection)
        }
    }

    /// A connection started closing: its place serves a waiting call at once, without waiting for the close to
    /// finish (a TLS close waits for the server's close_notify for up to five seconds).
    func connectionClosing(_ connection: HTTP1Connection) {
        guard let index = connections.firstIndex(where: { $0 === connection }) else { return }
        connections.remove(at: index)
        closing.append(connection)
        idle.removeAll { $0 === connection }
        if !isShutDown, let next = nextWaitingCall() {
            start(next)
        }
    }

    /// A connection closed, for whatever reason; it is gone from the pool.
    func connectionClosed(_ connection: HTTP1Connection) {
        connectionClosing(connection)
        closing.removeAll { $0 === connection }
    }

    func shutDown() -> [EventLoopFuture<Void>] {
        isShutDown = true
        deadlineCheck?.cancel()
        deadlineCheck = nil
        for call in waiting + connecting {
            call.finish(.failure(TransportState.shutDownError))
        }
        waiting = []
        connecting = []
        let open = connections
        idle = []
        for connection in open {
            connection.shutDown()
        }
        return (open + closing).map(\.closeFuture)
    }

    private func nextWaitingCall() -> PendingCall? {
        while !waiting.isEmpty {
            let call = waiting.removeFirst()
            if !call.isFinished { return call }
        }
        return nil
    }

    // MARK: - Opening connections

    private func open(for call: PendingCall) {
        let tls: NIOSSLContext?
        if !endpoint.usesTLS {
            tls = nil
        } else {
            switch tlsContext() {
            case .success(let context):
                tls = context
            case .failure(let error):
                call.finish(.failure(SOAPTransportError(
                    code: .tls,
                    message: "the TLS configuration could not be used: \(error)",
                    requestMayHaveReachedServer: false,
                    underlyingError: error
                )))
                return
            }
        }
        opening += 1
        connecting.append(call)
        let endpoint = self.endpoint
        let decompressionLimit = configuration.maximumCompressionRatio.map { NIOHTTPDecompression.DecompressionLimit.ratio($0) } ?? .none
        let acceptsCompressedResponses = configuration.acceptsCompressedResponses
        let remaining = call.deadline - .now()
        let connectTimeout = min(TimeAmount(call.options.connectTimeout), max(remaining, .nanoseconds(1)))
        let boundSelf = NIOLoopBound(self, eventLoop: eventLoop)
        let boundCall = NIOLoopBound(call, eventLoop: eventLoop)
        ClientBootstrap(group: eventLoop)
            .connectTimeout(connectTimeout)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                // Runs once per connection attempt (a host with several addresses gets several), so each channel gets
                // a handler of its own; the one of the channel that connects is found again in `opened`.
                do {
                    let pipeline = channel.pipeline.syncOperations
                    if let tls {
                        let serverHostname = endpoint.hostIsIPAddress ? nil : endpoint.host
                        try pipeline.addHandler(NIOSSLClientHandler(context: tls, serverHostname: serverHostname))
                    }
                    // The connection checks its own header values, more cheaply than a validating handler would.
                    try pipeline.addHTTPClientHandlers(enableOutboundHeaderValidation: false)
                    let connection = HTTP1Connection(pool: boundSelf.value)
                    if acceptsCompressedResponses {
                        let decompressor = NIOHTTPResponseDecompressor(limit: decompressionLimit)
                        try pipeline.addHandler(decompressor)
                        // Requests are written below the decompressor: its write side only adds an Accept-Encoding
                        // header, which the connection writes itself, and passing through it cost 5 % of a call.
                        connection.requestWriter = try pipeline.context(handler: decompressor)
                    }
                    try pipeline.addHandler(connection)
                    return channel.eventLoop.makeSucceededVoidFuture()
                } catch {
                    return channel.eventLoop.makeFailedFuture(error)
                }
            }
            .connect(host: endpoint.host, port: endpoint.port)
            .whenComplete { result in
                let connection = result.flatMap { channel in
                    Result { try channel.pipeline.syncOperations.handler(type: HTTP1Connection.self) }
                }
                boundSelf.value.opened(for: boundCall.value, connection)
            }
    }

    private func opened(for call: PendingCall, _ result: Result<HTTP1Connection, any Error>) {
        opening -= 1
        connecting.removeAll { $0 === call }
        switch result {
        case .success(let connection):
            connections.append(connection)
            if isShutDown {
                connection.close()
            } else if call.isFinished {
                // Cancelled or out of time while connecting: the connection serves the next call instead.
                release(connection)
            } else {
                connection.execute(call)
            }
        case .failure(let error):
            var mapped = NIOTransportErrors.mapped(error, context: errorContext(for: call))
                ?? SOAPTransportError(
                    code: .connect,
                    message: "could not connect to \(endpoint): \(error)",
                    requestMayHaveReachedServer: false
                )
            mapped.underlyingError = error
            call.finish(.failure(mapped))
            if !isShutDown, let next = nextWaitingCall() {
                start(next)
            }
        }
    }

    // MARK: - Deadlines

    private func scheduleDeadlineCheck() {
        guard deadlineCheck == nil else { return }
        let interval = TimeAmount(configuration.deadlineCheckInterval)
        let boundSelf = NIOLoopBound(self, eventLoop: eventLoop)
        deadlineCheck = eventLoop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { _ in
            boundSelf.value.checkDeadlines()
        }
    }

    private func checkDeadlines() {
        let now = NIODeadline.now()
        waiting.removeAll { call in
            guard call.isFinished || call.deadline <= now else { return false }
            call.finish(.failure(SOAPTransportError(
                code: .timeout,
                message: "no connection to \(endpoint) became free within the total deadline of \(NIOTransportErrors.spoken(call.timeToDeadline))",
                requestMayHaveReachedServer: false
            )))
            return true
        }
        for call in connecting where call.deadline <= now {
            // The connection keeps opening, within its connect timeout, and serves the next call.
            call.finish(.failure(NIOTransportErrors.connectTimeout(TransportErrorContext(
                endpoint: endpoint.description,
                totalTimeout: call.timeToDeadline,
                connectTimeoutName: "the total deadline of \(NIOTransportErrors.spoken(call.timeToDeadline))"
            ))))
        }
        var inFlight = !waiting.isEmpty || connecting.contains { !$0.isFinished }
        for connection in connections where connection.isBusy {
            connection.checkDeadlines(at: now)
            inFlight = inFlight || connection.isBusy
        }
        if !inFlight {
            deadlineCheck?.cancel()
            deadlineCheck = nil
        }
    }
}
