import Foundation

/// Unbuffered writes to stdout and stderr.
///
/// Each line is one `write(2)`: bulk runs print a line per finished row, and a run that is killed must not
/// lose lines that sat in a stdio buffer, nor interleave half-lines from concurrent rows.
enum Console {
    private static let lock = NSLock()

    /// Writes `line` and a newline to stdout.
    static func writeLine(_ line: String) {
        write(line + "\n", to: FileHandle.standardOutput)
    }

    /// Writes `line` and a newline to stderr.
    static func writeError(_ line: String) {
        write(line + "\n", to: FileHandle.standardError)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        lock.lock()
        defer { lock.unlock() }
        // A closed pipe (`smsc … | head -1`) must not crash the tool: `SMSCCommand.main()` ignores SIGPIPE, so the
        // write fails with EPIPE, which is dropped here; the exit status still tells the story.
        try? handle.write(contentsOf: Data(text.utf8))
    }
}
