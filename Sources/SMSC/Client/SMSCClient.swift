public import Logging
public import SOAPRuntime
import SOAPAsyncHTTPClient

/// A client for the SMSC SOAP service: balance, send, cost and status, with typed results and errors.
///
/// ```swift
/// let client = try SMSCClient(credentials: .login("alex", password: "123"))
/// let sent = try await client.send("Hello world!", to: "79999999999", id: "order-1042")
/// let status = try await client.status(phone: "79999999999", id: "order-1042")
/// try await client.shutdown()
/// ```
///
/// Every method validates its input before anything is sent and throws ``SMSCError``. Methods pick the plain
/// operation (`send_sms`) or its "2" variant (`send_sms2`) by what they must carry: options, a raw query or an
/// API key need the "2" variant.
public struct SMSCClient: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Client settings; the defaults suit the public service.
    public struct Configuration: Sendable {
        /// Where requests go; the namespace and soapAction follow it.
        public var endpoint: SMSCEndpoint
        /// Connect, read and total deadlines per call.
        public var timeouts: SOAPTimeouts
        /// The largest reply accepted, in bytes; enforced while reading. 1 MiB by default.
        public var maximumResponseSize: Int
        /// The deepest element nesting accepted in a reply.
        public var maximumResponseDepth: Int
        /// Keep the last request and response, credentials masked, in ``SMSCClient/lastExchange``.
        public var isTracingEnabled: Bool

        public init(
            endpoint: SMSCEndpoint = .smscRU,
            timeouts: SOAPTimeouts = .init(),
            maximumResponseSize: Int = 1 << 20,
            maximumResponseDepth: Int = 32,
            isTracingEnabled: Bool = false
        ) {
            self.endpoint = endpoint
            self.timeouts = timeouts
            self.maximumResponseSize = maximumResponseSize
            self.maximumResponseDepth = maximumResponseDepth
            self.isTracingEnabled = isTracingEnabled
        }
    }

    public let configuration: Configuration
    let credentials: SMSCCredentials
    let soap: SOAPClient
    let addressing: SOAPAddressing
    private let ownsTransport: Bool

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - credentials: Login and password, or an API key.
    ///   - configuration: Endpoint, deadlines, limits and tracing.
    ///   - transport: How requests travel. `nil` (the default) makes an `AsyncHTTPClientTransport` owned by this
    ///     client: call ``shutdown()`` when done. A transport you pass stays yours.
    ///   - logger: Receives `debug` lines per call and `trace` lines with masked envelopes; no-op by default.
    /// - Throws: ``SMSCError`` with reason ``SMSCError/Reason/validation(field:rule:)`` for field `endpoint`
    ///   when it is not an absolute http(s) URL.
    public init(
        credentials: SMSCCredentials,
        configuration: Configuration = .init(),
        transport: (any SOAPTransport)? = nil,
        logger: Logger = SOAPClient.noOpLogger
    ) throws(SMSCError) {
        do {
            addressing = try SOAPAddressing(endpoint: configuration.endpoint.url, service: SMSCSOAP.service)
        } catch {
            throw .validation(nil, field: "endpoint", rule: error.rule)
        }
        self.configuration = configuration
        self.credentials = credentials
        self.ownsTransport = transport == nil
        let resolvedTransport = transport ?? AsyncHTTPClientTransport(configuration: .init(timeouts: configuration.timeouts))
        soap = SOAPClient(
            transport: resolvedTransport,
            configuration: SOAPClient.Configuration(
                transportOptions: SOAPTransportOptions(timeouts: configuration.timeouts, maximumResponseSize: configuration.maximumResponseSize),
                maximumResponseDepth: configuration.maximumResponseDepth,
                isTracingEnabled: configuration.isTracingEnabled,
                redact: CredentialRedaction.redact
            ),
            logger: logger
        )
    }

    /// Releases the transport this client made (its connection pool). A transport passed in is left alone.
    public func shutdown() async throws {
        if ownsTransport {
            try await soap.transport.shutdown()
        }
    }

    /// Endpoint and credentials, with the credentials masked.
    public var description: String {
        "SMSCClient(endpoint: \(configuration.endpoint), credentials: \(credentials))"
    }

    public var debugDescription: String { description }

    /// The last request and response with `login`, `psw` and `apikey` masked, when
    /// ``Configuration/isTracingEnabled`` is set; like PHP SoapClient's `__getLastRequest()`.
    public var lastExchange: SOAPExchange? {
        soap.lastExchange
    }
}
