// The SMSC library. Its wire layer, the `SMSCSOAP` namespace, is generated at build time from
// wsdl/smsc.wsdl by WSDLGeneratorPlugin, is never committed, and is internal to this package.
public import CoreMetrics
public import Logging
public import SOAPRuntime
public import Tracing

/// A client for the SMSC SOAP service: balance, send, cost and status, with typed results and errors.
///
/// ```swift
/// let client = try SMSCClient(credentials: .login("alex", password: "123"))
/// let sent = try await client.send("Hello world!", to: "79999999999", id: "order-1042")
/// let status = try await client.status(phone: "79999999999", id: "order-1042")
/// ```
///
/// The client posts through an AsyncHTTPClient `HTTPClient`: `HTTPClient.shared` unless you pass your own. It never
/// creates, owns or shuts one down, so it needs no shutdown of its own; a client you pass stays yours to shut down
/// after your last call. TLS, proxies, pool sizes and the connect and read timeouts are that `HTTPClient`'s
/// settings.
///
/// Every method validates its input before anything is sent and throws ``SMSCError``. Methods pick the plain
/// operation (`send_sms`) or its "2" variant (`send_sms2`) by what they must carry: options, a raw query or an
/// API key need the "2" variant.
///
/// `balance`, `cost` and `status` are tried again after failures that left nothing answered, within the call's
/// deadline (``Configuration/retryPolicy``). A send is never repeated blindly: when its reply is lost, the client
/// asks `get_status` whether the message arrived, and sends it again only if the service says it did not (this needs
/// the message's id: see ``Configuration/generatesMessageIDs``).
///
/// Calls wait rather than break the service's documented limits (``Configuration/rateLimits``): at most 14 requests
/// at once, and per minute at most 5 status requests per message, 5 identical cost requests and 10 balance requests.
///
/// Each call records swift-metrics metrics and a swift-distributed-tracing span; both are no-ops until the
/// application bootstraps a backend (see ``Configuration/metricsFactory`` and ``Configuration/tracer``).
public struct SMSCClient: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Client settings; the defaults suit the public service.
    public struct Configuration: Sendable {
        /// Where requests go; the namespace and soapAction follow it.
        public var endpoint: SMSCEndpoint
        /// The deadline of each call, from sending the request to the last byte of the reply, retries and the waits
        /// between them included. Connecting and waiting
        /// for bytes are also bounded: by the `HTTPClient`'s own connect and read timeouts with the default transport,
        /// by 10 s and 30 s (each capped by this deadline) with `NIOHTTP1Transport`.
        public var timeout: Duration
        /// The largest reply accepted, in bytes; enforced while reading. 1 MiB by default.
        public var maximumResponseSize: Int
        /// The deepest element nesting accepted in a reply.
        public var maximumResponseDepth: Int
        /// Keep the last request and response, credentials and message texts masked, in ``SMSCClient/lastExchange``
        /// (like PHP SoapClient's `trace` option).
        public var keepsLastExchange: Bool
        /// Where the call metrics go; `nil` (the default) uses `MetricsSystem.factory` at each call, which is a
        /// no-op until the application bootstraps a metrics backend.
        public var metricsFactory: (any MetricsFactory)?
        /// Where the call spans go; `nil` (the default) uses `InstrumentationSystem.tracer` at each call, which is a
        /// no-op until the application bootstraps a tracer.
        public var tracer: (any Tracer)?
        /// How `balance`, `cost` and `status` are tried again after a failure that left nothing answered, within
        /// ``timeout``; ``SMSCRetryPolicy/none`` turns it off. Its ``SMSCRetryPolicy/maximumAttempts`` also bounds
        /// how often a send is sent: again only after `get_status` said the service does not have it.
        public var retryPolicy: SMSCRetryPolicy
        /// Give every send without an id one of the client's own (``SMSCMessageID/random()``), so that a send whose
        /// reply was lost can always be checked and settled. Off by default: the request then carries an `id`
        /// element the caller did not write, and differs from what PHP's SoapClient sends for the same call.
        public var generatesMessageIDs: Bool
        /// The service's limits the client keeps below by waiting: 14 requests at once, 5 status requests per
        /// message, 5 identical cost requests and 10 balance requests a minute (``SMSCRateLimits/default``).
        public var rateLimits: SMSCRateLimits

        /// - Parameters:
        ///   - endpoint: Where requests go.
        ///   - timeout: The deadline of each call.
        ///   - maximumResponseSize: The largest reply accepted, in bytes.
        ///   - maximumResponseDepth: The deepest element nesting accepted in a reply.
        ///   - keepsLastExchange: Keep the last request and response, credentials and message texts masked.
        ///   - metricsFactory: Where the call metrics go; the bootstrapped system's when `nil`.
        ///   - tracer: Where the call spans go; the bootstrapped system's when `nil`.
        ///   - retryPolicy: How reads are retried, and how often a send whose reply was lost may be sent again.
        ///   - generatesMessageIDs: Give every send without an id one of the client's own.
        ///   - rateLimits: The service's limits the client keeps below by waiting.
        public init(
            endpoint: SMSCEndpoint = .russia,
            timeout: Duration = .seconds(60),
            maximumResponseSize: Int = 1 << 20,
            maximumResponseDepth: Int = 32,
            keepsLastExchange: Bool = false,
            metricsFactory: (any MetricsFactory)? = nil,
            tracer: (any Tracer)? = nil,
            retryPolicy: SMSCRetryPolicy = .default,
            generatesMessageIDs: Bool = false,
            rateLimits: SMSCRateLimits = .default
        ) {
            self.endpoint = endpoint
            self.timeout = timeout
            self.maximumResponseSize = maximumResponseSize
            self.maximumResponseDepth = maximumResponseDepth
            self.keepsLastExchange = keepsLastExchange
            self.metricsFactory = metricsFactory
            self.tracer = tracer
            self.retryPolicy = retryPolicy
            self.generatesMessageIDs = generatesMessageIDs
            self.rateLimits = rateLimits
        }
    }

    /// The settings the client was made with.
    public let configuration: Configuration
    let credentials: SMSCCredentials
    let soap: SOAPClient
    let addressing: SOAPAddressing
    /// The endpoint's host, for spans.
    let host: String
    /// Keeps requests within ``Configuration/rateLimits``; shared by the client's copies.
    let pacer: RequestPacer
    /// The clock of every deadline, and the pauses between attempts; tests replace it to control time.
    var retryPauses = RetryPauses.live
    /// Makes the ids of ``Configuration/generatesMessageIDs``; tests replace it.
    var makeMessageID: @Sendable () -> SMSCMessageID = { SMSCMessageID.random() }

    /// Creates a client that sends through a transport of your own (another HTTP stack, or a test double).
    ///
    /// - Parameters:
    ///   - credentials: Login and password, or an API key.
    ///   - configuration: Endpoint, deadline, limits, and where metrics and spans go.
    ///   - transport: Sends each request; it must enforce the deadline and the size limit it is given.
    ///   - logger: Receives `debug` lines per call and `trace` lines with masked envelopes.
    /// - Throws: ``SMSCError`` with code ``SMSCError/Code/validation`` naming the setting: `endpoint` when it is not
    ///   an absolute http(s) URL, `timeout`, `maximumResponseSize` or `maximumResponseDepth` when not above zero,
    ///   `retryPolicy.<property>` or `rateLimits.<property>` for a value their `validationProblem` refuses, `login`,
    ///   `password` or `apiKey` when it has a character XML cannot carry.
    public init(
        credentials: SMSCCredentials,
        configuration: Configuration = .init(),
        transport: any SOAPTransport,
        logger: Logger? = nil
    ) throws(SMSCError) {
        do {
            addressing = try SOAPAddressing(endpoint: configuration.endpoint.url, service: SMSCSOAP.service)
        } catch {
            throw .validation(nil, field: "endpoint", rule: error.rule)
        }
        guard configuration.timeout > .zero else {
            throw .validation(nil, field: "timeout", rule: "must be more than zero, not \(configuration.timeout)")
        }
        guard configuration.maximumResponseSize > 0 else {
            throw .validation(
                nil,
                field: "maximumResponseSize",
                rule: "must be more than zero, not \(configuration.maximumResponseSize)"
            )
        }
        guard configuration.maximumResponseDepth > 0 else {
            throw .validation(
                nil,
                field: "maximumResponseDepth",
                rule: "must be more than zero, not \(configuration.maximumResponseDepth)"
            )
        }
        if let problem = configuration.retryPolicy.validationProblem {
            throw .validation(nil, field: "retryPolicy.\(problem.field)", rule: problem.rule)
        }
        if let problem = configuration.rateLimits.validationProblem {
            throw .validation(nil, field: "rateLimits.\(problem.field)", rule: problem.rule)
        }
        try credentials.validate()
        self.configuration = configuration
        self.credentials = credentials
        self.host = configuration.endpoint.host ?? ""
        pacer = RequestPacer(limits: configuration.rateLimits)
        soap = SOAPClient(
            transport: transport,
            configuration: SOAPClient.Configuration(
                transportOptions: SOAPTransportOptions(maximumResponseSize: configuration.maximumResponseSize),
                timeout: configuration.timeout,
                maximumResponseDepth: configuration.maximumResponseDepth,
                isTracingEnabled: configuration.keepsLastExchange,
                redact: Redaction.redact
            ),
            logger: logger
        )
    }

    /// A logger that discards everything: the library logs only to a logger it is given.
    static let noOpLogger = Logger(label: "smsc.noop", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Endpoint and credentials, with the credentials masked.
    public var description: String {
        "SMSCClient(endpoint: \(configuration.endpoint), credentials: \(credentials))"
    }

    public var debugDescription: String { description }

    /// The last request and response with `login`, `psw`, `apikey` and message texts (`mes`, `message`) masked, when
    /// ``Configuration/keepsLastExchange`` is set; like PHP SoapClient's `__getLastRequest()`.
    public var lastExchange: SOAPExchange? {
        soap.lastExchange
    }
}
