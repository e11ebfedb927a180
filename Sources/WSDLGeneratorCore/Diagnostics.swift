/// A problem found in a WSDL, reported in compiler format so build logs and editors can point at it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var message: String
    /// The file the problem is in, as the caller named it.
    public var file: String
    /// The 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int

    public init(severity: Severity, message: String, file: String, line: Int) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
    }

    /// `file:line: severity: message`, as swiftc and clang print it.
    public var description: String {
        line > 0 ? "\(file):\(line): \(severity.rawValue): \(message)" : "\(file): \(severity.rawValue): \(message)"
    }
}

/// Collects diagnostics while the generator runs.
public protocol DiagnosticCollector: AnyObject {
    func emit(_ diagnostic: Diagnostic)
}

/// Keeps every diagnostic in memory, for tests and for callers that print them at the end.
public final class AccumulatingDiagnosticCollector: DiagnosticCollector {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Whether an error was emitted.
    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }
}

/// The generator stopped because of errors; they were emitted to the collector before this was thrown.
public struct GeneratorFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The error diagnostics that stopped generation.
    public var errors: [Diagnostic]

    public init(errors: [Diagnostic]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
