extension LoopbackHTTPServer {
    /// A complete request as the server received it.
    public struct Request: Sendable, Hashable {
        /// `POST`, `GET`, …
        public var method: String
        /// The request target as sent: path and query (`/sys/soap.php`).
        public var uri: String
        public var headers: Headers
        /// The body after any chunked framing was removed.
        public var body: [UInt8]

        public init(method: String, uri: String, headers: Headers, body: [UInt8]) {
            self.method = method
            self.uri = uri
            self.headers = headers
            self.body = body
        }

        /// The body decoded as UTF-8, for assertions.
        public var bodyText: String {
            String(decoding: body, as: UTF8.self)
        }
    }
}
