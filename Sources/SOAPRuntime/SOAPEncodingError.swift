/// A value that cannot be written into a SOAP envelope. Nothing was sent.
public struct SOAPEncodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The element path of the offending value, such as `send/mes`.
    public var path: String
    /// The rule the value breaks.
    public var rule: String

    /// Makes an error for the value at `path` that breaks `rule`.
    ///
    /// - Parameters:
    ///   - path: The element path of the offending value, such as `send/mes`.
    ///   - rule: The rule the value breaks, worded to follow the path in ``description``
    ///     (`must not be empty`).
    public init(path: String, rule: String) {
        self.path = path
        self.rule = rule
    }

    public var description: String {
        "field `\(path)`: \(rule)"
    }
}
