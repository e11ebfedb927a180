import Foundation
import NIOSSL
import Synchronization

/// A private key and a certificate made for this run by the `openssl` tool: current and valid for the names given,
/// but self-signed, so a client trusts it only when told to.
///
/// The `openssl` tool is on every machine that builds this package's dependencies.
struct TestCertificate {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The folder holding both files; ``remove()`` deletes it.
    let directory: URL
    let certificatePath: String
    let keyPath: String

    /// Makes a key and a certificate for `subjectAltName` (`IP:127.0.0.1`, `DNS:localhost,IP:127.0.0.1`).
    static func make(subjectAltName: String = "IP:127.0.0.1") async throws -> TestCertificate {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("soap-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let made = TestCertificate(
            directory: directory,
            certificatePath: directory.appendingPathComponent("certificate.pem").path,
            keyPath: directory.appendingPathComponent("key.pem").path
        )
        do {
            let status = try await OpenSSLTool.runToCompletion(
                [
                    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=smsc-swift tests",
                    "-addext", "subjectAltName=\(subjectAltName)", "-days", "1", "-keyout", made.keyPath, "-out",
                    made.certificatePath,
                ]
            )
            guard status == 0 else {
                throw Failure(description: "openssl req exited with status \(status); is openssl installed?")
            }
            return made
        } catch {
            made.remove()
            throw error
        }
    }

    /// The certificate, for a client's trust roots.
    func certificate() throws -> NIOSSLCertificate {
        try NIOSSLCertificate(file: certificatePath, format: .pem)
    }

    /// A server context presenting this certificate.
    func serverContext() throws -> NIOSSLContext {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try certificate())],
            privateKey: .privateKey(try NIOSSLPrivateKey(file: keyPath, format: .pem))
        )
        return try NIOSSLContext(configuration: configuration)
    }

    /// A server context presenting this certificate that records the server name each client's hello asks for
    /// (SNI), or `nil` for a hello without one.
    func serverContext(recordingServerNamesIn names: ServerNames) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try certificate())],
            privateKey: .privateKey(try NIOSSLPrivateKey(file: keyPath, format: .pem))
        )
        configuration.sslContextCallback = { values, promise in
            names.record(values.serverHostname)
            promise.succeed(.noChanges)
        }
        return try NIOSSLContext(configuration: configuration)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// The server names (SNI) of the TLS hellos a server received, in order; `nil` for a hello without one.
final class ServerNames: Sendable {
    private let names = Mutex<[String?]>([])

    func record(_ name: String?) {
        names.withLock { $0.append(name) }
    }

    var received: [String?] {
        names.withLock { $0 }
    }
}
