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
