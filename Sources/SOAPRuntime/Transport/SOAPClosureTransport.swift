public import Logging

/// A transport that calls a closure: for tests, and for adapting another HTTP stack.
public struct SOAPClosureTransport: SOAPTransport {
    /// One call, as ``SOAPTransport/send(_:options:deadline:logger:)`` receives it.
    public struct Call: Sendable {
        /// The endpoint, headers and envelope.
        public var request: SOAPRequest
        /// The connect and read timeouts and the response size limit.
        public var options: SOAPTransportOptions
        /// When the whole call must have ended.
        public var deadline: ContinuousClock.Instant
        /// The calling operation's logger.
        public var logger: Logger
    }

    /// Answers a call with its complete response; what it throws becomes a ``SOAPTransportError`` as
    /// ``SOAPClosureTransport/init(_:)`` describes.
    public typealias Handler = @Sendable (Call) async throws -> SOAPHTTPResponse

    private let handler: Handler

    /// - Parameter handler: Returns the response for a call. A thrown ``SOAPTransportError`` is passed on;
    ///   `CancellationError` becomes a cancelled transport error; anything else becomes
    ///   ``SOAPTransportError/Code/connectionFailed`` that may have reached the server. A body over the call's size
    ///   limit is refused as ``SOAPTransportError/Code/responseTooLarge``, as a real transport refuses it.
    public init(_ handler: @escaping Handler) {
        self.handler = handler
    }

    public func send(
        _ request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        do {
            let response = try await handler(
                Call(request: request, options: options, deadline: deadline, logger: logger)
            )
            guard response.body.count <= options.maximumResponseSize else {
                throw SOAPTransportError(
                    code: .responseTooLarge,
                    message: "the response body is larger than the limit of \(options.maximumResponseSize) bytes",
                    requestMayHaveReachedServer: true,
                    responseHeadReceived: true,
                    responseSizeLimit: options.maximumResponseSize
                )
            }
            return response
        } catch let error as SOAPTransportError {
            throw error
        } catch is CancellationError {
            throw SOAPTransportError(
                code: .cancelled,
                message: "the call was cancelled",
                requestMayHaveReachedServer: true
            )
        } catch {
            throw SOAPTransportError(
                code: .connectionFailed,
                message: "\(error)",
                requestMayHaveReachedServer: true,
                underlyingError: error
            )
        }
    }
}
