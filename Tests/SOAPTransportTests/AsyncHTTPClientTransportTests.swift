import AsyncHTTPClient
import NIOCore
import SOAPAsyncHTTPClient
import SOAPRuntime
import SOAPTestServer
import Testing

/// What is particular to the AsyncHTTPClient transport: whose `HTTPClient` it posts through, and who shuts it down.
/// What every transport must do is in `TransportConformanceTests`.
struct AsyncHTTPClientTransportTests {
    // MARK: - Lifecycle and configuration

    @Test func callThroughAClientItsOwnerShutDownFailsCleanlyWithoutReachingTheServer() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
            let transport = AsyncHTTPClientTransport(client: client)
            _ = try await transport.send(request(server), options: .init())
            try await client.shutdown()
            let error = try await #require(throws: SOAPTransportError.self) {
                try await transport.send(request(server), options: .init())
            }
            #expect(error.code == .connectionFailed)
            #expect(!error.requestMayHaveReachedServer)
            #expect(error.message == "the HTTPClient has been shut down")
            #expect(error.underlyingError is HTTPClientError)
            #expect(server.receivedRequests.count == 1)
        }
    }

    @Test func transportNeverShutsDownTheCallersClient() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
            do {
                do {
                    let transport = AsyncHTTPClientTransport(
                        client: client, configuration: .init(userAgent: "caller-client/1.0"))
                    let reply = try await transport.send(request(server), options: .init())
                    #expect(reply.status == 200)
                    #expect(reply.body == Array("ok".utf8))
                    #expect(server.receivedRequests.first?.headers.values(for: "User-Agent") == ["caller-client/1.0"])
                }
                // The transport is gone; the caller's client still runs: through a new transport, and directly.
                let again = try await AsyncHTTPClientTransport(client: client).send(request(server), options: .init())
                #expect(again.status == 200)
                let direct = try await client.execute(HTTPClientRequest(url: server.url()), timeout: .seconds(10))
                #expect(direct.status == .ok)
                _ = try await direct.body.collect(upTo: 1_024)
                #expect(server.receivedRequests.count == 3)
            } catch {
                try? await client.shutdown()
                throw error
            }
            try await client.shutdown()
        }
    }

    @Test func sharedClientIsTheDefaultAndNeedsNoShutdown() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            let transport = AsyncHTTPClientTransport()
            // HTTPClient.shared decodes gzip and deflate, so the transport asks for them.
            #expect(transport.configuration.acceptsCompressedResponses)
            let reply = try await transport.send(request(server), options: .init())
            #expect(reply.status == 200)
            #expect(server.receivedRequests.first?.headers.values(for: "Accept-Encoding") == ["gzip, deflate"])
        }
    }

    /// `AsyncHTTPClientTransport()` posts through `HTTPClient.shared`, which trusts only the system's roots: a
    /// self-signed certificate is refused and nothing is sent, although it names the address and the host. The shared
    /// client retries a failed connection until the call's deadline and then reports the connection's failure, so
    /// the call is given a short one.
    @Test func sharedClientRefusesASelfSignedCertificate() async throws {
        let certificate = try await TestCertificate.make(subjectAltName: "DNS:localhost,IP:127.0.0.1")
        defer { certificate.remove() }
        let tls = try certificate.serverContext()
        try await withLoopbackHTTPServer(tls: tls, handler: { _ in .respond(.init(text: "ok")) }) { server in
            let transport = AsyncHTTPClientTransport()
            let call = SOAPRequest(
                url: server.url(host: "localhost"), soapAction: "http://smsc.ru/get_balance", soapVersion: .soap11,
                body: TransportConformanceTests.envelope
            )
            let error = await #expect(throws: SOAPTransportError.self) {
                try await transport.send(call, timeout: .seconds(3))
            }
            #expect(error?.code == .tls, "\(error?.message ?? "")")
            #expect(error?.requestMayHaveReachedServer == false)
            #expect(error?.message.contains("certificate could not be verified") == true, "\(error?.message ?? "")")
            #expect(server.receivedRequests.isEmpty)
        }
    }

    @Test func callersClientIsNotAskedForCompressedBodiesUnlessConfigured() async throws {
        try await withLoopbackHTTPServer(handler: { _ in .respond(.init(text: "ok")) }) { server in
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
            let transport = AsyncHTTPClientTransport(client: client)
            #expect(!transport.configuration.acceptsCompressedResponses)
            #expect(transport.configuration.userAgent == "smsc-swift")
            do {
                _ = try await transport.send(request(server), options: .init())
            } catch {
                try? await client.shutdown()
                throw error
            }
            try await client.shutdown()
            #expect(server.receivedRequests.first?.headers.values(for: "Accept-Encoding") == [])
        }
    }

    // MARK: - Helpers

    private func request(_ server: LoopbackHTTPServer) -> SOAPRequest {
        SOAPRequest(
            url: server.url(), soapAction: "http://smsc.ru/get_balance", soapVersion: .soap11,
            body: TransportConformanceTests.envelope)
    }
}
