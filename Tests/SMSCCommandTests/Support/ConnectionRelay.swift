import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP relay on 127.0.0.1 in front of a test server, for tests where the endpoint stops accepting connections
/// part way through a run while the connections it already has finish normally.
///
/// ``stopAccepting()`` closes the listening socket only: a request already on its way is answered, and the next
/// connection attempt is refused (`ECONNREFUSED`), as when a service goes down. A new relay on the same port is
/// the service coming back, so the endpoint URL (which a journal is tied to) stays the same.
final class ConnectionRelay: Sendable {
    /// The port it listens on.
    let port: Int
    private let listener: Int32
    private let backendPort: Int
    private let isAccepting = Mutex(true)

    /// Starts relaying connections on `port` (0 for one the system picks) to `backendPort`.
    init(port: Int = 0, to backendPort: Int) throws {
        self.backendPort = backendPort
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw RelayError(message: "socket() failed: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: port)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            close(listener)
            throw RelayError(message: "cannot listen on 127.0.0.1:\(port): errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.port = Int(UInt16(bigEndian: address.sin_port))
        self.listener = listener
        Thread.detachNewThread { [self] in
            while true {
                let client = accept(listener, nil, nil)
                if client < 0 {
                    if errno == EINTR { continue }
                    return  // The listener was shut down.
                }
                relay(client)
            }
        }
    }

    deinit {
        stopAccepting()
    }

    /// The `http://` URL of SMSC's endpoint path through the relay.
    func url() -> String {
        "http://127.0.0.1:\(port)/sys/soap.php"
    }

    /// Closes the listening socket: connections already made go on, new ones are refused.
    func stopAccepting() {
        let wasAccepting = isAccepting.withLock { isAccepting in
            defer { isAccepting = false }
            return isAccepting
        }
        guard wasAccepting else { return }
        // shutdown() wakes the thread blocked in accept(); close() then frees the port.
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func relay(_ client: Int32) {
        let backend = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = Self.loopback(port: backendPort)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(backend, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(backend)
            close(client)
            return
        }
        let finished = DispatchGroup()
        for (from, to) in [(client, backend), (backend, client)] {
            finished.enter()
            Thread.detachNewThread {
                Self.pump(from: from, to: to)
                finished.leave()
            }
        }
        Thread.detachNewThread {
            finished.wait()
            close(client)
            close(backend)
        }
    }

    /// Copies bytes until end of file or an error, then passes the end of file on.
    private static func pump(from source: Int32, to destination: Int32) {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        copying: while true {
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            var offset = 0
            while offset < count {
                // send(MSG_NOSIGNAL): a peer that closed must not raise SIGPIPE in the test process.
                let written = buffer.withUnsafeBytes {
                    send(destination, $0.baseAddress! + offset, count - offset, Int32(MSG_NOSIGNAL))
                }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { break copying }
                offset += written
            }
        }
        shutdown(destination, Int32(SHUT_WR))
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    struct RelayError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
