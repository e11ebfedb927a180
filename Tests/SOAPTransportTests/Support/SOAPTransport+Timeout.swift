import Logging
import SOAPRuntime

extension SOAPTransport {
    /// Sends `request` with a deadline `timeout` from now and a logger that discards everything, as a client would
    /// call with its configured timeout.
    func send(
        _ request: SOAPRequest,
        options: SOAPTransportOptions = .init(),
        timeout: Duration = .seconds(60)
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        try await send(
            request,
            options: options,
            deadline: .now + timeout,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }
}
