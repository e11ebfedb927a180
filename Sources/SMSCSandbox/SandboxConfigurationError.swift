/// A ``SandboxConfiguration`` the sandbox cannot run with.
public struct SandboxConfigurationError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, as a rule.
    public var rule: String

    /// `invalid sandbox configuration: <rule>`.
    public var description: String {
        "invalid sandbox configuration: \(rule)"
    }
}
