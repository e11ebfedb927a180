/// Why a SOAP call failed, with what is known about the response.
public struct SOAPCallError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable {
        /// A value could not be written into the envelope; nothing was sent.
        case encoding(SOAPEncodingError)
        /// The HTTP exchange failed.
        case transport(SOAPTransportError)
        /// The server answered with a SOAP fault (whatever the HTTP status).
        case fault(SOAPFault, SOAPResponseSummary)
        /// The server answered with a non-2xx status and a body that is not a SOAP envelope.
        case httpStatus(SOAPResponseSummary)
        /// The server answered 2xx but the body is not the expected SOAP response (not XML, too large, too deep,
        /// a DOCTYPE, another body element, or content that does not match the schema).
        case invalidResponse(SOAPEnvelopeError, SOAPResponseSummary)
    }

    /// The WSDL operation name.
    public var operation: String
    public var reason: Reason

    public init(operation: String, reason: Reason) {
        self.operation = operation
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .encoding(let error): "\(operation): nothing was sent: \(error)"
        case .transport(let error): "\(operation): \(error)"
        case .fault(let fault, let response): "\(operation): \(fault) (HTTP \(response.status))"
        case .httpStatus(let response): "\(operation): HTTP \(response.status): \(response.bodyPrefixDescription)"
        case .invalidResponse(let error, let response): "\(operation): invalid response (HTTP \(response.status)): \(error); body starts \(response.bodyPrefixDescription)"
        }
    }
}

/// The status and the first bytes of a response, kept for error reports.
public struct SOAPResponseSummary: Sendable, Hashable {
    public var status: Int
    public var contentType: String?
    /// The first bytes of the body (at most ``prefixLength``).
    public var bodyPrefix: [UInt8]
    /// The body's full length.
    public var bodyLength: Int

    public static let prefixLength = 256

    public init(status: Int, contentType: String?, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.bodyPrefix = Array(body.prefix(Self.prefixLength))
        self.bodyLength = body.count
    }

    /// The prefix as text (invalid UTF-8 shown as U+FFFD), quoted, or "an empty body".
    public var bodyPrefixDescription: String {
        if bodyLength == 0 { return "an empty body" }
        let text = String(decoding: bodyPrefix, as: UTF8.self)
        return "\"\(text)\(bodyLength > bodyPrefix.count ? "…" : "")\""
    }
}
