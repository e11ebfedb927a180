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
    /// The HTTP status code (200, 500, …), whatever it is: the transport returns every status, and ``SOAPClient``
    /// decides what it means.
    public var status: Int
    /// The response header fields, in the order received.
    public var headers: SOAPHTTPHeaders
    /// The complete body, decompressed when it came gzip- or deflate-encoded, and no larger than the call's
    /// ``SOAPTransportOptions/maximumResponseSize``.
    public var body: [UInt8]

    /// Makes a response from its parts: for transports, and for tests that answer through ``SOAPClosureTransport``.
    ///
    /// - Parameters:
    ///   - status: The HTTP status code.
    ///   - headers: The response header fields, in the order received; none by default.
    ///   - body: The complete body, decompressed.
    public init(status: Int, headers: SOAPHTTPHeaders = [:], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// HTTP header fields in order; names compare case-insensitively.
public struct SOAPHTTPHeaders: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    /// One header field: a name and its value.
    public struct Field: Sendable, Hashable {
        /// The field name as written (`Content-Type`); lookups by name ignore its case.
        public var name: String
        /// The field value as written (`text/xml; charset=utf-8`).
        public var value: String

        /// Makes a field.
        ///
        /// - Parameters:
        ///   - name: The field name (`Content-Type`).
        ///   - value: The field value (`text/xml; charset=utf-8`).
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields, in order; a name may occur more than once.
    public var fields: [Field]

    /// Makes headers from fields, keeping their order.
    ///
    /// - Parameter fields: The fields, in the order they are sent or were received; none by default.
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
