import Logging
import SOAPRuntime
import SOAPTestServer
import Testing

/// The caller's logger reaches the wire: each transport logs the call's connection work through the logger `send`
/// is given, never through one of its own.
struct TransportLoggingTests {
    @Test(arguments: TransportUnderTest.allCases)
    func theCallersLoggerReceivesTheTransportsLines(_ kind: TransportUnderTest) async throws {
        let sink = LogSink()
        let logger = Logger(label: "caller", factory: { _ in sink })
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            try await kind.withTransport { transport in
                _ = try await transport.send(
                    request(server), options: .init(), deadline: .now + .seconds(30), logger: logger
                )
            }
        }
        let expected =
            switch kind {
            // AsyncHTTPClient's own line about the request and the connection it runs on.
            case .asyncHTTPClient: "Request was scheduled on connection"
            case .nio: "SOAP transport opens a connection"
            }
        #expect(sink.lines.contains { $0.contains(expected) }, "\(sink.lines)")
    }
}

extension TransportLoggingTests {
    private func request(_ server: LoopbackHTTPServer) -> SOAPRequest {
        SOAPRequest(
            url: server.url(), soapAction: "http://smsc.ru/get_balance", soapVersion: .soap11,
            body: TransportConformanceTests.envelope
        )
    }
}
