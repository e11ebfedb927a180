import NIOCore
import SOAPNIOSupport
import SOAPRuntime

/// The deadlines and the size limit of one call, in the event loop's time.
struct CallLimits: Sendable {
    /// When the whole call must be over, made once when the call is sent.
    var deadline: NIODeadline
    /// The time the call had from sending to `deadline`, for messages.
    var totalTimeout: Duration
    /// Connecting and the TLS handshake.
    var connectTimeout: Duration
    /// The longest silence while waiting for response bytes.
    var readTimeout: Duration
    /// The largest (decoded) response body accepted, in bytes.
    var maximumResponseSize: Int
}

extension CallLimits {
    /// The limits of `options` for a call that must end by `deadline`, turned into the event loop's time once.
    init(options: SOAPTransportOptions, deadline: ContinuousClock.Instant) {
        let timeToDeadline = deadline - .now
        self.init(
            deadline: .now() + TimeAmount(timeToDeadline),
            totalTimeout: timeToDeadline,
            connectTimeout: options.connectTimeout,
            readTimeout: options.readTimeout,
            maximumResponseSize: options.maximumResponseSize
        )
    }

    /// What messages about this call to `endpoint` (`host:port`) say of where it went and of its limits.
    func errorContext(endpoint: String) -> TransportErrorContext {
        TransportErrorContext(
            endpoint: endpoint,
            totalTimeout: totalTimeout,
            connectTimeoutName: "the connect timeout of \(NIOTransportErrors.spoken(connectTimeout))"
        )
    }
}
