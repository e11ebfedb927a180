/// Sends one SOAP request over HTTP and returns the response.
///
/// The runtime needs nothing else from an HTTP stack: `AsyncHTTPClientTransport` (module
/// `SOAPAsyncHTTPClient`) is the default, ``SOAPClosureTransport`` serves tests. Implementations must:
/// - POST `request.body` to `request.url` with `request.headers` (`Content-Type`, and `SOAPAction` for SOAP 1.1);
/// - enforce `options.timeouts` and stop reading once the body exceeds `options.maximumResponseSize`;
/// - stop the request when the calling task is cancelled;
/// - report failures as ``SOAPTransportError``, saying whether the request may have reached the server.
///
/// A transport owns nothing that needs closing: connection pools belong to the HTTP client the application
/// passes in, and the application shuts that down.
public protocol SOAPTransport: Sendable {
    /// Sends `request` and returns the complete response.
    ///
    /// - Throws: ``SOAPTransportError``.
    func send(_ request: SOAPRequest, options: SOAPTransportOptions) async throws(SOAPTransportError) -> SOAPHTTPResponse
}

/// Per-call limits a transport enforces.
public struct SOAPTransportOptions: Sendable, Hashable {
    public var timeouts: SOAPTimeouts
    /// The largest response body accepted, in bytes (after decompression); reading stops as soon as it is exceeded.
    public var maximumResponseSize: Int

    public init(timeouts: SOAPTimeouts = .init(), maximumResponseSize: Int = 1 << 20) {
        self.timeouts = timeouts
        self.maximumResponseSize = maximumResponseSize
    }
}

/// Deadlines for one call.
public struct SOAPTimeouts: Sendable, Hashable {
    /// Establishing the connection, TLS included.
    public var connect: Duration
    /// The longest silence while waiting for response bytes.
    public var read: Duration
    /// The whole call, from sending to the last byte of the response.
    public var total: Duration

    public init(connect: Duration = .seconds(10), read: Duration = .seconds(30), total: Duration = .seconds(60)) {
        self.connect = connect
        self.read = read
        self.total = total
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
            left == right || (left | 0x20 == right | 0x20 && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(left | 0x20))
        }
    }
}
