import Foundation
public import Logging
import SMSC
public import SOAPRuntime

/// A transport that passes every request to another and writes each exchange to a fixture directory, for
/// ``SMSCReplayTransport`` to answer from later.
///
/// Files are numbered in the order exchanges finish, after any already there (`001-balance.http`,
/// `002-send.http`, …), in the format ``SMSCRecordedExchange`` describes, with the login, password and API key
/// masked. An exchange that failed in transport (no response) is not written.
///
/// ```swift
/// let recorder = try SMSCRecordingTransport(wrapping: NIOHTTP1Transport(), directory: "Tests/Fixtures/checkout")
/// let client = try SMSCClient(credentials: credentials, configuration: configuration, transport: recorder)
/// ```
public final class SMSCRecordingTransport: SOAPTransport {
    private let transport: any SOAPTransport
    /// Where the fixtures go.
    public let directory: String
    private let nextNumber: Locked<Int>

    /// - Parameters:
    ///   - transport: Sends the requests.
    ///   - directory: Where to write the fixtures; created if missing.
    /// - Throws: ``SMSCFixtureError`` when the directory cannot be created or read.
    public init(wrapping transport: any SOAPTransport, directory: String) throws(SMSCFixtureError) {
        self.transport = transport
        self.directory = directory
        let existing: [String]
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            existing = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw SMSCFixtureError(
                path: directory,
                reason: "cannot create or read the directory: \(error.localizedDescription)"
            )
        }
        let highest =
            existing.compactMap { name in name.hasSuffix(".http") ? Int(name.prefix { $0.isNumber }) : nil }.max() ?? 0
        nextNumber = Locked(highest + 1)
    }

    public func send(
        _ request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        let response = try await transport.send(request, options: options, deadline: deadline, logger: logger)
        var masked = request
        masked.body = Array(
            Redaction.redact(String(decoding: request.body, as: UTF8.self), elements: Redaction.credentialElements).utf8
        )
        let exchange = SMSCRecordedExchange(request: masked, response: response)
        let number = nextNumber.withLock { number in
            defer { number += 1 }
            return number
        }
        let name = String(format: "%03d-%@.http", number, CanonicalEnvelope(request).operation)
        let path = (directory as NSString).appendingPathComponent(name)
        // A fixture that cannot be written must not pass unnoticed: the call fails as if it had no response.
        guard FileManager.default.createFile(atPath: path, contents: Data(exchange.httpText)) else {
            throw SOAPTransportError(
                code: .connectionFailed,
                message: "the exchange was made, but its fixture \(path) could not be written",
                requestMayHaveReachedServer: true
            )
        }
        return response
    }
}
