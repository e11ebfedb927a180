public import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
public import SOAPRuntime

/// The default ``SOAPTransport``: posts through an AsyncHTTPClient `HTTPClient` that the application owns.
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
        // Only the scheme is checked here; AsyncHTTPClient refuses a URL without a host with the same message, and
        // parsing the whole URL is left to the error path, which alone needs its host and port.
        guard Endpoint.hasHTTPScheme(request.url) else {
            throw SOAPTransportError(
                code: .connectionFailed,
                message: "the endpoint URL is not an http or https URL with a host",
                requestMayHaveReachedServer: false
            )
        }
        if Task.isCancelled {
            throw SOAPTransportError(code: .cancelled, message: "the call was cancelled before it was sent", requestMayHaveReachedServer: false)
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

        let deadline = NIODeadline.now() + TimeAmount(options.timeouts.total)
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
            let endpoint = Endpoint(url: request.url)?.description ?? "the endpoint"
            throw Self.transportError(for: error, context: ErrorContext(endpoint: endpoint, totalTimeout: options.timeouts.total))
        }
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
            code: .responseTooLarge,
            message: "the response body is larger than the limit of \(limit) bytes (\(detail))",
            requestMayHaveReachedServer: true,
            responseSizeLimit: limit
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

    /// Whether `url` starts with `http://` or `https://`, in any case, without parsing the rest.
    static func hasHTTPScheme(_ url: String) -> Bool {
        let scheme = url.utf8.prefix(8).map { $0 | 0x20 }  // ASCII lowercase; other bytes never match below.
        return scheme.starts(with: "http://".utf8) || scheme.starts(with: "https://".utf8)
    }
}
