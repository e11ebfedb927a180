/// A value that cannot be written into a SOAP envelope. Nothing was sent.
public struct SOAPEncodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The element path of the offending value, such as `send/mes`.
    public var path: String
    /// The rule the value breaks.
    public var rule: String

    public init(path: String, rule: String) {
        self.path = path
        self.rule = rule
    }

    public var description: String {
        "field `\(path)`: \(rule)"
    }
}
