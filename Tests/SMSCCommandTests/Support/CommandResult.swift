/// What a finished `smsc` run printed and how it exited.
struct CommandResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The stdout lines. Empty lines are kept, so a stray blank line fails a test; only the empty string after the
    /// final newline is not a line.
    var lines: [String] {
        var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
