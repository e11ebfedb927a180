import Logging
import SOAPRuntime
import Synchronization

/// Passes requests to another transport and keeps each request body, in order.
final class CapturingTransport: SOAPTransport {
    private let next: any SOAPTransport
    private let captured = Mutex<[[UInt8]]>([])

    init(wrapping next: any SOAPTransport) {
        self.next = next
    }

    /// The bodies sent so far.
    var bodies: [[UInt8]] {
        captured.withLock { $0 }
    }

    func send(
        _ request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        captured.withLock { $0.append(request.body) }
        return try await next.send(request, options: options, deadline: deadline, logger: logger)
    }
}
