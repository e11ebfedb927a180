public import Logging
public import NIOCore
public import NIOPosix
public import NIOSSL
import SOAPNIOSupport
public import SOAPRuntime
import Synchronization

/// A lean `SOAPTransport` written directly on SwiftNIO's HTTP/1.1 codec and NIOSSL: keep-alive connections to
/// each endpoint, at most ``Configuration/maximumConnectionsPerEndpoint`` of them, every call's work kept on one
/// event loop, and no timer scheduled or cancelled per call.
///
/// It does what a SOAP client needs and nothing else: POST, keep-alive, TLS with full certificate verification
/// (NIOSSL's defaults, or your `TLSConfiguration`), gzip and deflate bodies, the size limit while reading, the
/// connect, read and total deadlines of `SOAPTransportOptions`, and cancellation. It does **not** do proxies,
/// redirects (a 3xx is returned as it is), HTTP/2, `Expect: 100-continue`, cookies, or retries; for any of those, use
/// `AsyncHTTPClientTransport` (the default).
///
/// The transport owns its connections, so shut it down (``shutdown()``) after the last call, as you would an
/// `HTTPClient`. Dropping the last reference to it closes its connections too, without waiting for them.
///
/// ```swift
/// let transport = NIOHTTP1Transport()
/// let client = try SMSCClient(credentials: credentials, transport: transport)
/// // … calls …
/// await transport.shutdown()
/// ```
///
/// Deadlines are checked by one repeating check per endpoint that runs only while calls are in flight, every
/// ``Configuration/deadlineCheckInterval``; a call therefore ends at most that long after its deadline.
public final class NIOHTTP1Transport: SOAPTransport {
    /// How connections are made and what every request carries.
    public struct Configuration: Sendable {
        /// The `User-Agent` header.
        public var userAgent: String
        /// Keep-alive connections to one endpoint at most; calls beyond them wait for a free one.
        public var maximumConnectionsPerEndpoint: Int
        /// How `https` endpoints are verified. NIOSSL's client defaults verify the chain and the host name fully.
        public var tlsConfiguration: TLSConfiguration
        /// Whether requests say `Accept-Encoding: gzip, deflate`; compressed bodies are decoded, and the decoded size
        /// counts against the size limit.
        public var acceptsCompressedResponses: Bool
        /// A compressed body that expands more than this many times is refused as a decompression bomb before the
        /// size limit is reached; `nil` leaves the size limit alone to stop it. Repetitive XML compresses well, so
        /// the default, 250, is far above what a real reply reaches and far below a bomb's 1,000.
        public var maximumCompressionRatio: Int?
        /// A connection unused for this long is closed instead of reused, before the server's own keep-alive timeout
        /// can close it under a request.
        public var idleConnectionTimeout: Duration
        /// How often in-flight calls are checked against their deadlines; a call ends at most this long after its
        /// deadline.
        public var deadlineCheckInterval: Duration

        /// - Parameters:
        ///   - userAgent: The `User-Agent` header.
        ///   - maximumConnectionsPerEndpoint: Keep-alive connections to one endpoint at most.
        ///   - tlsConfiguration: How `https` endpoints are verified; full verification by default.
        ///   - acceptsCompressedResponses: Ask for, and decode, gzip and deflate bodies.
        ///   - maximumCompressionRatio: Refuse a compressed body that expands more than this many times.
        ///   - idleConnectionTimeout: Close rather than reuse a connection idle this long.
        ///   - deadlineCheckInterval: How often deadlines are checked while calls are in flight.
        public init(
            userAgent: String = "smsc-swift",
            maximumConnectionsPerEndpoint: Int = 8,
            tlsConfiguration: TLSConfiguration = .makeClientConfiguration(),
            acceptsCompressedResponses: Bool = true,
            maximumCompressionRatio: Int? = 250,
            idleConnectionTimeout: Duration = .seconds(20),
            deadlineCheckInterval: Duration = .milliseconds(50)
        ) {
            self.userAgent = userAgent
            self.maximumConnectionsPerEndpoint = maximumConnectionsPerEndpoint
            self.tlsConfiguration = tlsConfiguration
            self.acceptsCompressedResponses = acceptsCompressedResponses
            self.maximumCompressionRatio = maximumCompressionRatio
            self.idleConnectionTimeout = idleConnectionTimeout
            self.deadlineCheckInterval = deadlineCheckInterval
        }
    }

    /// The settings the transport was made with.
    public let configuration: Configuration
    /// The event loop every connection and call of this transport runs on.
    public let eventLoop: any EventLoop
    /// Runs tasks on ``eventLoop``. Calls made under `withTaskExecutorPreference(transport.taskExecutor) { … }` stay on
    /// the loop's thread from request to result, with no thread hop per call: the fastest way to make many calls in a
    /// row. Everything else such a task does also runs on the loop, so keep long computations out of it.
    public let taskExecutor: EventLoopTaskExecutor
    private let state: NIOLoopBoundBox<TransportState>
    /// Calls sent so far: the next call's ``CallID``.
    private let callCount = Atomic<UInt64>(0)

    /// Creates a transport whose connections all live on one event loop of `eventLoopGroup`.
    ///
    /// - Parameters:
    ///   - configuration: Connections per endpoint, TLS, compression and deadline checks.
    ///   - eventLoopGroup: Where the connections run; NIO's shared group by default, which needs no shutdown.
    /// - Precondition: `maximumConnectionsPerEndpoint`, `maximumCompressionRatio` and both durations are above zero,
    ///   and `userAgent` has no line break or NUL byte.
    public init(
        configuration: Configuration = .init(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        precondition(configuration.maximumConnectionsPerEndpoint > 0, "maximumConnectionsPerEndpoint must be above 0")
        precondition(configuration.deadlineCheckInterval > .zero, "deadlineCheckInterval must be above 0")
        precondition(configuration.idleConnectionTimeout > .zero, "idleConnectionTimeout must be above 0")
        precondition(
            configuration.maximumCompressionRatio.map { $0 > 0 } ?? true,
            "maximumCompressionRatio must be above 0"
        )
        precondition(
            HTTP1Connection.isValidHeaderValue(configuration.userAgent),
            "userAgent must not contain CR, LF or NUL"
        )
        self.configuration = configuration
        let eventLoop = eventLoopGroup.next()
        self.eventLoop = eventLoop
        taskExecutor = EventLoopTaskExecutor(eventLoop: eventLoop)
        state = .makeBoxSendingValue(
            TransportState(configuration: configuration, eventLoop: eventLoop),
            eventLoop: eventLoop
        )
    }

    /// POSTs `request` and returns the complete response, whatever its status.
    ///
    /// A `Content-Length` above `options.maximumResponseSize` is refused before the body is read, and reading stops as
    /// soon as the (decoded) body passes it. `options` bounds connecting (TLS included) and silence between response
    /// parts, `deadline` the whole call. Cancelling the calling task ends the call and closes its connection.
    ///
    /// - Parameters:
    ///   - request: The endpoint, headers and envelope.
    ///   - options: The connect and read timeouts and the response size limit.
    ///   - deadline: When the whole call must have ended.
    ///   - logger: Receives `trace` lines about the call's connection: reused, opened, or waited for.
    /// - Throws: `SOAPTransportError`; its message never contains the request body.
    public func send(
        _ request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        if let refusal = NIOTransportErrors.refusalBeforeSending(request) ?? HTTP1Connection.refusal(of: request) {
            throw refusal
        }
        let id = CallID(value: callCount.wrappingAdd(1, ordering: .relaxed).oldValue)
        let limits = CallLimits(options: options, deadline: deadline)
        let state = self.state
        let eventLoop = self.eventLoop
        let result = await withTaskCancellationHandler {
            await withUnsafeContinuation { continuation in
                let call = PendingCall(
                    id: id,
                    request: request,
                    limits: limits,
                    logger: logger,
                    continuation: continuation
                )
                if eventLoop.inEventLoop {
                    state.value.start(call)
                } else {
                    eventLoop.execute { state.value.start(call) }
                }
            }
        } onCancel: {
            eventLoop.execute { state.value.cancel(id, url: request.url, deadline: limits.deadline) }
        }
        return try result.get()
    }

    deinit {
        // A safety net for a transport dropped without `shutdown()`: its connections would otherwise stay open until
        // the server closed them. No call is in flight: each holds the transport until it returns.
        let state = self.state
        eventLoop.execute { _ = state.value.shutDown() }
    }

    /// What the transport is doing, read on its event loop: for tests that must wait for a state no event reports.
    func snapshot() async -> TransportState.Snapshot {
        let state = self.state
        return (try? await eventLoop.submit { state.value.snapshot }.get()) ?? .init()
    }

    /// Ends every call in flight, closes every connection, and refuses later calls.
    ///
    /// Calls waiting for a connection fail without having been sent; calls already sent fail as cancelled, since
    /// the server may have received them.
    public func shutdown() async {
        let state = self.state
        let closed = eventLoop.flatSubmit { state.value.shutDown() }
        try? await closed.get()
    }
}
