/// An element's `default` or `fixed` value from the schema, in its lexical form; generated decoders pass it to
/// `SOAPDecoding`.
public enum SOAPValueConstraint: Sendable, Hashable {
    /// An empty element stands for this value.
    case defaultValue(String)
    /// The element's only value; an empty element stands for it.
    case fixed(String)

    /// The lexical form an empty element stands for.
    @inlinable
    public var value: String {
        switch self {
        case .defaultValue(let value), .fixed(let value): value
        }
    }
}
