extension LoopbackHTTPServer {
    /// What the server does with a request.
    public enum Action: Sendable {
        /// Sends `response`; the connection stays open for the next request unless the client asked to close it.
        case respond(Response)
        /// Closes the connection without answering, once the whole request has been read.
        case closeConnection
        /// Never answers; the connection stays open until the client gives up or the server stops.
        case hang
        /// Writes these bytes as they are, whatever HTTP says, then closes the connection: for hostile-server cases.
        case sendRawBytesAndClose([UInt8])
    }

    /// A scripted response.
    public struct Response: Sendable, Hashable {
        public var status: Int
        /// Sent as given and in order. `Content-Length` is added when it is absent and the body is not chunked.
        public var headers: Headers
        /// The body before any `gzip` encoding.
        public var body: [UInt8]
        /// Writes the body in pieces of this many bytes, waiting for each to reach the socket before the next.
        /// Without a `Content-Length` header the pieces are sent with `Transfer-Encoding: chunked`.
        public var chunkSize: Int?
        /// A pause before the status line, to exercise read timeouts and deadlines.
        public var delayBeforeHead: Duration?
        /// A pause after each piece of the body when `chunkSize` is set.
        public var delayBetweenChunks: Duration?
        /// The status line waits until this is released (after `delayBeforeHead`, if both are given).
        public var headHold: Hold?
        /// With `chunkSize`, the pieces after the first wait until this is released: the head and the first piece go
        /// out at once, the rest only when the test says.
        public var restOfBodyHold: Hold?
        /// Sends the body gzip-encoded with `Content-Encoding: gzip`.
        ///
        /// The encoding uses stored (uncompressed) deflate blocks: any gzip decoder reads it, and it needs no zlib.
        /// These tests are about the client decoding, not about compression ratios.
        public var gzip: Bool

        /// - Parameters:
        ///   - status: The status code.
        ///   - headers: Header fields, sent in order.
        ///   - body: The body, before any encoding.
        ///   - chunkSize: Write the body in pieces of this size (chunked unless `Content-Length` is given).
        ///   - delayBeforeHead: Wait this long before sending the status line.
        ///   - delayBetweenChunks: Wait this long after each piece.
        ///   - headHold: Send the status line only once this is released.
        ///   - restOfBodyHold: Send the pieces after the first only once this is released.
        ///   - gzip: Encode the body with gzip and say so in `Content-Encoding`.
        public init(
            status: Int = 200,
            headers: Headers = [:],
            body: [UInt8] = [],
            chunkSize: Int? = nil,
            delayBeforeHead: Duration? = nil,
            delayBetweenChunks: Duration? = nil,
            headHold: Hold? = nil,
            restOfBodyHold: Hold? = nil,
            gzip: Bool = false
        ) {
            precondition(chunkSize.map { $0 > 0 } ?? true, "chunkSize must be positive")
            self.status = status
            self.headers = headers
            self.body = body
            self.chunkSize = chunkSize
            self.delayBeforeHead = delayBeforeHead
            self.delayBetweenChunks = delayBetweenChunks
            self.headHold = headHold
            self.restOfBodyHold = restOfBodyHold
            self.gzip = gzip
        }

        /// A response whose body is `text` in UTF-8.
        public init(status: Int = 200, headers: Headers = [:], text: String) {
            self.init(status: status, headers: headers, body: Array(text.utf8))
        }
    }
}
