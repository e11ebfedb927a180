/// A transport that calls a closure: for tests, and for adapting another HTTP stack.
public struct SOAPClosureTransport: SOAPTransport {
    public typealias Handler = @Sendable (SOAPRequest, SOAPTransportOptions) async throws -> SOAPHTTPResponse

    private let handler: Handler

    /// - Parameter handler: Returns the response for a request. A thrown ``SOAPTransportError`` is passed on;
    ///   `CancellationError` becomes a cancelled transport error; anything else becomes ``SOAPTransportError/Code/connectionFailed``
    ///   that may have reached the server.
    public init(_ handler: @escaping Handler) {
        self.handler = handler
    }

    public func send(_ request: SOAPRequest, options: SOAPTransportOptions) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        do {
            let response = try await handler(request, options)
            guard response.body.count <= options.maximumResponseSize else {
                throw SOAPTransportError(
                    code: .responseTooLarge,
                    message: "the response body is larger than the limit of \(options.maximumResponseSize) bytes",
                    requestMayHaveReachedServer: true,
                    responseSizeLimit: options.maximumResponseSize
                )
            }
            return response
        } catch let error as SOAPTransportError {
            throw error
        } catch is CancellationError {
            throw SOAPTransportError(code: .cancelled, message: "the call was cancelled", requestMayHaveReachedServer: true)
        } catch {
            throw SOAPTransportError(code: .connectionFailed, message: "\(error)", requestMayHaveReachedServer: true, underlyingError: error)
        }
    }
}
