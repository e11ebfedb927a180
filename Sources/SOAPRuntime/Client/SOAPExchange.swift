/// One request and its response, as PHP SoapClient's `trace` option keeps them; credentials already redacted.
public struct SOAPExchange: Sendable, Hashable {
    /// The WSDL operation name.
    public var operation: String
    public var url: String
    public var requestHeaders: SOAPHTTPHeaders
    /// The request envelope, redacted.
    public var requestBody: String
    /// The response status, or `nil` when no response arrived.
    public var responseStatus: Int?
    public var responseHeaders: SOAPHTTPHeaders
    /// The response body, redacted (invalid UTF-8 shown as U+FFFD).
    public var responseBody: String?
    public var duration: Duration

    public init(
        operation: String,
        url: String,
        requestHeaders: SOAPHTTPHeaders,
        requestBody: String,
        responseStatus: Int?,
        responseHeaders: SOAPHTTPHeaders,
        responseBody: String?,
        duration: Duration
    ) {
        self.operation = operation
        self.url = url
        self.requestHeaders = requestHeaders
        self.requestBody = requestBody
        self.responseStatus = responseStatus
        self.responseHeaders = responseHeaders
        self.responseBody = responseBody
        self.duration = duration
    }
}

/// A decoded response body element, its SOAP header blocks and the HTTP response they came in.
public struct SOAPResponse<Body: Sendable, Header: Sendable>: Sendable {
    /// The decoded body element.
    public var body: Body
    /// The decoded `soap:header` blocks (``SOAPNoHeader`` for an operation without any).
    public var header: Header
    /// The status (2xx: anything else is an error) and the first bytes of the body, for reports about the reply.
    public var summary: SOAPResponseSummary
    /// The HTTP response headers, in the order received.
    public var headers: SOAPHTTPHeaders

    public init(body: Body, header: Header, summary: SOAPResponseSummary, headers: SOAPHTTPHeaders) {
        self.body = body
        self.header = header
        self.summary = summary
        self.headers = headers
    }
}
