import Foundation
import SMSC
import SMSCSandbox
import SOAPRuntime

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A clock a test moves by hand.
final class ManualClock: Sendable {
    private let current: Locked<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_577_550_000)) {
        current = Locked(start)
    }

    var clock: SandboxClock {
        SandboxClock { [current] in current.withLock { $0 } }
    }

    var now: Date {
        current.withLock { $0 }
    }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// An HTTP reply as a test reads it.
struct HTTPReply {
    var status: Int
    var contentType: String?
    var body: String
}

/// Plain HTTP against the sandbox, for what the typed client would refuse to send.
enum RawHTTP {
    static func post(_ body: String, to url: String, headers: [String: String] = ["Content-Type": "text/xml; charset=utf-8"]) async throws -> HTTPReply {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        for (name, value) in headers {
            request.setValue(value, forHTTPHeaderField: name)
        }
        return try await perform(request)
    }

    static func get(_ url: String) async throws -> HTTPReply {
        try await perform(URLRequest(url: URL(string: url)!))
    }

    private static func perform(_ request: URLRequest) async throws -> HTTPReply {
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return HTTPReply(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"), body: String(decoding: data, as: UTF8.self))
    }
}

/// Envelopes as PHP's SoapClient writes them, in the sandbox's namespace.
enum Envelope {
    static func request(_ element: String, namespace: String, _ fields: [(String, String)]) -> String {
        let children = fields.map { "<\($0.0)>\(escaped($0.1))</\($0.0)>" }.joined()
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:ns1=\"\(namespace)\"><SOAP-ENV:Body><ns1:\(element)>\(children)</ns1:\(element)></SOAP-ENV:Body></SOAP-ENV:Envelope>\n"
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// Runs `body` with a sandbox and a client logged in to it; both are shut down afterwards.
func withSandboxClient<Result>(
    configuration: SandboxConfiguration = .init(),
    credentials: SMSCCredentials = .login("demo", password: "demo"),
    _ body: (SMSCClient, SandboxServer) async throws -> Result
) async throws -> Result {
    try await withSandboxServer(configuration: configuration) { server in
        let client = try SMSCClient(credentials: credentials, configuration: .init(endpoint: SMSCEndpoint(url: server.endpoint)))
        do {
            let result = try await body(client, server)
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}

/// The repository's root, for fixtures other test targets own.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // SMSCSandboxTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
}

/// The service error code `body` fails with, or `nil` when it succeeds or fails otherwise.
func serviceErrorCode<T>(_ body: () async throws -> T) async -> Int? {
    do {
        _ = try await body()
        return nil
    } catch let error as SMSCError {
        guard case .service(let service) = error.reason else { return nil }
        return service.code
    } catch {
        return nil
    }
}
