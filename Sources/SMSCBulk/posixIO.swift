#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's description of an `errno` value, e.g. `No space left on device`.
func systemErrorDescription(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
}

/// Reads up to `count` bytes at `offset` (or at the current position when `offset` is nil), retrying on `EINTR`.
/// - Returns: The number of bytes read (0 at end of file), or `-1` with `errno` set.
func readRetrying(
    _ descriptor: Int32,
    into buffer: UnsafeMutableRawPointer,
    count: Int,
    offset: Int64? = nil
) -> Int {
    while true {
        let result: Int
        if let offset {
            result = pread(descriptor, buffer, count, off_t(offset))
        } else {
            result = read(descriptor, buffer, count)
        }
        if result < 0 && errno == EINTR { continue }
        return result
    }
}

/// Writes every byte, retrying after short writes and `EINTR`; the `smsc` tool's console uses it too.
/// - Returns: 0 on success, else the `errno` of the failed `write`.
package func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBytes { raw -> Int32 in
        var offset = 0
        while offset < raw.count {
            let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}

/// `fsync`, retrying on `EINTR`.
/// - Returns: 0 on success, else `errno`.
func syncRetrying(_ descriptor: Int32) -> Int32 {
    while fsync(descriptor) != 0 {
        if errno == EINTR { continue }
        return errno
    }
    return 0
}
