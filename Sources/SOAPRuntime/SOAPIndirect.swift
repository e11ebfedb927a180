/// Storage for a generated field whose type contains the field's own type, directly or through other types (an
/// element that may hold another of itself): a struct cannot hold itself inline, so the generated code keeps such a
/// field in this box and exposes it as a plain property.
///
/// The box is immutable, so values that share one still behave as values: setting the property makes a new box.
public final class SOAPIndirect<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The boxed value.
    public let value: Value

    /// Boxes `value`.
    ///
    /// - Parameter value: The value to keep.
    public init(_ value: Value) {
        self.value = value
    }

    public static func == (lhs: SOAPIndirect, rhs: SOAPIndirect) -> Bool {
        lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
