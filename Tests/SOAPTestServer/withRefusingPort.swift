#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` with a loopback port that refuses every connection, and frees the port afterwards.
///
/// The port belongs to a TCP socket that is bound but never listens: a connection to it is refused (RST) at once,
/// and, unlike a port closed after use, no other socket, of this process's other tests or another process, can
/// take it while `body` runs.
public func withRefusingPort<Result>(
    isolation: isolated (any Actor)? = #isolation,
    _ body: (_ port: Int) async throws -> Result
) async throws -> Result {
    #if canImport(Glibc)
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw RefusingPortError(call: "socket", errno: errno) }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
    }
    guard bound == 0 else { throw RefusingPortError(call: "bind", errno: errno) }
    let named = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    guard named == 0 else { throw RefusingPortError(call: "getsockname", errno: errno) }
    return try await body(Int(UInt16(bigEndian: address.sin_port)))
}

/// A system call that ``withRefusingPort(isolation:_:)`` needed failed.
public struct RefusingPortError: Error, CustomStringConvertible {
    /// The call that failed (`bind`).
    public var call: String
    /// Its `errno`.
    public var errno: Int32

    public var description: String { "\(call) failed: \(String(cString: strerror(errno)))" }
}
