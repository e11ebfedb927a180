import NIOCore
import SOAPRuntime
import SOAPTestServer
import Testing

@testable import SOAPNIOTransport

/// What is particular to the NIO transport: its own connection pool, its idle timeout and its shutdown. What every
/// transport must do is in `TransportConformanceTests`.
struct NIOHTTP1TransportTests {
    @Test func callsBeyondTheConnectionLimitWaitForAConnectionAndShareIt() async throws {
        let response = LoopbackHTTPServer.Response(body: Array("ok".utf8), delayBeforeHead: .milliseconds(50))
        try await withLoopbackHTTPServer(handler: { _ in .respond(response) }) { server in
            let transport = NIOHTTP1Transport(configuration: .init(maximumConnectionsPerEndpoint: 2))
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<6 {
                    group.addTask { try await transport.send(request(server), options: .init()).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            await transport.shutdown()
            #expect(statuses == Array(repeating: 200, count: 6))
            #expect(server.receivedRequests.count == 6)
            #expect(server.acceptedConnectionCount == 2)
        }
    }

    /// `NIOHTTP1Transport()`, as `smsc` makes it, trusts only the system's roots: a self-signed certificate is refused
    /// before anything is sent, by address and by name, although it names both.
    @Test func defaultConfigurationRefusesASelfSignedCertificate() async throws {
        let certificate = try await TestCertificate.make(subjectAltName: "DNS:localhost,IP:127.0.0.1")
        defer { certificate.remove() }
        let tls = try certificate.serverContext()
        try await withLoopbackHTTPServer(tls: tls, handler: { _ in .respond(.init(text: "ok")) }) { server in
            let transport = NIOHTTP1Transport()
            for url in [server.url(), server.url(host: "localhost")] {
                let call = SOAPRequest(
                    url: url, soapAction: "http://smsc.ru/get_balance", soapVersion: .soap11,
                    body: TransportConformanceTests.envelope
                )
                let error = await #expect(throws: SOAPTransportError.self) {
                    try await transport.send(call, options: .init())
                }
                #expect(error?.code == .tls, "\(url): \(error?.message ?? "")")
                #expect(error?.requestMayHaveReachedServer == false)
                #expect(error?.message.contains("certificate could not be verified") == true, "\(error?.message ?? "")")
            }
            await transport.shutdown()
            #expect(server.receivedRequests.isEmpty)
        }
    }

    @Test func waitingCallPastItsDeadlineFailsWithoutReachingTheServer() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .hang }) { server in
            let transport = NIOHTTP1Transport(configuration: .init(maximumConnectionsPerEndpoint: 1))
            let first = Task { try await transport.send(request(server), options: .init()) }
            try await waitUntil { server.receivedRequests.count == 1 }
            let error = try await #require(throws: SOAPTransportError.self) {
                try await transport.send(request(server), timeout: .milliseconds(300))
            }
            #expect(error.code == .timeout)
            #expect(!error.requestMayHaveReachedServer)
            #expect(error.message.contains("no connection to 127.0.0.1:\(server.port) became free"))
            first.cancel()
            _ = await first.result
            await transport.shutdown()
            #expect(server.receivedRequests.count == 1)
        }
    }

    @Test func shutdownEndsACallInFlightAndRefusesLaterCalls() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .hang }) { server in
            let transport = NIOHTTP1Transport()
            let call = Task { try await transport.send(request(server), options: .init()) }
            try await waitUntil { server.receivedRequests.count == 1 }
            await transport.shutdown()
            let inFlight = try #require(await call.result.failure as? SOAPTransportError)
            #expect(inFlight.code == .cancelled)
            #expect(inFlight.requestMayHaveReachedServer)
            let later = try await #require(throws: SOAPTransportError.self) {
                try await transport.send(request(server), options: .init())
            }
            #expect(later.code == .connectionFailed)
            #expect(!later.requestMayHaveReachedServer)
            #expect(later.message == "the transport has been shut down")
            #expect(server.receivedRequests.count == 1)
        }
    }

    @Test func droppingTheTransportWithoutShutdownClosesItsConnections() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            do {
                let transport = NIOHTTP1Transport()
                _ = try await transport.send(request(server), options: .init())
                #expect(server.openConnectionCount == 1)
            }
            // The server's count drops when the client closes: no timeout of either side is involved.
            try await waitUntil { server.openConnectionCount == 0 }
            #expect(server.openConnectionCount == 0)
        }
    }

    @Test func connectionIdleBeyondTheIdleTimeoutIsReplacedNotReused() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            // Any pause at all is longer than a nanosecond.
            let transport = NIOHTTP1Transport(configuration: .init(idleConnectionTimeout: .nanoseconds(1)))
            _ = try await transport.send(request(server), options: .init())
            _ = try await transport.send(request(server), options: .init())
            await transport.shutdown()
            #expect(server.receivedRequests.count == 2)
            #expect(server.acceptedConnectionCount == 2)
        }
    }

    @Test func connectionTheServerClosesAfterItsResponseIsNotReused() async throws {
        let closing = LoopbackHTTPServer.Response(headers: ["Connection": "close"], text: "ok")
        try await withLoopbackHTTPServer(handler: { _ in .respond(closing) }) { server in
            let transport = NIOHTTP1Transport()
            let first = try await transport.send(request(server), options: .init())
            let second = try await transport.send(request(server), options: .init())
            await transport.shutdown()
            #expect(first.status == 200 && second.status == 200)
            #expect(second.body == Array("ok".utf8))
            #expect(server.acceptedConnectionCount == 2)
        }
    }

    @Test func informationalResponseBeforeTheRealOneIsSkipped() async throws {
        let bytes = Array(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".utf8)
        try await withLoopbackHTTPServer(handler: { _ in .sendRawBytesAndClose(bytes) }) { server in
            let transport = NIOHTTP1Transport()
            let reply = try await transport.send(request(server), options: .init())
            await transport.shutdown()
            #expect(reply.status == 200)
            #expect(reply.body == Array("ok".utf8))
        }
    }

    @Test func hostHeaderNamesTheEndpointAndPort() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            let transport = NIOHTTP1Transport()
            _ = try await transport.send(request(server), options: .init())
            await transport.shutdown()
            #expect(server.receivedRequests.first?.headers.values(for: "Host") == ["127.0.0.1:\(server.port)"])
        }
    }

    @Test func cancellingAWaitingCallReportsItUnsent() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .hang }) { server in
            let transport = NIOHTTP1Transport(configuration: .init(maximumConnectionsPerEndpoint: 1))
            let first = Task { try await transport.send(request(server), options: .init()) }
            try await waitUntil { server.receivedRequests.count == 1 }
            let second = Task { try await transport.send(request(server), options: .init()) }
            try await waitUntil { await transport.snapshot().waitingCalls == 1 }
            second.cancel()
            let error = try #require(await second.result.failure as? SOAPTransportError)
            #expect(error.code == .cancelled)
            #expect(!error.requestMayHaveReachedServer)
            first.cancel()
            _ = await first.result
            await transport.shutdown()
            #expect(server.receivedRequests.count == 1)
        }
    }

    @Test func shutdownFailsQueuedCallsAsUnsent() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .hang }) { server in
            let transport = NIOHTTP1Transport(configuration: .init(maximumConnectionsPerEndpoint: 1))
            let first = Task { try await transport.send(request(server), options: .init()) }
            try await waitUntil { server.receivedRequests.count == 1 }
            let queued = Task { try await transport.send(request(server), options: .init()) }
            try await waitUntil { await transport.snapshot().waitingCalls == 1 }
            await transport.shutdown()
            let sent = try #require(await first.result.failure as? SOAPTransportError)
            #expect(sent.code == .cancelled && sent.requestMayHaveReachedServer)
            let unsent = try #require(await queued.result.failure as? SOAPTransportError)
            #expect(unsent.message == "the transport has been shut down")
            #expect(!unsent.requestMayHaveReachedServer)
            #expect(server.receivedRequests.count == 1)
        }
    }

    @Test func bytesAfterACompleteResponseNeverReachTheNextCall() async throws {
        let gate = Gate()
        let overlong = Array(
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nforged".utf8)
        let handler: LoopbackHTTPServer.Handler = { request in
            guard request.body == Array("<first/>".utf8) else { return .respond(.init(text: "second")) }
            // Held until the second call waits for this connection, so the trailing bytes arrive while it waits.
            await gate.wait()
            return .sendRawBytesAndClose(overlong)
        }
        try await withLoopbackHTTPServer(handler: handler) { server in
            let transport = NIOHTTP1Transport(configuration: .init(maximumConnectionsPerEndpoint: 1))
            let first = Task { try await transport.send(request(server, marker: "first"), options: .init()) }
            try await waitUntil { server.receivedRequests.count == 1 }
            let second = Task { try await transport.send(request(server, marker: "second"), options: .init()) }
            try await waitUntil { await transport.snapshot().waitingCalls == 1 }
            await gate.open()
            #expect(try await first.value.body == Array("ok".utf8))
            // Sent on a new connection: the forged response after the first was never read as the second's.
            #expect(try await second.value.body == Array("second".utf8))
            await transport.shutdown()
            #expect(server.acceptedConnectionCount == 2)
        }
    }

    @Test func deadlinesAreCheckedAgainAfterAnIdleSpell() async throws {
        let handler: LoopbackHTTPServer.Handler = { request in
            request.body == Array("<first/>".utf8) ? .respond(.init(text: "ok")) : .hang
        }
        try await withLoopbackHTTPServer(handler: handler) { server in
            let transport = NIOHTTP1Transport(configuration: .init(deadlineCheckInterval: .milliseconds(5)))
            _ = try await transport.send(request(server, marker: "first"), options: .init())
            // The check stops itself once nothing is in flight; the next call must start it again.
            try await waitUntil { await !transport.snapshot().isCheckingDeadlines }
            let error = try await #require(throws: SOAPTransportError.self) {
                try await transport.send(request(server, marker: "second"), timeout: .seconds(1))
            }
            #expect(error.code == .timeout)
            #expect(error.message.contains("within the total deadline of"))
            await transport.shutdown()
        }
    }

    @Test func headerValueWithALineBreakIsRefusedWithoutSending() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            let transport = NIOHTTP1Transport()
            let injected = SOAPRequest(
                url: server.url(),
                soapAction: "urn:a\r\nX-Injected: 1",
                soapVersion: .soap11,
                body: TransportConformanceTests.envelope
            )
            let error = try await #require(throws: SOAPTransportError.self) {
                try await transport.send(injected, options: .init())
            }
            await transport.shutdown()
            #expect(error.code == .requestRefused)
            #expect(!error.requestMayHaveReachedServer)
            #expect(error.message.contains("SOAPAction"))
            #expect(server.receivedRequests.isEmpty)
        }
    }

    @Test func callsFromATaskOnTheTransportsExecutorRunOnItsEventLoop() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            let transport = NIOHTTP1Transport()
            let (status, resumedOnLoop) = try await withTaskExecutorPreference(transport.taskExecutor) {
                let reply = try await transport.send(request(server), options: .init())
                return (reply.status, transport.eventLoop.inEventLoop)
            }
            await transport.shutdown()
            #expect(status == 200)
            #expect(resumedOnLoop)
        }
    }

    @Test func repetitiveCompressedReplyIsDecodedAndABombIsNot() async throws {
        let reply = LoopbackHTTPServer.Response(headers: ["Content-Encoding": "gzip"], body: compressedStatusList)
        try await withLoopbackHTTPServer(handler: { _ in .respond(reply) }) { server in
            let transport = NIOHTTP1Transport()
            let decoded = try await transport.send(request(server), options: .init())
            #expect(decoded.body == Array(compressedStatusListText.utf8))
            await transport.shutdown()
        }
        let bomb = LoopbackHTTPServer.Response(headers: ["Content-Encoding": "gzip"], body: gzipBomb)
        try await withLoopbackHTTPServer(handler: { _ in .respond(bomb) }) { server in
            // Without a ratio limit, the size limit alone stops it, before the 2 MiB it expands to.
            let transport = NIOHTTP1Transport(configuration: .init(maximumCompressionRatio: nil))
            let error = try await #require(throws: SOAPTransportError.self) {
                try await transport.send(request(server), options: .init(maximumResponseSize: 256 * 1_024))
            }
            await transport.shutdown()
            #expect(error.code == .responseTooLarge)
        }
    }

    /// A request whose body is `<marker/>`, so a scripted server can tell calls apart on one URL (one pool).
    private func request(_ server: LoopbackHTTPServer, marker: String) -> SOAPRequest {
        SOAPRequest(
            url: server.url(), soapAction: "http://smsc.ru/get_balance", soapVersion: .soap11,
            body: Array("<\(marker)/>".utf8))
    }

    private func request(_ server: LoopbackHTTPServer) -> SOAPRequest {
        SOAPRequest(
            url: server.url(), soapAction: "http://smsc.ru/get_balance", soapVersion: .soap11,
            body: TransportConformanceTests.envelope)
    }
}
