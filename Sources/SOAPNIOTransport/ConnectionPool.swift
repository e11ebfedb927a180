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
/// Its decisions are its ``StateMachine``'s: the pool feeds it calls, cancellations, deadline checks and what the
/// connections report, and does what it answers (opens and closes connections, hands calls to them, ends calls,
/// starts and stops the deadline check).
final class ConnectionPool {
    let endpoint: HTTPEndpoint
    /// The `Host` header of every request.
    let hostHeader: String
    let configuration: NIOHTTP1Transport.Configuration
    let eventLoop: any EventLoop
    private let tlsContext: () -> Result<NIOSSLContext, any Error>

    private var machine: StateMachine<PendingCall>
    /// Every connection opened and not yet closed, closing ones included: what a shutdown waits for.
    private var connections: [HTTP1Connection.ID: HTTP1Connection] = [:]
    private var deadlineCheck: RepeatedTask?

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
        machine = StateMachine(
            endpoint: endpoint.description,
            maximumConnections: configuration.maximumConnectionsPerEndpoint,
            idleTimeout: TimeAmount(configuration.idleConnectionTimeout)
        )
    }

    var waitingCallCount: Int { machine.waitingCallCount }
    var isCheckingDeadlines: Bool { deadlineCheck != nil }

    // MARK: - Calls

    func start(_ call: PendingCall) {
        let action = machine.startCall(call, now: .now())
        // The metadata is built only when the logger takes trace lines.
        switch (action.call, action.connection) {
        case (.execute, _):
            call.logger.trace("SOAP transport reuses a connection", metadata: ["soap.endpoint": "\(endpoint)"])
        case (_, .open):
            call.logger.trace("SOAP transport opens a connection", metadata: ["soap.endpoint": "\(endpoint)"])
        case (.none, _):
            call.logger.trace(
                "SOAP transport waits for a free connection",
                metadata: ["soap.endpoint": "\(endpoint)", "soap.waiting": "\(machine.waitingCallCount)"]
            )
        case (.fail, _):
            break
        }
        run(action)
    }

    /// Cancels call `id`; `false` when the pool does not hold it (it has ended, or has not arrived yet).
    func cancel(_ id: CallID) -> Bool {
        guard let action = machine.cancelCall(id) else { return false }
        run(action)
        return true
    }

    /// Closes every connection and ends every call; the futures succeed as the connections close.
    func shutDown() -> [EventLoopFuture<Void>] {
        run(machine.shutDown())
        return connections.values.map(\.closeFuture)
    }

    // MARK: - What connections report

    /// `connection` finished its call and may serve another.
    func connectionReleased(_ connection: HTTP1Connection) {
        guard connections[connection.id] === connection else { return }
        run(machine.connectionReleased(connection.id, now: .now()))
    }

    /// `connection` started closing.
    func connectionClosing(_ connection: HTTP1Connection) {
        guard connections[connection.id] === connection else { return }
        run(machine.connectionClosed(connection.id, now: .now()))
    }

    /// `connection` closed, for whatever reason; it is gone from the pool.
    func connectionClosed(_ connection: HTTP1Connection) {
        guard connections[connection.id] === connection else { return }
        run(machine.connectionClosed(connection.id, now: .now()))
        connections[connection.id] = nil
    }

    // MARK: - Doing what the machine says

    private func run(_ action: StateMachine<PendingCall>.Action) {
        // First, so that a decision made while running the rest (which can feed the machine again) comes last.
        switch action.deadlineCheck {
        case .none:
            break
        case .schedule:
            scheduleDeadlineCheck()
        case .cancel:
            deadlineCheck?.cancel()
            deadlineCheck = nil
        }
        switch action.call {
        case .none:
            break
        case .execute(let call, let id):
            if let connection = connections[id] {
                connection.execute(call)
            } else {
                // Not reachable: the machine only hands calls to connections that opened and have not closed.
                run(machine.connectionClosed(id, now: .now()))
                start(call)
            }
        case .fail(let failures):
            for failure in failures {
                failure.call.finish(.failure(failure.error))
            }
        }
        switch action.connection {
        case .none:
            break
        case .open(let id, let connectTimeout, let closingIdle):
            for id in closingIdle {
                connections[id]?.close()
            }
            open(id, connectTimeout: connectTimeout)
        case .close(let ids):
            for id in ids {
                connections[id]?.close()
            }
        case .cancelCall(let call, let id):
            connections[id]?.cancel(call)
        case .checkDeadlines(let ids):
            let now = NIODeadline.now()
            for id in ids {
                connections[id]?.checkDeadlines(at: now)
            }
        }
    }

    private func scheduleDeadlineCheck() {
        guard deadlineCheck == nil else { return }
        let interval = TimeAmount(configuration.deadlineCheckInterval)
        let boundSelf = NIOLoopBound(self, eventLoop: eventLoop)
        deadlineCheck = eventLoop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { _ in
            let pool = boundSelf.value
            pool.run(pool.machine.deadlineCheck(now: .now()))
        }
    }

    // MARK: - Opening connections

    private func open(_ id: HTTP1Connection.ID, connectTimeout: TimeAmount) {
        let tls: NIOSSLContext?
        if !endpoint.usesTLS {
            tls = nil
        } else {
            switch tlsContext() {
            case .success(let context):
                tls = context
            case .failure(let error):
                let refusal = SOAPTransportError(
                    code: .tls,
                    message: "the TLS configuration could not be used: \(error)",
                    requestMayHaveReachedServer: false,
                    underlyingError: error
                )
                run(machine.connectionFailed(id, error: refusal, now: .now()))
                return
            }
        }
        let endpoint = self.endpoint
        let decompressionLimit =
            configuration.maximumCompressionRatio.map { NIOHTTPDecompression.DecompressionLimit.ratio($0) } ?? .none
        let acceptsCompressedResponses = configuration.acceptsCompressedResponses
        let boundSelf = NIOLoopBound(self, eventLoop: eventLoop)
        ClientBootstrap(group: eventLoop)
            .connectTimeout(connectTimeout)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                // Runs once per connection attempt (a host with several addresses gets several), so each channel gets
                // a handler of its own; the one of the channel that connects is found again below.
                do {
                    let pipeline = channel.pipeline.syncOperations
                    if let tls {
                        let serverHostname = endpoint.hostIsIPAddress ? nil : endpoint.host
                        try pipeline.addHandler(NIOSSLClientHandler(context: tls, serverHostname: serverHostname))
                    }
                    // The connection checks header values itself, when the call is sent, more cheaply than a
                    // validating handler would.
                    try pipeline.addHTTPClientHandlers(enableOutboundHeaderValidation: false)
                    let connection = HTTP1Connection(pool: boundSelf.value, id: id)
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
                let pool = boundSelf.value
                let now = NIODeadline.now()
                switch result.flatMap({ channel in
                    Result { try channel.pipeline.syncOperations.handler(type: HTTP1Connection.self) }
                }) {
                case .success(let connection):
                    pool.connections[id] = connection
                    pool.run(pool.machine.connectionOpened(id, now: now))
                case .failure(let error):
                    pool.run(pool.machine.connectionFailed(id, error: error, now: now))
                }
            }
    }
}
