import AsyncHTTPClient
import Logging
import NIOCore
import NIOSSL
import SOAPAsyncHTTPClient
import SOAPNIOTransport
import SOAPRuntime
import Testing

/// The transports the conformance suite runs against, each set up as a careful application would.
enum TransportUnderTest: String, CaseIterable, CustomTestStringConvertible {
    /// `AsyncHTTPClientTransport` over a client of the test's own: no redirects, gzip decoded (at most 50 times
    /// larger), failed connections not retried.
    case asyncHTTPClient
    /// `NIOHTTP1Transport` with its defaults.
    case nio

    var testDescription: String { rawValue }

    /// Runs `body` with a transport of this kind and releases what it holds afterwards.
    ///
    /// The connect and read timeouts reach each transport where it takes them: AsyncHTTPClient's client
    /// configuration, or the per-call options of the NIO transport.
    func withTransport<T>(
        userAgent: String = "smsc-swift",
        connectTimeout: Duration = .seconds(10),
        readTimeout: Duration = .seconds(30),
        trusting certificate: NIOSSLCertificate? = nil,
        _ body: (any SOAPTransport) async throws -> T
    ) async throws -> T {
        // Full verification, with the test's own certificate as the only root when one is given.
        var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
        if let certificate {
            tlsConfiguration.trustRoots = .certificates([certificate])
        }
        switch self {
        case .asyncHTTPClient:
            var clientConfiguration = HTTPClient.Configuration(
                tlsConfiguration: tlsConfiguration,
                redirectConfiguration: .disallow,
                timeout: .init(connect: TimeAmount(connectTimeout), read: TimeAmount(readTimeout)),
                decompression: .enabled(limit: .ratio(50))
            )
            clientConfiguration.connectionPool.retryConnectionEstablishment = false
            let client = HTTPClient(
                eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
            let transport = AsyncHTTPClientTransport(
                client: client,
                configuration: .init(userAgent: userAgent, acceptsCompressedResponses: true)
            )
            let result: T
            do {
                result = try await body(transport)
            } catch {
                try? await client.shutdown()
                throw error
            }
            try await client.shutdown()
            return result
        case .nio:
            let transport = NIOHTTP1Transport(
                configuration: .init(userAgent: userAgent, tlsConfiguration: tlsConfiguration))
            let timeouts = TimeoutsOverridingTransport(base: transport, connect: connectTimeout, read: readTimeout)
            let result: T
            do {
                result = try await body(timeouts)
            } catch {
                await transport.shutdown()
                throw error
            }
            await transport.shutdown()
            return result
        }
    }
}

/// Passes calls on with the connect and read timeouts replaced, as a client configured with them would send them.
private struct TimeoutsOverridingTransport: SOAPTransport {
    var base: any SOAPTransport
    var connect: Duration
    var read: Duration

    func send(
        _ request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        var options = options
        options.connectTimeout = connect
        options.readTimeout = read
        return try await base.send(request, options: options, deadline: deadline, logger: logger)
    }
}
