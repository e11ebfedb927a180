/// A SOAP request ready for HTTP: where to post it, the action and the envelope bytes.
public struct SOAPRequest: Sendable, Hashable {
    /// The endpoint URL.
    public var url: String
    /// The soapAction, sent unquoted here and quoted in the `SOAPAction` header.
    public var soapAction: String
    /// The binding's SOAP version, which decides the `Content-Type` and whether a `SOAPAction` header is sent.
    public var soapVersion: SOAPVersion
    /// The envelope, UTF-8.
    public var body: [UInt8]

    /// Makes a request from its parts; a generated operation makes one with
    /// ``SOAPOperation/makeRequest(_:header:addressing:)``.
    ///
    /// - Parameters:
    ///   - url: The endpoint URL.
    ///   - soapAction: The soapAction, unquoted.
    ///   - soapVersion: The binding's SOAP version.
    ///   - body: The envelope, UTF-8.
    public init(url: String, soapAction: String, soapVersion: SOAPVersion, body: [UInt8]) {
        self.url = url
        self.soapAction = soapAction
        self.soapVersion = soapVersion
        self.body = body
    }

    /// `Content-Type` and (SOAP 1.1) `SOAPAction`, as PHP's SoapClient sends them.
    public var headers: SOAPHTTPHeaders {
        SOAPHTTPHeaders(
            soapVersion.httpHeaders(soapAction: soapAction).map {
                SOAPHTTPHeaders.Field(name: $0.name, value: $0.value)
            }
        )
    }
}
