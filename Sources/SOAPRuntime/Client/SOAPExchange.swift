/// One request and its response, as PHP SoapClient's `trace` option keeps them; credentials already redacted.
public struct SOAPExchange: Sendable, Hashable {
    /// The WSDL operation name.
    public var operation: String
    /// The endpoint URL the request was posted to.
    public var url: String
    /// The header fields of the request as the runtime made it (`Content-Type`, and `SOAPAction` for SOAP 1.1);
    /// fields a transport adds itself, such as `User-Agent`, are not recorded.
    public var requestHeaders: SOAPHTTPHeaders
    /// The request envelope, redacted.
    public var requestBody: String
    /// The response status, or `nil` when no response arrived.
    public var responseStatus: Int?
    /// The response header fields, in the order received; empty when no response arrived.
    public var responseHeaders: SOAPHTTPHeaders
    /// The response body, redacted (invalid UTF-8 shown as U+FFFD).
    public var responseBody: String?
    /// How long the call took from its start until the transport returned the response or failed; decoding the
    /// response is not included.
    public var duration: Duration

    /// Makes an exchange from its parts.
    ///
    /// - Parameters:
    ///   - operation: The WSDL operation name.
    ///   - url: The endpoint URL the request was posted to.
    ///   - requestHeaders: The header fields of the request as the runtime made it.
    ///   - requestBody: The request envelope, redacted.
    ///   - responseStatus: The response status, or `nil` when no response arrived.
    ///   - responseHeaders: The response header fields, in the order received; empty when no response arrived.
    ///   - responseBody: The response body, redacted, or `nil` when no response arrived.
    ///   - duration: How long the call took until the transport returned the response or failed.
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

    /// Makes a response from its parts.
    ///
    /// - Parameters:
    ///   - body: The decoded body element.
    ///   - header: The decoded `soap:header` blocks.
    ///   - summary: The status and the first bytes of the body.
    ///   - headers: The HTTP response headers, in the order received.
    public init(body: Body, header: Header, summary: SOAPResponseSummary, headers: SOAPHTTPHeaders) {
        self.body = body
        self.header = header
        self.summary = summary
        self.headers = headers
    }
}
