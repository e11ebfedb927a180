public import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
public import SOAPRuntime

/// The default ``SOAPTransport``: AsyncHTTPClient, with pooled keep-alive connections, verified TLS, gzip and deflate
/// decoding, deadlines and cancellation.
///
/// A transport made with ``init(configuration:)`` owns its `HTTPClient`: call ``shutdown()`` when done (if it is
/// released without that, it starts the shutdown itself). One made with ``init(client:configuration:)`` uses the
/// caller's client and never shuts it down.
///
/// Redirects are never followed: a SOAP POST that meets a 3xx comes back as that 3xx response.
public final class AsyncHTTPClientTransport: SOAPTransport {
    /// How the transport's own `HTTPClient` is set up, and what every request carries.
    public struct Configuration: Sendable {
        /// Establishing a connection, TLS handshake included.
        public var connectTimeout: Duration
        /// The longest silence while waiting for response bytes.
        public var readTimeout: Duration
        /// Connections kept open to one host. SMSC refuses 15 simultaneous connections per login, so stay well under.
        public var maximumConnectionsPerHost: Int
        /// How long an unused pooled connection stays open.
        public var idleConnectionTimeout: Duration
        /// The `User-Agent` header.
        public var userAgent: String

        /// - Parameters:
        ///   - connectTimeout: Establishing a connection, TLS included.
        ///   - readTimeout: The longest silence while waiting for response bytes.
        ///   - maximumConnectionsPerHost: Pooled connections per host; calls beyond it wait for a free connection.
        ///   - idleConnectionTimeout: How long an unused connection stays open.
        ///   - userAgent: The `User-Agent` header.
        public init(
            connectTimeout: Duration = .seconds(10),
            readTimeout: Duration = .seconds(30),
            maximumConnectionsPerHost: Int = 8,
            idleConnectionTimeout: Duration = .seconds(60),
            userAgent: String = "smsc-swift"
        ) {
            self.connectTimeout = connectTimeout
            self.readTimeout = readTimeout
            self.maximumConnectionsPerHost = maximumConnectionsPerHost
            self.idleConnectionTimeout = idleConnectionTimeout
            self.userAgent = userAgent
        }

        /// Takes the connect and read timeouts from `timeouts`, and defaults for the rest.
        ///
        /// The client's connection pool applies these to every call, so they are fixed when the transport is made;
        /// only the total deadline is applied per call (from ``SOAPTransportOptions/timeouts``).
        ///
        /// - Parameter timeouts: Its `connect` and `read` are used; `total` is left to each call's options.
        public init(timeouts: SOAPTimeouts) {
            self.init(connectTimeout: timeouts.connect, readTimeout: timeouts.read)
        }
    }

    /// The settings the transport was made with.
    public let configuration: Configuration
    private let client: HTTPClient
    private let ownsClient: Bool
    /// The one shutdown of an owned client, shared by every ``shutdown()`` call.
    private let shutdownTask = Locked<Task<Void, any Error>?>(nil)

    /// Creates a transport with its own `HTTPClient` on the shared event loop group.
    ///
    /// The client always verifies certificates fully (there is deliberately no way to turn that off), never follows
    /// redirects, decodes gzip and deflate bodies, and applies the configuration's timeouts and pool limits.
    ///
    /// - Parameter configuration: Timeouts, pool limits and the `User-Agent`.
    public init(configuration: Configuration = .init()) {
        var clientConfiguration = HTTPClient.Configuration(
            // nil means AsyncHTTPClient's default client TLS configuration, whose certificate verification is
            // `.fullVerification`; this module has no way to pass anything weaker.
            tlsConfiguration: nil,
            redirectConfiguration: .disallow,
            timeout: .init(connect: TimeAmount(configuration.connectTimeout), read: TimeAmount(configuration.readTimeout)),
            connectionPool: .init(
                idleTimeout: TimeAmount(configuration.idleConnectionTimeout),
                concurrentHTTP1ConnectionsPerHostSoftLimit: configuration.maximumConnectionsPerHost
            ),
            // The per-call size limit is enforced on the decoded bytes while reading; the ratio stops a small
            // compressed body from inflating into gigabytes inside a single read.
            decompression: .enabled(limit: .ratio(50))
        )
        // A failed connection attempt fails the waiting calls at once instead of being retried with backoff until the
        // connect timeout: the error then says what happened (refused, untrusted certificate) right away, and the
        // caller, who knows whether the call is safe to repeat, decides about retrying. Such failures always carry
        // `requestMayHaveReachedServer == false`.
        clientConfiguration.connectionPool.retryConnectionEstablishment = false
        // For the same reason on Apple platforms: fail instead of waiting for connectivity until the connect timeout.
        clientConfiguration.networkFrameworkWaitForConnectivity = false
        self.client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
        self.configuration = configuration
        self.ownsClient = true
    }

    /// Creates a transport that sends through `client`.
    ///
    /// The client's own settings (timeouts, TLS, redirects, decompression, pool) apply; from `configuration` only the
    /// `User-Agent` is used. ``shutdown()`` leaves the client alone: its owner shuts it down.
    ///
    /// - Parameters:
    ///   - client: A running client that outlives the transport.
    ///   - configuration: Supplies the `User-Agent`.
    public init(client: HTTPClient, configuration: Configuration = .init()) {
        self.client = client
        self.configuration = configuration
        self.ownsClient = false
    }

    deinit {
        // An owned client must be shut down before it is released (AsyncHTTPClient traps otherwise in debug builds);
        // the client keeps itself alive until its shutdown completes.
        if ownsClient, shutdownTask.withLock({ $0 == nil }) {
            _ = client.shutdown()
        }
    }

    /// POSTs `request` and returns the complete response, whatever its status.
    ///
    /// The body is streamed: a `Content-Length` above `options.maximumResponseSize` is refused before reading, and
    /// reading stops as soon as the decoded bytes pass the limit. `options.timeouts.total` bounds the whole call,
    /// body included; cancelling the calling task cancels the request. The connect and read timeouts are the
    /// client's (see ``Configuration``): AsyncHTTPClient applies them per client, not per request, so
    /// `options.timeouts.connect` and `options.timeouts.read` are not used here.
    ///
    /// - Parameters:
    ///   - request: The endpoint, headers and envelope.
    ///   - options: The total deadline and the response size limit.
    /// - Returns: Status, headers in the order received, and the body (decoded when it was gzip or deflate).
    /// - Throws: ``SOAPTransportError``; its message never contains the request body.
    public func send(_ request: SOAPRequest, options: SOAPTransportOptions) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        guard let endpoint = Endpoint(url: request.url) else {
            throw SOAPTransportError(
                kind: .other,
                message: "the endpoint URL is not an http or https URL with a host",
                requestMayHaveReachedServer: false
            )
        }
        if Task.isCancelled {
            throw SOAPTransportError(kind: .cancelled, message: "the call was cancelled before it was sent", requestMayHaveReachedServer: false)
        }

        var httpRequest = HTTPClientRequest(url: request.url)
        httpRequest.method = .POST
        for field in request.headers {
            httpRequest.headers.add(name: field.name, value: field.value)
        }
        httpRequest.headers.replaceOrAdd(name: "Accept-Encoding", value: "gzip, deflate")
        httpRequest.headers.replaceOrAdd(name: "User-Agent", value: configuration.userAgent)
        httpRequest.body = .bytes(request.body)

        let deadline = NIODeadline.now() + TimeAmount(options.timeouts.total)
        let context = ErrorContext(
            endpoint: endpoint.description,
            totalTimeout: options.timeouts.total,
            clientTimeouts: ownsClient ? configuration : nil
        )
        do {
            // AsyncHTTPClient's deadline covers the wait for the response head only; readBody covers the rest.
            let response = try await client.execute(httpRequest, deadline: deadline)
            let body = try await Self.readBody(
                of: response,
                limit: options.maximumResponseSize,
                deadline: deadline,
                eventLoop: client.eventLoopGroup.any()
            )
            let headers = SOAPHTTPHeaders(response.headers.map { SOAPHTTPHeaders.Field(name: $0.name, value: $0.value) })
            return SOAPHTTPResponse(status: Int(response.status.code), headers: headers, body: body)
        } catch {
            throw Self.transportError(for: error, context: context)
        }
    }

    /// Shuts the owned `HTTPClient` down, closing its connections; calls made afterwards fail. Does nothing to a
    /// client passed to ``init(client:configuration:)``. Calling it again waits for the same shutdown.
    ///
    /// - Throws: If the client fails to shut down cleanly.
    public func shutdown() async throws {
        guard ownsClient else { return }
        let task = shutdownTask.withLock { task in
            if let task { return task }
            let client = client
            let newTask = Task {
                do {
                    try await client.shutdown()
                } catch let error as HTTPClientError where error == .alreadyShutdown {
                    // Shut down already: the goal is reached.
                }
            }
            task = newTask
            return newTask
        }
        try await task.value
    }

    // MARK: - Reading the body

    private static func readBody(
        of response: HTTPClientResponse,
        limit: Int,
        deadline: NIODeadline,
        eventLoop: any EventLoop
    ) async throws -> [UInt8] {
        let contentLength = response.headers.first(name: "Content-Length").flatMap { Int($0) }
        // With a content coding, Content-Length counts encoded bytes, which says nothing exact about the decoded size.
        let isEncoded = response.headers[canonicalForm: "Content-Encoding"].contains { $0.lowercased() != "identity" }
        if let contentLength, !isEncoded, contentLength > limit {
            // Dropping the unread body cancels the request and closes the connection.
            throw tooLarge(limit: limit, detail: "the server announced \(contentLength) bytes")
        }
        let body = response.body
        let expectedSize = isEncoded ? nil : contentLength
        // The deadline is a timer on an event loop, cancelled as soon as the body is in. A racing
        // `Task.sleep(until:)` would do the same, but a cancelled sleep keeps its timer, and the task it belongs
        // to, until the deadline would have passed: every call would hold memory for the whole total timeout, and
        // a bulk run's memory would grow with its request rate.
        let reader = Task { try await collect(body, limit: limit, expectedSize: expectedSize) }
        let timedOut = Locked(false)
        let timer = eventLoop.scheduleTask(deadline: deadline) {
            timedOut.withLock { $0 = true }
            // Cancelling the reader drops the stream, which ends the request.
            reader.cancel()
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            do {
                return try await reader.value
            } catch {
                if timedOut.withLock({ $0 }) {
                    throw HTTPClientError.deadlineExceeded
                }
                throw error
            }
        } onCancel: {
            reader.cancel()
        }
    }

    private static func collect(_ body: HTTPClientResponse.Body, limit: Int, expectedSize: Int?) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expectedSize ?? 0, limit))
        for try await chunk in body {
            guard bytes.count + chunk.readableBytes <= limit else {
                throw tooLarge(limit: limit, detail: "reading stopped after \(bytes.count + chunk.readableBytes) bytes")
            }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return bytes
    }

    private static func tooLarge(limit: Int, detail: String) -> SOAPTransportError {
        SOAPTransportError(
            kind: .responseTooLarge(limit: limit),
            message: "the response body is larger than the limit of \(limit) bytes (\(detail))",
            requestMayHaveReachedServer: true
        )
    }
}

/// Scheme, host and port of the endpoint: enough to say where a call went without repeating its path or query.
private struct Endpoint: CustomStringConvertible {
    var host: String
    var port: Int

    init?(url: String) {
        guard
            let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else { return nil }
        self.host = host
        self.port = components.port ?? (scheme == "https" ? 443 : 80)
    }

    var description: String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
