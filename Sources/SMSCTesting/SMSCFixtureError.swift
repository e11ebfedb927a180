/// A fixture file the testing transports cannot read or write, or a request a replay has no recording for.
public struct SMSCFixtureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The fixture file or directory concerned.
    public var path: String
    /// What is wrong, with a diff when a request matched no recording.
    public var reason: String

    /// An error about the fixture at `path`, saying what is wrong in `reason`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "\(path): \(reason)"
    }
}
