import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// swift-system (1.8) wraps the other calls the journal and the CSV reader make (`open`, `read`, `pread`, `write`,
// `lseek`, `ftruncate`, `fstat`, `close`), but neither `fsync` nor `flock`. These two are the only C calls the bulk
// engine makes itself; they follow swift-system's conventions: a typed `Errno`, and `EINTR` retried.
extension FileDescriptor {
    /// Flushes the file's data and metadata to the device (`fsync`), retrying on `EINTR`: a journal record counts as
    /// written, and a newly created journal as existing, only once this returns.
    /// - Throws: The `Errno` of the failed `fsync`.
    func synchronize() throws(Errno) {
        while fsync(rawValue) != 0 {
            let code = errno
            guard code == EINTR else { throw Errno(rawValue: code) }
        }
    }

    /// Takes an exclusive advisory lock on the open file (`flock` with `LOCK_EX | LOCK_NB`) without waiting,
    /// retrying on `EINTR`. The lock is released when the descriptor is closed (or the process ends, however it ends).
    /// - Returns: `false` when another open file holds a lock on it, such as another run's journal.
    /// - Throws: The `Errno` of any other failure.
    func lockExclusivelyIfFree() throws(Errno) -> Bool {
        while flock(rawValue, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            switch code {
            case EINTR: continue
            case EWOULDBLOCK: return false
            default: throw Errno(rawValue: code)
            }
        }
        return true
    }

    /// Releases the lock ``lockExclusivelyIfFree()`` took (`flock` with `LOCK_UN`), retrying on `EINTR`.
    ///
    /// Closing the descriptor releases the lock only once no other descriptor refers to the same open file, and a
    /// child forked by another thread of the process holds such a descriptor from its `fork` to its `exec`, even
    /// one opened with `O_CLOEXEC`. An explicit unlock releases the lock at once, whoever shares the open file.
    func unlock() {
        while flock(rawValue, LOCK_UN) != 0, errno == EINTR {}
    }
}
