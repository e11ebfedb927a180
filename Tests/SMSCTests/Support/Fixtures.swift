import Foundation

/// Requests and responses recorded from PHP's SoapClient and SoapServer (see Fixtures/envelopes/README.md).
enum Fixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "Fixtures/envelopes/\(name)", withExtension: nil) else {
            throw FixtureError.missing(name)
        }
        return Array(try Data(contentsOf: url))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// The header fields of a recorded HTTP message, by lowercased name.
    static func httpHeaders(_ name: String) throws -> [String: String] {
        let head = try text(name).components(separatedBy: "\r\n\r\n")[0]
        var headers: [String: String] = [:]
        for line in head.components(separatedBy: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return headers
    }

    /// The request line of a recorded HTTP request (`POST /sys/soap.php HTTP/1.1`).
    static func requestLine(_ name: String) throws -> String {
        try text(name).components(separatedBy: "\r\n")[0]
    }

    enum FixtureError: Error {
        case missing(String)
    }
}
