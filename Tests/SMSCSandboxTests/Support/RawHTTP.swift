import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Plain HTTP against the sandbox, for what the typed client would refuse to send.
enum RawHTTP {
    static func post(
        _ body: String, to url: String, headers: [String: String] = ["Content-Type": "text/xml; charset=utf-8"]
    ) async throws -> HTTPReply {
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
        return HTTPReply(
            status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"),
            body: String(decoding: data, as: UTF8.self))
    }
}

/// An HTTP reply as a test reads it.
struct HTTPReply {
    var status: Int
    var contentType: String?
    var body: String
}
