public import AsyncHTTPClient
public import Logging
import NIOCore
import NIOHTTP1
import SOAPNIOSupport
public import SOAPRuntime

/// The default `SOAPTransport`: posts through an AsyncHTTPClient `HTTPClient` that the application owns.
///
/// The transport never creates, owns or shuts down an `HTTPClient`. It uses `HTTPClient.shared` unless given one,
/// so its caller sets TLS, proxies, connection pooling, the connect and read timeouts and redirects where it
/// already does: on its own client. The shared client verifies certificates fully, decodes gzip and deflate, and
/// never needs a shutdown; a client of your own is shut down by you, after the last call through it.
public struct AsyncHTTPClientTransport: SOAPTransport {
    /// What every request carries.
    public struct Configuration: Sendable, Hashable {
        /// The `User-Agent` header.
        public var userAgent: String
        /// Whether requests say `Accept-Encoding: gzip, deflate`. Set it only when the `HTTPClient` decodes bodies
        /// (`decompression: .enabled`, as `HTTPClient.shared` does); otherwise compressed bytes would reach the XML
        /// parser.
        public var acceptsCompressedResponses: Bool

        /// - Parameters:
        ///   - userAgent: The `User-Agent` header.
        ///   - acceptsCompressedResponses: Ask for gzip or deflate bodies; only when the client decodes them.
        public init(userAgent: String = "smsc-swift", acceptsCompressedResponses: Bool = false) {
            self.userAgent = userAgent
            self.acceptsCompressedResponses = acceptsCompressedResponses
        }
    }

    /// The settings every request is made with.
    public let configuration: Configuration
    private let client: HTTPClient

    /// Creates a transport that sends through `client`.
    ///
    /// - Parameters:
    ///   - client: The client to post through; its owner shuts it down (`HTTPClient.shared` needs no shutdown).
    ///     Its own settings (timeouts, TLS, proxy, pool, redirects, decompression) apply to every call.
    ///   - configuration: The `User-Agent` and whether to ask for compressed bodies. With the shared client,
    ///     compressed bodies are asked for, since it decodes them.
    public init(client: HTTPClient = .shared, configuration: Configuration? = nil) {
        self.client = client
        self.configuration = configuration ?? Configuration(acceptsCompressedResponses: client === HTTPClient.shared)
    }

    /// POSTs `request` and returns the complete response, whatever its status.
    ///
    /// The body is streamed: a `Content-Length` above `options.maximumResponseSize` is refused before reading, and
    /// reading stops as soon as the decoded bytes pass the limit. `deadline` bounds the whole call, body included;
    /// cancelling the calling task cancels the request. The connect and read timeouts are the client's (see
    /// ``Configuration``): AsyncHTTPClient applies them per client, not per request, so `options.connectTimeout` and
    /// `options.readTimeout` are not used here.
    ///
    /// - Parameters:
    ///   - request: The endpoint, headers and envelope.
    ///   - options: The response size limit.
    ///   - deadline: When the whole call must have ended.
    ///   - logger: Passed to AsyncHTTPClient, which logs the request's connection and pool events through it.
    /// - Returns: Status, headers in the order received, and the body (decoded when it was gzip or deflate).
    /// - Throws: `SOAPTransportError`; its message never contains the request body.
    public func send(
        _ request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        // AsyncHTTPClient refuses a URL without a host with the same message, and parsing the whole URL is left to
        // the error path, which alone needs its host and port.
        if let refusal = NIOTransportErrors.refusalBeforeSending(request) {
            throw refusal
        }

        var httpRequest = HTTPClientRequest(url: request.url)
        httpRequest.method = .POST
        for field in request.headers {
            httpRequest.headers.add(name: field.name, value: field.value)
        }
        if configuration.acceptsCompressedResponses {
            httpRequest.headers.replaceOrAdd(name: "Accept-Encoding", value: "gzip, deflate")
        }
        httpRequest.headers.replaceOrAdd(name: "User-Agent", value: configuration.userAgent)
        httpRequest.body = .bytes(request.body)

        let timeToDeadline = deadline - .now
        let nioDeadline = NIODeadline.now() + TimeAmount(timeToDeadline)
        var responseHeadReceived = false
        do {
            // AsyncHTTPClient's deadline covers the wait for the response head only; readBody covers the rest.
            let response = try await client.execute(httpRequest, deadline: nioDeadline, logger: logger)
            responseHeadReceived = true
            let body = try await Self.readBody(
                of: response,
                limit: options.maximumResponseSize,
                deadline: nioDeadline,
                eventLoop: client.eventLoopGroup.any()
            )
            let headers = SOAPHTTPHeaders(
                response.headers.map { SOAPHTTPHeaders.Field(name: $0.name, value: $0.value) }
            )
            return SOAPHTTPResponse(status: Int(response.status.code), headers: headers, body: body)
        } catch {
            let endpoint = HTTPEndpoint(url: request.url)?.description ?? "the endpoint"
            var mapped = Self.transportError(
                for: error,
                context: Self.errorContext(endpoint: endpoint, totalTimeout: timeToDeadline)
            )
            mapped.responseHeadReceived = responseHeadReceived
            throw mapped
        }
    }

    // MARK: - Reading the body

    private static func readBody(
        of response: HTTPClientResponse,
        limit: Int,
        deadline: NIODeadline,
        eventLoop: any EventLoop
    ) async throws -> [UInt8] {
        let announced = AnnouncedBodySize(response.headers)
        if let refusal = announced.refusal(limit: limit) {
            // Dropping the unread body cancels the request and closes the connection.
            throw refusal
        }
        let body = response.body
        let reservation = announced.reservation(limit: limit)
        // A SOAP reply usually arrives with its head, so the body is read first without any deadline mechanism: on a
        // platform with `Task.immediate` the reader runs inline until it would wait, and most calls end right there.
        // Only a body still arriving gets a deadline: a timer on an event loop, cancelled as soon as the body is in.
        // A racing `Task.sleep(until:)` would do the same, but a cancelled sleep keeps its timer, and the task it
        // belongs to, until the deadline would have passed: every such call would hold memory for the whole total
        // timeout, and a bulk run's memory would grow with its request rate.
        let reader = startReading(body, limit: limit, reservation: reservation)
        if let collected = reader.collected {
            return try collected.get()
        }
        let timedOut = Locked(false)
        let timer = eventLoop.scheduleTask(deadline: deadline) {
            timedOut.withLock { $0 = true }
            // Cancelling the reader drops the stream, which ends the request.
            reader.task.cancel()
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            do {
                return try await reader.task.value
            } catch {
                if timedOut.withLock({ $0 }) {
                    throw HTTPClientError.deadlineExceeded
                }
                throw error
            }
        } onCancel: {
            reader.task.cancel()
        }
    }

    /// A body being read by a task of its own, and its bytes if the task already ended.
    private struct BodyReader {
        var task: Task<[UInt8], any Error>
        var collected: Result<[UInt8], any Error>?
    }

    /// Starts reading `body` in a task of its own, inline where the platform allows it, so that a body already
    /// received is collected before this returns.
    private static func startReading(_ body: HTTPClientResponse.Body, limit: Int, reservation: Int) -> BodyReader {
        let outcome = Locked<Result<[UInt8], any Error>?>(nil)
        let operation: @Sendable () async throws -> [UInt8] = {
            do {
                let bytes = try await collect(body, limit: limit, reservation: reservation)
                outcome.withLock { $0 = .success(bytes) }
                return bytes
            } catch {
                outcome.withLock { $0 = .failure(error) }
                throw error
            }
        }
        let task: Task<[UInt8], any Error>
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            task = Task.immediate(operation: operation)
        } else {
            task = Task(operation: operation)
        }
        return BodyReader(task: task, collected: outcome.withLock { $0 })
    }

    private static func collect(_ body: HTTPClientResponse.Body, limit: Int, reservation: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(reservation)
        for try await chunk in body {
            guard bytes.count + chunk.readableBytes <= limit else {
                throw NIOTransportErrors.tooLarge(
                    limit: limit,
                    detail: "reading stopped after \(bytes.count + chunk.readableBytes) bytes"
                )
            }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return bytes
    }
}
