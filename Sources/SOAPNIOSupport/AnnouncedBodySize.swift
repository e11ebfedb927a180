package import NIOHTTP1
package import SOAPRuntime

/// What a response head says of the size of the body that follows, and whether that alone refuses it.
package struct AnnouncedBodySize {
    /// `Content-Length`, when the body is not content-coded (a coded length says nothing exact of the decoded size).
    package var exactSize: Int?

    package init(_ headers: HTTPHeaders) {
        let isEncoded = headers[canonicalForm: "Content-Encoding"].contains { $0.lowercased() != "identity" }
        exactSize = isEncoded ? nil : headers.first(name: "Content-Length").flatMap { Int($0) }
    }

    /// The refusal of a body announced above `limit`, before any of it is read; `nil` when it may be read.
    package func refusal(limit: Int) -> SOAPTransportError? {
        guard let exactSize, exactSize > limit else { return nil }
        return NIOTransportErrors.tooLarge(limit: limit, detail: "the server announced \(exactSize) bytes")
    }

    /// The capacity to reserve for the body.
    package func reservation(limit: Int) -> Int {
        min(exactSize ?? 0, limit)
    }
}
