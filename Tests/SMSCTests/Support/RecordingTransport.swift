import Foundation
import Logging
import SMSC
import SOAPRuntime
import Synchronization
import Testing

/// A transport that answers from a script and records what it was asked, for client tests.
final class RecordingTransport: SOAPTransport, Sendable {
    typealias Reply = @Sendable (SOAPRequest) throws -> SOAPHTTPResponse

    private let sent = Mutex<[SOAPRequest]>([])
    private let reply: Reply

    init(_ reply: @escaping Reply) {
        self.reply = reply
    }

    /// Answers every request with the reply PHP's SoapServer gave in the fixture `<fixture>.http`, with its status
    /// unless `status` says otherwise.
    convenience init(fixture: String, status: Int? = nil) {
        let recorded = Result { try Fixtures.exchange(fixture).response }
        self.init { _ in
            var response = try recorded.get()
            response.status = status ?? response.status
            return response
        }
    }

    /// Answers every request with `body`.
    convenience init(status: Int = 200, contentType: String = "text/xml; charset=utf-8", body: String) {
        self.init { _ in
            SOAPHTTPResponse(status: status, headers: ["Content-Type": contentType], body: Array(body.utf8))
        }
    }

    var requests: [SOAPRequest] {
        sent.withLock { $0 }
    }

    /// The last request's envelope as text.
    var lastBody: String {
        requests.last.map { String(decoding: $0.body, as: UTF8.self) } ?? ""
    }

    private func record(_ request: SOAPRequest) {
        sent.withLock { $0.append(request) }
    }

    func send(
        _ request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        record(request)
        // SOAPClosureTransport applies the size limit and maps thrown errors as a real transport would.
        let reply = self.reply
        return try await SOAPClosureTransport { call in try reply(call.request) }.send(
            request, options: options, deadline: deadline, logger: logger)
    }
}

/// A SOAP reply around `result` for `element`, as PHP's SoapServer writes it.
func soapReply(_ element: String, _ wrapper: String, _ fields: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="https://smsc.ru/sys/soap.php">\
    <SOAP-ENV:Body><ns1:\(element)><\(wrapper)>\(fields)</\(wrapper)></ns1:\(element)></SOAP-ENV:Body></SOAP-ENV:Envelope>

    """
}

extension SMSCClient {
    /// A client with test credentials over `transport`.
    static func testing(
        _ transport: any SOAPTransport,
        credentials: SMSCCredentials = .login("alex", password: "s3cr3t-pass"),
        configure: (inout SMSCClient.Configuration) -> Void = { _ in }
    ) throws -> SMSCClient {
        // One attempt per call: these tests are about what one reply means; RetryTests are about retries.
        var configuration = SMSCClient.Configuration(retryPolicy: .none)
        configure(&configuration)
        return try SMSCClient(credentials: credentials, configuration: configuration, transport: transport)
    }
}

/// Runs `body`, which must throw an ``SMSCError``, and returns it.
func expectSMSCError(
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () async throws -> Void
) async -> SMSCError? {
    do {
        try await body()
        Issue.record("expected an SMSCError, but the call succeeded", sourceLocation: sourceLocation)
        return nil
    } catch let error as SMSCError {
        return error
    } catch {
        Issue.record("expected an SMSCError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
