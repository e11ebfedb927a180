import SystemPackage

/// Writes every byte to `descriptor` with swift-system's `writeAll`, which retries after short writes and `EINTR`.
///
/// For the `smsc` tool's console, whose target does not depend on swift-system itself; the bulk engine uses
/// `FileDescriptor` directly.
/// - Returns: 0 on success, else the `errno` of the failed `write`.
package func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
    do throws(Errno) {
        _ = try Errno.catching { try FileDescriptor(rawValue: descriptor).writeAll(bytes) }
        return 0
    } catch {
        return error.rawValue
    }
}
