public import Logging
import SOAPXML
import Synchronization

/// Performs SOAP calls for generated operations over a ``SOAPTransport``: builds the envelope, sends it,
/// and reads the reply, turning every failure into a ``SOAPCallError``.
///
/// It knows nothing of any particular service; a service client wraps it and gives the results their types.
/// It owns nothing that needs closing: the transport's HTTP client belongs to the application.
public final class SOAPClient: Sendable {
    /// How calls are made.
    public struct Configuration: Sendable {
        /// The connect and read timeouts and the response size limit every call's transport enforces.
        public var transportOptions: SOAPTransportOptions
        /// How long a call may take, from sending to the last byte of the response, when it is given no deadline.
        public var timeout: Duration
        /// The deepest element nesting accepted in a response.
        public var maximumResponseDepth: Int
        /// Keeps the last request and response (redacted) for ``lastExchange``, like PHP SoapClient's `trace`.
        public var isTracingEnabled: Bool
        /// Hides secrets in traces and logs: it receives every request and response body before they are kept or
        /// logged.
        public var redact: @Sendable (String) -> String

        /// Makes a configuration; the defaults are a 60-second timeout, a nesting limit of 32 elements, tracing off
        /// and no redaction.
        ///
        /// - Parameters:
        ///   - transportOptions: The connect and read timeouts and the response size limit every call's transport
        ///     enforces.
        ///   - timeout: How long a call may take, from sending to the last byte of the response, when it is given no
        ///     deadline.
        ///   - maximumResponseDepth: The deepest element nesting accepted in a response.
        ///   - isTracingEnabled: Whether to keep the last request and response (redacted) for
        ///     ``SOAPClient/lastExchange``.
        ///   - redact: Receives every request and response body before it is kept or logged, and returns it with its
        ///     secrets hidden; the default returns it unchanged.
        public init(
            transportOptions: SOAPTransportOptions = .init(),
            timeout: Duration = .seconds(60),
            maximumResponseDepth: Int = 32,
            isTracingEnabled: Bool = false,
            redact: @escaping @Sendable (String) -> String = { $0 }
        ) {
            self.transportOptions = transportOptions
            self.timeout = timeout
            self.maximumResponseDepth = maximumResponseDepth
            self.isTracingEnabled = isTracingEnabled
            self.redact = redact
        }
    }

    /// Sends each call's HTTP request; the HTTP client behind it belongs to the application.
    public let transport: any SOAPTransport
    /// The timeouts, response limits, tracing and redaction every call uses.
    public let configuration: Configuration
    /// The logger calls use when they are given none.
    public let logger: Logger
    private let lastExchangeStorage = Mutex<SOAPExchange?>(nil)

    /// - Parameters:
    ///   - transport: Sends the HTTP requests.
    ///   - configuration: Limits, tracing and redaction.
    ///   - logger: Receives `debug` lines per call and `trace` lines with redacted bodies; no-op by default.
    public init(
        transport: any SOAPTransport,
        configuration: Configuration = .init(),
        logger: Logger? = nil
    ) {
        self.transport = transport
        self.configuration = configuration
        self.logger = logger ?? Self.noOpLogger
    }

    /// A logger that discards everything: libraries never log unless handed a logger.
    static let noOpLogger = Logger(label: "soap.noop", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The last request and response, redacted, when tracing is enabled.
    public var lastExchange: SOAPExchange? {
        lastExchangeStorage.withLock { $0 }
    }

    /// Calls `operation` with `input` and returns the decoded body element and header blocks with the response's
    /// status and HTTP headers.
    ///
    /// - Parameters:
    ///   - operation: The generated operation.
    ///   - input: The request body element.
    ///   - header: The `soap:header` blocks to send, for an operation whose binding declares some; `nil` sends none.
    ///   - addressing: Endpoint, namespaces and soapAction.
    ///   - deadline: When the call must have ended; ``Configuration/timeout`` from now when `nil`. A caller that
    ///     retries or waits computes its deadline once and passes the same instant to every attempt.
    ///   - logger: This call's logger; the client's when `nil`. The transport logs through it too.
    /// - Returns: The decoded body element, and the response it came in.
    /// - Throws: ``SOAPCallError``; a SOAP fault is ``SOAPCallError/Code/fault`` whatever the HTTP status.
    public func send<Operation: SOAPOperation>(
        _ operation: Operation.Type,
        _ input: Operation.Input,
        header: Operation.InputHeader? = nil,
        addressing: SOAPAddressing,
        deadline: ContinuousClock.Instant? = nil,
        logger: Logger? = nil
    ) async throws(SOAPCallError) -> SOAPResponse<Operation.Output, Operation.OutputHeader> {
        let request: SOAPRequest
        do {
            request = try Operation.makeRequest(input, header: header, addressing: addressing)
        } catch {
            throw .encoding(error, operation: Operation.operationName)
        }
        return try await send(request, for: operation, deadline: deadline, logger: logger)
    }

    /// Sends a request made beforehand with `Operation.makeRequest(_:header:addressing:)` and reads the reply as
    /// `operation`'s: for callers that write the envelope once and send it in several attempts.
    ///
    /// - Parameters:
    ///   - request: The request, envelope written.
    ///   - operation: The generated operation the request is for; its output is what the reply is read as.
    ///   - deadline: When the call must have ended; ``Configuration/timeout`` from now when `nil`.
    ///   - logger: This call's logger; the client's when `nil`. The transport logs through it too.
    /// - Returns: The decoded body element, and the response it came in.
    /// - Throws: ``SOAPCallError``; a SOAP fault is ``SOAPCallError/Code/fault`` whatever the HTTP status.
    public func send<Operation: SOAPOperation>(
        _ request: SOAPRequest,
        for operation: Operation.Type,
        deadline: ContinuousClock.Instant? = nil,
        logger: Logger? = nil
    ) async throws(SOAPCallError) -> SOAPResponse<Operation.Output, Operation.OutputHeader> {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = deadline ?? start + configuration.timeout
        let logger = logger ?? self.logger
        let name = Operation.operationName
        if Task.isCancelled {
            throw .transport(
                SOAPTransportError(
                    code: .cancelled,
                    message: "the call was cancelled before it was sent",
                    requestMayHaveReachedServer: false
                ),
                operation: name
            )
        }

        // Metadata is built only for a logger that will print it: most calls run with logging off.
        let logsDebug = logger.logLevel <= .debug
        if logsDebug {
            let metadata: Logger.Metadata = ["soap.operation": "\(name)", "soap.url": "\(request.url)"]
            logger.debug("SOAP request", metadata: metadata)
            if logger.logLevel <= .trace {
                logger.trace(
                    "SOAP request body",
                    metadata: metadata.merging(["soap.body": "\(redacted(request.body))"]) { $1 }
                )
            }
        }

        let response: SOAPHTTPResponse
        do {
            response = try await transport.send(
                request,
                options: configuration.transportOptions,
                deadline: deadline,
                logger: logger
            )
        } catch {
            record(request, operation: name, response: nil, duration: clock.now - start)
            if logsDebug {
                logger.debug(
                    "SOAP transport failure",
                    metadata: ["soap.operation": "\(name)", "soap.url": "\(request.url)", "soap.error": "\(error)"]
                )
            }
            throw .transport(error, operation: name)
        }
        let duration = clock.now - start
        record(request, operation: name, response: response, duration: duration)
        if logsDebug {
            let metadata: Logger.Metadata = [
                "soap.operation": "\(name)",
                "soap.url": "\(request.url)",
                "http.status": "\(response.status)",
                "soap.duration": "\(duration)",
                "http.response.bytes": "\(response.body.count)",
            ]
            logger.debug("SOAP response", metadata: metadata)
            if logger.logLevel <= .trace {
                logger.trace(
                    "SOAP response body",
                    metadata: metadata.merging(["soap.body": "\(redacted(response.body))"]) { $1 }
                )
            }
        }
        let summary = SOAPResponseSummary(
            status: response.status,
            contentType: response.headers["Content-Type"],
            body: response.body
        )
        let (body, header) = try decode(Operation.self, response, summary: summary)
        return SOAPResponse(body: body, header: header, summary: summary, headers: response.headers)
    }

    /// A one-way operation's 2xx reply: no body, or an envelope with no body element, is the answer; a fault is still a
    /// fault, and a body that is not XML is an invalid response.
    ///
    /// - Returns: The reply's envelope, `nil` for an empty reply.
    private func decodeOneWay(
        _ response: SOAPHTTPResponse,
        options: XMLParsingOptions,
        summary: SOAPResponseSummary,
        operation: String
    ) throws(SOAPCallError) -> XMLTree? {
        guard response.body.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
        let tree: XMLTree
        do {
            tree = try XMLTree(parsing: response.body, options: options)
        } catch {
            throw SOAPCallError.invalidResponse(.invalidXML(error), response: summary, operation: operation)
        }
        do {
            _ = try SOAPEnvelope.bodyElement(of: tree)
        } catch {
            if let fault = error.fault {
                throw SOAPCallError.fault(fault, response: summary, operation: operation)
            }
            if error.code == .notAnEnvelope {
                throw SOAPCallError.invalidResponse(error, response: summary, operation: operation)
            }
        }
        return tree
    }

    /// Reads a response: a fault wins over the HTTP status; a non-2xx status with a body that is not SOAP is an
    /// HTTP error; a 2xx status must carry the expected body element.
    func decode<Operation: SOAPOperation>(
        _ operation: Operation.Type,
        _ response: SOAPHTTPResponse,
        summary: SOAPResponseSummary
    ) throws(SOAPCallError) -> (Operation.Output, Operation.OutputHeader) {
        let options = XMLParsingOptions(
            maximumSize: configuration.transportOptions.maximumResponseSize,
            maximumDepth: configuration.maximumResponseDepth,
            fallbackEncoding: response.headers.contentTypeCharset,
            documentName: "response"
        )
        let isSuccess = (200..<300).contains(response.status)
        // A metatype comparison, not a cast: every call passes here.
        if isSuccess, Operation.Output.self == SOAPNoResponse.self, let none = SOAPNoResponse() as? Operation.Output {
            let tree = try decodeOneWay(
                response,
                options: options,
                summary: summary,
                operation: Operation.operationName
            )
            do {
                return (
                    none,
                    try SOAPEnvelope.decodeHeader(
                        Operation.OutputHeader.self,
                        from: tree ?? XMLTree(root: .init(localName: "Envelope"))
                    )
                )
            } catch {
                throw SOAPCallError.invalidResponse(error, response: summary, operation: Operation.operationName)
            }
        }
        let tree: XMLTree
        do {
            tree = try XMLTree(parsing: response.body, options: options)
        } catch {
            guard isSuccess else { throw .httpStatus(summary, operation: Operation.operationName) }
            throw .invalidResponse(.invalidXML(error), response: summary, operation: Operation.operationName)
        }
        do throws(SOAPEnvelopeError) {
            if isSuccess {
                return (
                    try SOAPEnvelope.decode(Operation.Output.self, from: tree),
                    try SOAPEnvelope.decodeHeader(Operation.OutputHeader.self, from: tree)
                )
            }
            // Only a fault makes a non-2xx body meaningful.
            _ = try SOAPEnvelope.bodyElement(of: tree)
        } catch {
            if let fault = error.fault {
                throw .fault(fault, response: summary, operation: Operation.operationName)
            }
            guard isSuccess else { throw .httpStatus(summary, operation: Operation.operationName) }
            throw .invalidResponse(error, response: summary, operation: Operation.operationName)
        }
        throw .httpStatus(summary, operation: Operation.operationName)
    }

    private func redacted(_ bytes: [UInt8]) -> String {
        configuration.redact(String(decoding: bytes, as: UTF8.self))
    }

    private func record(_ request: SOAPRequest, operation: String, response: SOAPHTTPResponse?, duration: Duration) {
        guard configuration.isTracingEnabled else { return }
        let exchange = SOAPExchange(
            operation: operation,
            url: request.url,
            requestHeaders: request.headers,
            requestBody: redacted(request.body),
            responseStatus: response?.status,
            responseHeaders: response?.headers ?? [:],
            responseBody: response.map { redacted($0.body) },
            duration: duration
        )
        lastExchangeStorage.withLock { $0 = exchange }
    }
}
