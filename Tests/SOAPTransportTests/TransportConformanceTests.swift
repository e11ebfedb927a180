import NIOCore
import SOAPRuntime
import SOAPTestServer
import Testing

/// Every transport against a real loopback server: what goes on the wire, what comes back, the size limit, the
/// deadlines, cancellation, and how every failure (hostile servers included) is classified. A transport is offered
/// to users only once it passes all of it.
struct TransportConformanceTests {
    /// Stands in for the credentials every SMSC envelope carries; no error message may repeat it.
    static let secret = "s3cret-passw0rd"
    static let envelope = Array(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="http://smsc.ru/">\
        <SOAP-ENV:Body><ns1:get_balance><login>alice</login><psw>\(secret)</psw></ns1:get_balance></SOAP-ENV:Body>\
        </SOAP-ENV:Envelope>
        """.utf8
    )

    // MARK: - The request on the wire

    @Test(arguments: TransportUnderTest.allCases)
    func soap11RequestArrivesAsPOSTWithItsHeadersAndExactBody(_ kind: TransportUnderTest) async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            try await kind.withTransport { transport in
                _ = try await transport.send(request(server), options: .init())
            }
            let received = try #require(server.receivedRequests.first)
            #expect(received.method == "POST")
            #expect(received.uri == "/sys/soap.php")
            #expect(received.body == Self.envelope)
            #expect(received.headers["Content-Type"] == "text/xml; charset=utf-8")
            #expect(received.headers["SOAPAction"] == "\"http://smsc.ru/get_balance\"")
            #expect(received.headers["Accept-Encoding"] == "gzip, deflate")
            #expect(received.headers["User-Agent"] == "smsc-swift")
            #expect(received.headers["Content-Length"] == String(Self.envelope.count))
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func soap12RequestCarriesTheActionInContentTypeAndNoSOAPActionHeader(_ kind: TransportUnderTest) async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            try await kind.withTransport { transport in
                _ = try await transport.send(request(server, version: .soap12), options: .init())
            }
            let received = try #require(server.receivedRequests.first)
            #expect(
                received.headers["Content-Type"]
                    == "application/soap+xml; charset=utf-8; action=\"http://smsc.ru/get_balance\"")
            #expect(!received.headers.contains("SOAPAction"))
            #expect(received.body == Self.envelope)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func configuredUserAgentIsSent(_ kind: TransportUnderTest) async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            try await kind.withTransport(userAgent: "billing-service/2.1") { transport in
                _ = try await transport.send(request(server), options: .init())
            }
            #expect(server.receivedRequests.first?.headers.values(for: "User-Agent") == ["billing-service/2.1"])
        }
    }

    // MARK: - Responses

    @Test(arguments: TransportUnderTest.allCases)
    func statusHeadersInOrderAndBodyAreReturned(_ kind: TransportUnderTest) async throws {
        let response = LoopbackHTTPServer.Response(
            status: 200,
            headers: ["Content-Type": "text/xml; charset=windows-1251", "X-First": "1", "X-Second": "2"],
            text: "<reply/>"
        )
        try await withLoopbackHTTPServer(handler: { _ in .respond(response) }) { server in
            let reply = try await kind.withTransport { transport in
                try await transport.send(request(server), options: .init())
            }
            #expect(reply.status == 200)
            #expect(reply.body == Array("<reply/>".utf8))
            #expect(reply.headers.contentTypeCharset == "windows-1251")
            let names = reply.headers.fields.map { $0.name.lowercased() }
            let first = try #require(names.firstIndex(of: "x-first"))
            let second = try #require(names.firstIndex(of: "x-second"))
            #expect(first < second)
            #expect(reply.headers["x-second"] == "2")
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func sequentialCallsReuseOneKeepAliveConnection(_ kind: TransportUnderTest) async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            try await kind.withTransport { transport in
                let first = try await transport.send(request(server), options: .init())
                let second = try await transport.send(request(server), options: .init())
                #expect(first.status == 200 && second.status == 200)
            }
            #expect(server.receivedRequests.count == 2)
            #expect(server.acceptedConnectionCount == 1)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func serverErrorStatusIsReturnedWithItsBody(_ kind: TransportUnderTest) async throws {
        let fault = "<SOAP-ENV:Fault>boom</SOAP-ENV:Fault>"
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(status: 500, text: fault)) }) { server in
            let reply = try await kind.withTransport { transport in
                try await transport.send(request(server), options: .init())
            }
            #expect(reply.status == 500)
            #expect(reply.body == Array(fault.utf8))
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func redirectIsReturnedAndNotFollowed(_ kind: TransportUnderTest) async throws {
        try await withLoopbackHTTPServer(handler: { request in
            request.uri == "/sys/soap.php"
                ? .respond(.init(status: 301, headers: ["Location": "/moved/soap.php"], text: "moved"))
                : .respond(.init(text: "followed"))
        }) { server in
            let reply = try await kind.withTransport { transport in
                try await transport.send(request(server), options: .init())
            }
            #expect(reply.status == 301)
            #expect(reply.headers["Location"] == "/moved/soap.php")
            #expect(reply.body == Array("moved".utf8))
            #expect(server.receivedRequests.map(\.uri) == ["/sys/soap.php"])
        }
    }

    @Test(arguments: TransportUnderTest.allCases, [nil, 1_000])
    func gzipBodyIsDecoded(_ kind: TransportUnderTest, chunkSize: Int?) async throws {
        let text = String(repeating: "<balance>12.34</balance>", count: 5_000)
        let response = LoopbackHTTPServer.Response(body: Array(text.utf8), chunkSize: chunkSize, gzip: true)
        try await withLoopbackHTTPServer(handler: { _ in .respond(response) }) { server in
            let reply = try await kind.withTransport { transport in
                try await transport.send(request(server), options: .init())
            }
            #expect(reply.headers["Content-Encoding"] == "gzip")
            #expect(reply.body == Array(text.utf8))
        }
    }

    // MARK: - Size limit

    @Test(arguments: TransportUnderTest.allCases)
    func bodyOfExactlyTheLimitIsAccepted(_ kind: TransportUnderTest) async throws {
        let body = [UInt8](repeating: 0x41, count: 10_000)
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(body: body, chunkSize: 1_000)) }) { server in
            let reply = try await kind.withTransport { transport in
                try await transport.send(request(server), options: .init(maximumResponseSize: 10_000))
            }
            #expect(reply.body == body)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func contentLengthAboveTheLimitIsRefusedBeforeReading(_ kind: TransportUnderTest) async throws {
        let size = 1 << 20
        // Sent in 1 KiB pieces a second apart: reading the body would take hours, so only the header can decide.
        let response = LoopbackHTTPServer.Response(
            headers: ["Content-Length": String(size)],
            body: [UInt8](repeating: 0x41, count: size),
            chunkSize: 1_024,
            delayBetweenChunks: .seconds(1)
        )
        try await withLoopbackHTTPServer(handler: { _ in .respond(response) }) { server in
            let started = ContinuousClock.now
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(server), options: .init(maximumResponseSize: 64 * 1_024))
                }
            }
            #expect(error.code == .responseTooLarge)
            #expect(error.responseSizeLimit == 64 * 1_024)
            #expect(error.requestMayHaveReachedServer)
            #expect(error.message.contains("\(size)"))
            // Reading up to the 64 KiB limit would take over a minute at this pace, however loaded the machine.
            #expect(ContinuousClock.now - started < .seconds(30))
            expectNoSecret(in: error)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func chunkedBodyAboveTheLimitStopsTheReadingEarly(_ kind: TransportUnderTest) async throws {
        let size = 8 << 20
        let response = LoopbackHTTPServer.Response(body: [UInt8](repeating: 0x42, count: size), chunkSize: 16 * 1_024)
        let server = try await withLoopbackHTTPServer(handler: { _ in .respond(response) }) { server in
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(server), options: .init(maximumResponseSize: 64 * 1_024))
                }
            }
            #expect(error.code == .responseTooLarge)
            #expect(error.responseSizeLimit == 64 * 1_024)
            #expect(error.requestMayHaveReachedServer)
            return server
        }
        // Read after the server stopped, so the count is final: had the client buffered the body, all 8 MiB
        // would have been written.
        #expect(server.lastResponseBodyBytesWritten < 2 << 20)
        #expect(server.lastResponseBodyBytesWritten >= 64 * 1_024)
    }

    @Test(arguments: TransportUnderTest.allCases)
    func chunkedBodyOneByteAboveTheLimitIsRefused(_ kind: TransportUnderTest) async throws {
        let body = [UInt8](repeating: 0x41, count: 10_001)
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(body: body, chunkSize: 1_000)) }) { server in
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(server), options: .init(maximumResponseSize: 10_000))
                }
            }
            #expect(error.code == .responseTooLarge)
            #expect(error.responseSizeLimit == 10_000)
        }
    }

    // MARK: - Deadlines and cancellation

    @Test(arguments: TransportUnderTest.allCases)
    func totalDeadlinePassingBeforeTheResponseIsATimeout(_ kind: TransportUnderTest) async throws {
        // The head comes only once the call has ended.
        let head = LoopbackHTTPServer.Hold()
        let response = LoopbackHTTPServer.Response(body: Array("late".utf8), headHold: head)
        try await withLoopbackHTTPServer(handler: { _ in .respond(response) }) { server in
            let started = ContinuousClock.now
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    // Long enough that connecting on a loaded machine never uses it up.
                    try await transport.send(request(server), timeout: .seconds(2))
                }
            }
            head.release()
            #expect(error.code == .timeout)
            #expect(error.requestMayHaveReachedServer)
            #expect(!error.responseHeadReceived)
            #expect(error.message.contains("within the total deadline of"), "\(error.message)")
            // The server held its reply, so the deadline ended the call, not the server's stop.
            #expect(ContinuousClock.now - started < .seconds(30))
            expectNoSecret(in: error)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func totalDeadlinePassingWhileTheBodyArrivesIsATimeout(_ kind: TransportUnderTest) async throws {
        // The head and the first of ten pieces come at once; the rest only once the call has ended, so the deadline is
        // the only way out. The server answers on its event loop, whatever holds the concurrency pool's threads (in a
        // full run, tests that wait for child processes hold them for seconds), so the head is in long before the
        // deadline: the transport alone decides the outcome.
        let rest = LoopbackHTTPServer.Hold()
        let response = LoopbackHTTPServer.Response(
            body: [UInt8](repeating: 0x41, count: 100),
            chunkSize: 10,
            restOfBodyHold: rest
        )
        try await withLoopbackHTTPServer(answersOnEventLoop: true, handler: { _ in .respond(response) }) { server in
            let started = ContinuousClock.now
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(server), timeout: .seconds(5))
                }
            }
            rest.release()
            #expect(error.code == .timeout)
            #expect(error.requestMayHaveReachedServer)
            #expect(error.responseHeadReceived)
            #expect(error.message.contains("within the total deadline of"), "\(error.message)")
            // The deadline ended the call, not a hang the server's stop broke.
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func readTimeoutIsATimeoutThatMayHaveReachedTheServer(_ kind: TransportUnderTest) async throws {
        // The head comes only once the call has ended.
        let head = LoopbackHTTPServer.Hold()
        let response = LoopbackHTTPServer.Response(body: Array("late".utf8), headHold: head)
        try await withLoopbackHTTPServer(handler: { _ in .respond(response) }) { server in
            let started = ContinuousClock.now
            let error = try await kind.withTransport(readTimeout: .milliseconds(300)) { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(server), options: .init())
                }
            }
            head.release()
            #expect(error.code == .timeout)
            #expect(error.requestMayHaveReachedServer)
            #expect(error.message.contains("sent nothing for the read timeout"))
            // The server held its reply, so the read timeout ended the call, not the server's stop.
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func cancellingTheCallingTaskCancelsTheCall(_ kind: TransportUnderTest) async throws {
        try await withLoopbackHTTPServer(handler: { _ in .hang }) { server in
            try await kind.withTransport { transport in
                let call = Task {
                    try await transport.send(request(server), options: .init())
                }
                try await waitUntil { server.receivedRequests.count == 1 }
                let cancelled = ContinuousClock.now
                call.cancel()
                let result = await call.result
                #expect(ContinuousClock.now - cancelled < .seconds(30))
                let error = try #require(result.failure as? SOAPTransportError)
                #expect(error.code == .cancelled, "\(error.message) \(String(describing: error.underlyingError))")
                #expect(error.requestMayHaveReachedServer)
            }
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func callInAnAlreadyCancelledTaskIsNotSent(_ kind: TransportUnderTest) async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            try await kind.withTransport { transport in
                let call = Task {
                    withUnsafeCurrentTask { $0?.cancel() }
                    return try await transport.send(request(server), options: .init())
                }
                let error = try #require(await call.result.failure as? SOAPTransportError)
                #expect(error.code == .cancelled)
                #expect(!error.requestMayHaveReachedServer)
            }
            #expect(server.receivedRequests.isEmpty)
        }
    }

    // MARK: - Connection failures

    @Test(arguments: TransportUnderTest.allCases)
    func refusedConnectionIsAConnectFailureThatNeverReachedTheServer(_ kind: TransportUnderTest) async throws {
        try await withRefusingPort { port in
            let started = ContinuousClock.now
            let error = try await kind.withTransport(connectTimeout: .seconds(120)) { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(
                        request(url: "http://127.0.0.1:\(port)/sys/soap.php"),
                        options: .init(connectTimeout: .seconds(120)),
                        timeout: .seconds(180)
                    )
                }
            }
            #expect(error.code == .connect)
            #expect(!error.requestMayHaveReachedServer)
            #expect(error.message == "could not connect to 127.0.0.1:\(port): connection refused")
            // Failed at once rather than retried until the 120 s connect timeout, however loaded the machine.
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func httpsToAPlainHTTPServerIsATLSFailure(_ kind: TransportUnderTest) async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "plain")) }) { server in
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(
                        request(url: "https://127.0.0.1:\(server.port)/sys/soap.php"), options: .init())
                }
            }
            #expect(error.code == .tls)
            #expect(!error.requestMayHaveReachedServer)
            #expect(error.message.hasPrefix("the TLS handshake with 127.0.0.1:\(server.port) failed"))
            #expect(server.receivedRequests.isEmpty)
            expectNoSecret(in: error)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func selfSignedCertificateIsRejected(_ kind: TransportUnderTest) async throws {
        let certificate = try await TestCertificate.make()
        defer { certificate.remove() }
        try await withLoopbackHTTPServer(
            tls: try certificate.serverContext(), handler: { _ in .respond(.init(text: "ok")) }
        ) { server in
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(server), options: .init())
                }
            }
            #expect(error.code == .tls)
            #expect(!error.requestMayHaveReachedServer)
            #expect(error.message.contains("certificate could not be verified"), "\(error.message)")
            #expect(server.receivedRequests.isEmpty)
            expectNoSecret(in: error)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func trustedCertificateServesCallsOverOneConnection(_ kind: TransportUnderTest) async throws {
        let certificate = try await TestCertificate.make(subjectAltName: "DNS:localhost,IP:127.0.0.1")
        defer { certificate.remove() }
        try await withLoopbackHTTPServer(
            tls: try certificate.serverContext(), handler: { _ in .respond(.init(text: "ok")) }
        ) { server in
            try await kind.withTransport(trusting: try certificate.certificate()) { transport in
                // By address (the certificate names the IP) and by name (SNI; `localhost` also resolves to ::1,
                // where nothing listens, so connecting tries more than one address).
                for url in [server.url(), server.url(host: "localhost")] {
                    for _ in 0..<2 {
                        let reply = try await transport.send(request(url: url), options: .init())
                        #expect(reply.status == 200)
                        #expect(reply.body == Array("ok".utf8))
                    }
                }
            }
            #expect(server.receivedRequests.count == 4)
            // One connection per host name: the second call on each reused the TLS session's connection.
            #expect(server.acceptedConnectionCount == 2)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func certificateForAnotherNameIsRejected(_ kind: TransportUnderTest) async throws {
        let certificate = try await TestCertificate.make(subjectAltName: "DNS:smsc.example")
        defer { certificate.remove() }
        try await withLoopbackHTTPServer(
            tls: try certificate.serverContext(), handler: { _ in .respond(.init(text: "ok")) }
        ) { server in
            let error = try await kind.withTransport(trusting: try certificate.certificate()) { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(url: server.url(host: "localhost")), options: .init())
                }
            }
            #expect(error.code == .tls)
            #expect(!error.requestMayHaveReachedServer)
            #expect(server.receivedRequests.isEmpty)
        }
    }

    /// The name in the URL is what the certificate is checked against, and the hello carries it (SNI), as a server
    /// with several names needs; an address in the URL is checked as an address, and no name is sent. The certificate
    /// names the host and no address: NIOSSL also accepts a certificate whose address entry matches the connected
    /// address whatever the name asked for, so a certificate with `IP:127.0.0.1` would pass by name even if the name
    /// were never checked.
    @Test(arguments: TransportUnderTest.allCases)
    func certificateIsCheckedAgainstTheHostNameWhichTheHelloCarries(_ kind: TransportUnderTest) async throws {
        let certificate = try await TestCertificate.make(subjectAltName: "DNS:localhost")
        defer { certificate.remove() }
        let names = ServerNames()
        let tls = try certificate.serverContext(recordingServerNamesIn: names)
        try await withLoopbackHTTPServer(tls: tls, handler: { _ in .respond(.init(text: "ok")) }) { server in
            let (reply, error) = try await kind.withTransport(trusting: try certificate.certificate()) { transport in
                let reply = try await transport.send(request(url: server.url(host: "localhost")), options: .init())
                let error = try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(url: server.url()), options: .init())
                }
                return (reply, error)
            }
            #expect(reply.status == 200)
            #expect(reply.body == Array("ok".utf8))
            // By address: the certificate names none.
            #expect(error.code == .tls, "\(error.message)")
            #expect(!error.requestMayHaveReachedServer)
            #expect(server.receivedRequests.count == 1)
            #expect(names.received.first == "localhost")
            #expect(names.received.dropFirst().allSatisfy { $0 == nil }, "\(names.received)")
            #expect(names.received.count >= 2, "\(names.received)")
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func serverClosingWithoutAnsweringIsAnOtherFailureThatMayHaveReachedIt(_ kind: TransportUnderTest) async throws {
        try await withLoopbackHTTPServer(handler: { _ in .closeConnection }) { server in
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(server), options: .init())
                }
            }
            #expect(error.code == .connectionFailed)
            #expect(error.requestMayHaveReachedServer)
            #expect(error.message == "127.0.0.1:\(server.port) closed the connection before the response was complete")
            #expect(server.receivedRequests.first?.body == Self.envelope)
            expectNoSecret(in: error)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func endpointThatIsNotHTTPIsRejectedWithoutSending(_ kind: TransportUnderTest) async throws {
        let error = try await kind.withTransport { transport in
            try await #require(throws: SOAPTransportError.self) {
                try await transport.send(request(url: "ftp://127.0.0.1/sys/soap.php"), options: .init())
            }
        }
        #expect(error.code == .requestRefused)
        #expect(!error.requestMayHaveReachedServer)
    }

    // MARK: - Hostile servers

    /// Replies a server breaks off: bytes that are not HTTP, and a body shorter than its `Content-Length`.
    static let brokenReplies = [
        "SOAP/9.9 banana\r\n\u{0}\u{1}\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: text/xml\r\n\r\n<reply>",
    ]

    @Test(arguments: TransportUnderTest.allCases, brokenReplies)
    func brokenReplyIsAFailureThatMayHaveReachedTheServer(_ kind: TransportUnderTest, reply: String) async throws {
        try await withLoopbackHTTPServer(handler: { _ in .sendRawBytesAndClose(Array(reply.utf8)) }) { server in
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(server), options: .init())
                }
            }
            #expect(error.code == .connectionFailed)
            #expect(error.requestMayHaveReachedServer)
            expectNoSecret(in: error)
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func decompressionBombIsRefused(_ kind: TransportUnderTest) async throws {
        let response = LoopbackHTTPServer.Response(headers: ["Content-Encoding": "gzip"], body: gzipBomb)
        try await withLoopbackHTTPServer(handler: { _ in .respond(response) }) { server in
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    // The limit is far above the bomb's 2 MiB: only the ratio can stop it.
                    try await transport.send(request(server), options: .init(maximumResponseSize: 64 << 20))
                }
            }
            #expect(error.code == .connectionFailed)
            #expect(error.requestMayHaveReachedServer)
            #expect(error.message.contains("decompression bomb"), "\(error.message)")
        }
    }

    @Test(arguments: TransportUnderTest.allCases)
    func decodedBodyAboveTheLimitIsRefused(_ kind: TransportUnderTest) async throws {
        let text = String(repeating: "<balance>12.34</balance>", count: 5_000)
        let response = LoopbackHTTPServer.Response(body: Array(text.utf8), gzip: true)
        try await withLoopbackHTTPServer(handler: { _ in .respond(response) }) { server in
            let error = try await kind.withTransport { transport in
                try await #require(throws: SOAPTransportError.self) {
                    try await transport.send(request(server), options: .init(maximumResponseSize: 10_000))
                }
            }
            #expect(error.code == .responseTooLarge)
            #expect(error.responseSizeLimit == 10_000)
        }
    }

    // MARK: - Helpers

    private func request(_ server: LoopbackHTTPServer, version: SOAPVersion = .soap11) -> SOAPRequest {
        request(url: server.url(), version: version)
    }

    private func request(url: String, version: SOAPVersion = .soap11) -> SOAPRequest {
        SOAPRequest(url: url, soapAction: "http://smsc.ru/get_balance", soapVersion: version, body: Self.envelope)
    }

    private func expectNoSecret(in error: SOAPTransportError, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            !error.message.contains(Self.secret), "the message repeats the request body", sourceLocation: sourceLocation
        )
        #expect(!error.description.contains(Self.secret), sourceLocation: sourceLocation)
    }
}
