/// The HTTP stack the soak's client posts through.
public enum SoakTransport: String, CaseIterable, Sendable, CustomStringConvertible {
    /// `NIOHTTP1Transport`, as the `smsc` tool uses.
    case nio
    /// AsyncHTTPClient's `HTTPClient.shared`, the library's default.
    case ahc

    public var description: String { rawValue }
}
