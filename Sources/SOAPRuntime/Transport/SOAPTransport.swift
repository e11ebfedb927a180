public import Logging

/// Sends one SOAP request over HTTP and returns the response.
///
/// The runtime needs nothing else from an HTTP stack: `AsyncHTTPClientTransport` (module
/// `SOAPAsyncHTTPClient`) is the default, ``SOAPClosureTransport`` serves tests. Implementations must:
/// - POST `request.body` to `request.url` with `request.headers` (`Content-Type`, and `SOAPAction` for SOAP 1.1);
/// - end the call by `deadline`, bound connecting and silences by `options`, and stop reading once the body exceeds
///   `options.maximumResponseSize`;
/// - stop the request when the calling task is cancelled;
/// - log through `logger`, the caller's, at `debug` or below;
/// - report failures as ``SOAPTransportError``, saying whether the request may have reached the server.
///
/// A transport owns nothing that needs closing: connection pools belong to the HTTP client the application
/// passes in, and the application shuts that down.
public protocol SOAPTransport: Sendable {
    /// Sends `request` and returns the complete response.
    ///
    /// - Parameters:
    ///   - request: The endpoint, headers and envelope.
    ///   - options: The connect and read timeouts and the response size limit.
    ///   - deadline: When the whole call, from sending to the last byte of the response, must have ended. The caller
    ///     computes it once, when its call starts, so retries and waits before this send have already used their
    ///     share of it.
    ///   - logger: The calling operation's logger.
    /// - Throws: ``SOAPTransportError``.
    func send(
        _ request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse
}

/// The limits a transport enforces on each call besides its deadline.
public struct SOAPTransportOptions: Sendable, Hashable {
    /// Establishing the connection, TLS included, at most; the call's deadline may end it sooner.
    public var connectTimeout: Duration
    /// The longest silence while waiting for response bytes.
    public var readTimeout: Duration
    /// The largest response body accepted, in bytes (after decompression); reading stops as soon as it is exceeded.
    public var maximumResponseSize: Int

    /// - Parameters:
    ///   - connectTimeout: Establishing the connection, TLS included, at most.
    ///   - readTimeout: The longest silence while waiting for response bytes.
    ///   - maximumResponseSize: The largest response body accepted, in bytes.
    public init(
        connectTimeout: Duration = .seconds(10),
        readTimeout: Duration = .seconds(30),
        maximumResponseSize: Int = 1 << 20
    ) {
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.maximumResponseSize = maximumResponseSize
    }
}

/// A complete HTTP response.
public struct SOAPHTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: SOAPHTTPHeaders
    public var body: [UInt8]

    public init(status: Int, headers: SOAPHTTPHeaders = [:], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// HTTP header fields in order; names compare case-insensitively.
public struct SOAPHTTPHeaders: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var fields: [Field]

    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The first value of the field `name`, compared case-insensitively.
    public subscript(name: String) -> String? {
        fields.first { $0.name.equalsIgnoringASCIICase(name) }?.value
    }

    public func makeIterator() -> IndexingIterator<[Field]> {
        fields.makeIterator()
    }

    /// The `charset` parameter of `Content-Type`, if any (`windows-1251`).
    public var contentTypeCharset: String? {
        guard let contentType = self["Content-Type"] else { return nil }
        // Read every reply, so scanned in place: only the value found becomes a string.
        let bytes = Substring(contentType).utf8
        var parameterStart = bytes.firstIndex(of: UInt8(ascii: ";"))
        while let semicolon = parameterStart {
            let rest = bytes[bytes.index(after: semicolon)...]
            let end = rest.firstIndex(of: UInt8(ascii: ";")) ?? rest.endIndex
            let parameter = rest[..<end]
            if let equals = parameter.firstIndex(of: UInt8(ascii: "=")),
                Substring(parameter[..<equals]).trimmingXMLWhitespace().equalsIgnoringASCIICase("charset")
            {
                var value = Substring(parameter[parameter.index(after: equals)...]).trimmingXMLWhitespace()
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                    value = String(value.dropFirst().dropLast())
                }
                return value.isEmpty ? nil : value
            }
            parameterStart = end == rest.endIndex ? nil : end
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether the two are equal when ASCII letters are compared without case, as HTTP compares header names and
    /// parameter names; no string is made.
    func equalsIgnoringASCIICase(_ other: some StringProtocol) -> Bool {
        utf8.elementsEqual(other.utf8) { left, right in
            left == right
                || (left | 0x20 == right | 0x20 && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(left | 0x20))
        }
    }
}
