import Foundation
import SMSCTesting

/// Exchanges recorded from PHP's SoapClient and SoapServer (see Fixtures/envelopes/README.md), one file each in
/// SMSCTesting's fixture format, so the project's own tests read the format its users record in.
enum Fixtures {
    /// The directory of the exchange files, for an ``SMSCReplayTransport``.
    static var exchangesDirectory: String {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures/envelopes", withExtension: nil) else {
                throw FixtureError.missing("Fixtures/envelopes")
            }
            return url.path
        }
    }

    /// The exchange in `<name>.http`.
    static func exchange(_ name: String) throws -> SMSCRecordedExchange {
        let path = try exchangesDirectory + "/\(name).http"
        return try SMSCRecordedExchange(httpText: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
    }

    /// The envelope PHP's SoapClient posted in `<name>.http`.
    static func requestBody(_ name: String) throws -> [UInt8] {
        try exchange(name).request.body
    }

    /// The envelope PHP's SoapServer answered in `<name>.http`.
    static func responseBody(_ name: String) throws -> [UInt8] {
        try exchange(name).response.body
    }

    /// The request's header fields as written in `<name>.http`, by lowercased name, and its request line.
    static func requestHead(_ name: String) throws -> (line: String, headers: [String: String]) {
        let lines = try text("\(name).http").components(separatedBy: "\n")
        var headers: [String: String] = [:]
        for line in lines.dropFirst().prefix(while: { !$0.isEmpty }) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return (lines[0], headers)
    }

    /// A file of the fixture directory as text.
    static func text(_ file: String) throws -> String {
        try String(contentsOf: URL(fileURLWithPath: try exchangesDirectory + "/\(file)"), encoding: .utf8)
    }

    enum FixtureError: Error {
        case missing(String)
    }
}
