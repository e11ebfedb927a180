import Foundation
import SMSCBulk
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to stdout and stderr.
///
/// Each line is one `write(2)`: bulk runs print a line per finished row, and a run that is killed must not
/// lose lines that sat in a stdio buffer, nor interleave half-lines from concurrent rows.
///
/// A failed write to stdout is not ignored, except on a closed pipe: `smsc balance > /dev/full` must not exit 0
/// with the balance lost. The first such failure is reported on stderr, and ``standardOutputFailed`` tells the
/// command to exit 74 (`EX_IOERR`).
enum Console {
    /// `EX_IOERR`: the exit status after stdout could not be written.
    static let standardOutputFailureExitCode: Int32 = 74

    /// The `errno` of the first failed write to stdout other than `EPIPE`; the lock also keeps lines whole.
    private static let standardOutputError = Mutex<Int32?>(nil)

    /// Writes `line` and a newline to stdout.
    ///
    /// - Returns: `false` when the line could not be written for a reason other than a closed pipe (`ENOSPC`,
    ///   `EIO`, …); the failure has then been reported on stderr (once per process).
    @discardableResult
    static func writeLine(_ line: String) -> Bool {
        writeLines([line])
    }

    /// Writes `lines`, each followed by a newline, to stdout in one `write` (more only after a short write).
    ///
    /// - Returns: `false` as ``writeLine(_:)`` does.
    @discardableResult
    static func writeLines(_ lines: [String]) -> Bool {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines {
            bytes.append(contentsOf: line.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        return write(bytes)
    }

    /// Writes `bytes`, whole lines ending in newlines, to stdout in one `write` (more only after a short write).
    ///
    /// - Returns: `false` as ``writeLine(_:)`` does.
    @discardableResult
    static func write(_ bytes: [UInt8]) -> Bool {
        standardOutputError.withLock { standardOutputError in
            let error = writeAll(STDOUT_FILENO, bytes)
            // A closed pipe (`smsc … | head -1`) is the reader's choice, not a failure: `SMSCCommand.main()`
            // ignores SIGPIPE, so the write fails with EPIPE, which is dropped here; the exit status still tells
            // the story.
            guard error != 0, error != EPIPE else { return true }
            if standardOutputError == nil {
                standardOutputError = error
                let reason = strerror(error).map { String(cString: $0) } ?? "error \(error)"
                _ = writeAll(STDERR_FILENO, Array("smsc: error: cannot write to standard output: \(reason)\n".utf8))
            }
            return false
        }
    }

    /// ``write(_:)`` for a caller on an event loop, which must not block: the bytes are written on the calling
    /// thread when stdout can take them at once (a file, a terminal, a pipe with room), else on a thread of their
    /// own, awaited, so that a reader who stopped reading a pipe holds up only this caller.
    ///
    /// - Returns: `false` as ``writeLine(_:)`` does.
    static func writeWithoutBlockingTheThread(_ bytes: [UInt8]) async -> Bool {
        if !standardOutputMayBlock {
            return write(bytes)
        }
        var descriptor = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
        if poll(&descriptor, 1, 0) == 1, descriptor.revents & Int16(POLLOUT) != 0 {
            return write(bytes)
        }
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: write(bytes))
            }
        }
    }

    /// Whether a write to stdout can wait on its reader: a pipe, a socket or a terminal. A regular file or a device
    /// such as `/dev/null` takes a write at once (or fails), so it needs no `poll` first.
    private static let standardOutputMayBlock: Bool = {
        var status = stat()
        guard fstat(STDOUT_FILENO, &status) == 0 else { return true }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return false
        case S_IFCHR: return isatty(STDOUT_FILENO) != 0
        default: return true
        }
    }()

    /// Writes `line` and a newline to stderr. A failure is dropped: there is nowhere left to report it.
    static func writeError(_ line: String) {
        standardOutputError.withLock { _ in
            _ = writeAll(STDERR_FILENO, Array((line + "\n").utf8))
        }
    }

    /// Whether a write to stdout failed for a reason other than a closed pipe; the command must then exit with
    /// ``standardOutputFailureExitCode``, whatever else happened.
    static var standardOutputFailed: Bool {
        standardOutputError.withLock { $0 != nil }
    }
}
