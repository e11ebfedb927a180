/// Emits diagnostics to a collector and remembers the errors, so a stage can stop with all of them.
final class DiagnosticEmitter {
    private let collector: any DiagnosticCollector
    private(set) var errors: [Diagnostic] = []

    init(collector: any DiagnosticCollector) {
        self.collector = collector
    }

    var hasErrors: Bool { !errors.isEmpty }

    func error(_ message: String, at location: SourceLocation) {
        let diagnostic = Diagnostic(severity: .error, message: message, file: location.file, line: location.line)
        errors.append(diagnostic)
        collector.emit(diagnostic)
    }

    func warning(_ message: String, at location: SourceLocation) {
        collector.emit(Diagnostic(severity: .warning, message: message, file: location.file, line: location.line))
    }

    func note(_ message: String, at location: SourceLocation) {
        collector.emit(Diagnostic(severity: .note, message: message, file: location.file, line: location.line))
    }

    /// The failure to throw once errors were emitted.
    func failure() -> GeneratorFailure {
        GeneratorFailure(errors: errors)
    }
}
