import AsyncHTTPClient
import SOAPRuntime
import Testing

@testable import SOAPAsyncHTTPClient

/// AsyncHTTPClient's errors become the right transport error codes, with the original kept as the underlying error.
struct TransportErrorMappingTests {
    private let context = AsyncHTTPClientTransport.errorContext(endpoint: "smsc.ru:443", totalTimeout: .seconds(60))

    @Test(arguments: [
        (HTTPClientError.cancelled, SOAPTransportError.Code.cancelled),
        (.deadlineExceeded, .timeout),
        (.readTimeout, .timeout),
        (.connectTimeout, .timeout),
        (.remoteConnectionClosed, .connectionFailed),
        (.alreadyShutdown, .connectionFailed),
    ])
    func httpClientErrors(error: HTTPClientError, expected: SOAPTransportError.Code) {
        let mapped = AsyncHTTPClientTransport.transportError(for: error, context: context)
        #expect(mapped.code == expected, "\(error) became \(mapped.code): \(mapped.message)")
        #expect((mapped.underlyingError as? HTTPClientError) == error)
    }

    /// Before the codes' `~=` was made generic, `case .cancelled` over an `HTTPClientError` picked
    /// `SOAPTransportError.Code.cancelled` and never matched: a cancelled call was reported as a broken connection.
    @Test
    func aCancelledHTTPClientRequestIsACancellationNotABrokenConnection() {
        let mapped = AsyncHTTPClientTransport.transportError(for: HTTPClientError.cancelled, context: context)
        #expect(mapped.code == .cancelled)
        #expect(mapped.message == "the call was cancelled")
    }
}
