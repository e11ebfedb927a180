import NIOCore
import NIOSSL
import SOAPNIOSupport
import SOAPRuntime

/// The transport's own state, touched only on its event loop: a pool per endpoint, and the endpoint of the last URL
/// seen, so that a client calling one URL parses it once.
final class TransportState {
    private let configuration: NIOHTTP1Transport.Configuration
    private let eventLoop: any EventLoop
    private var pools: [HTTPEndpoint: ConnectionPool] = [:]
    private var lastURL: String?
    private var lastPool: ConnectionPool?
    private var tlsContext: Result<NIOSSLContext, any Error>?
    private var isShutDown = false
    /// Calls cancelled before they started, each with its deadline.
    private var cancelledBeforeStart: [CallID: NIODeadline] = [:]

    init(configuration: NIOHTTP1Transport.Configuration, eventLoop: any EventLoop) {
        self.configuration = configuration
        self.eventLoop = eventLoop
    }

    func start(_ call: PendingCall) {
        if !cancelledBeforeStart.isEmpty, cancelledBeforeStart.removeValue(forKey: call.id) != nil {
            call.finish(.failure(NIOTransportErrors.cancelledBeforeSending))
            return
        }
        guard !isShutDown else {
            call.finish(.failure(Self.shutDownError))
            return
        }
        guard let pool = pool(for: call.request.url) else {
            call.finish(.failure(NIOTransportErrors.notAnHTTPURL))
            return
        }
        pool.start(call)
    }

    /// Cancels call `id` to `url`, whose deadline is `deadline`.
    func cancel(_ id: CallID, url: String, deadline: NIODeadline) {
        if let pool = existingPool(for: url), pool.cancel(id) {
            return
        }
        // No pool holds the call: either it has ended, or the cancellation overtook its start, which is still on its
        // way to the loop and finds the mark. A mark for a call that has ended is of no use after its deadline.
        let now = NIODeadline.now()
        cancelledBeforeStart = cancelledBeforeStart.filter { $0.value > now }
        cancelledBeforeStart[id] = deadline
    }

    func shutDown() -> EventLoopFuture<Void> {
        isShutDown = true
        let closed = pools.values.flatMap { $0.shutDown() }
        pools = [:]
        lastURL = nil
        lastPool = nil
        return EventLoopFuture.andAllComplete(closed, on: eventLoop)
    }

    struct Snapshot: Sendable {
        /// Calls waiting for a connection to become free.
        var waitingCalls = 0
        /// Whether a deadline check is scheduled.
        var isCheckingDeadlines = false
    }

    var snapshot: Snapshot {
        pools.values.reduce(into: Snapshot()) { snapshot, pool in
            snapshot.waitingCalls += pool.waitingCallCount
            snapshot.isCheckingDeadlines = snapshot.isCheckingDeadlines || pool.isCheckingDeadlines
        }
    }

    static let shutDownError = SOAPTransportError(
        code: .connectionFailed,
        message: "the transport has been shut down",
        requestMayHaveReachedServer: false
    )

    private func pool(for url: String) -> ConnectionPool? {
        if url == lastURL, let lastPool {
            return lastPool
        }
        guard let endpoint = HTTPEndpoint(url: url) else { return nil }
        let pool: ConnectionPool
        if let existing = pools[endpoint] {
            pool = existing
        } else {
            pool = ConnectionPool(
                endpoint: endpoint,
                configuration: configuration,
                eventLoop: eventLoop,
                tlsContext: { self.makeTLSContext() }
            )
            pools[endpoint] = pool
        }
        lastURL = url
        lastPool = pool
        return pool
    }

    private func existingPool(for url: String) -> ConnectionPool? {
        if url == lastURL, let lastPool {
            return lastPool
        }
        return HTTPEndpoint(url: url).flatMap { pools[$0] }
    }

    /// One TLS context for all connections, made at the first https connection.
    private func makeTLSContext() -> Result<NIOSSLContext, any Error> {
        if let tlsContext { return tlsContext }
        let made = Result { try NIOSSLContext(configuration: configuration.tlsConfiguration) }
        tlsContext = made
        return made
    }
}
