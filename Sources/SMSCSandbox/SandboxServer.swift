public import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import SOAPRuntime

/// An offline SMSC: a SOAP server that implements the service's WSDL with its behaviour, for demos and for
/// testing integrations without an account or a network.
///
/// It publishes the WSDL at `GET /sys/soap.php?wsdl` (rebased onto its own URL) and answers the seven operations
/// at `POST /sys/soap.php`, as PHP's SoapServer does: PHP's SoapClient and python's zeep can call it as they call
/// smsc.ru. Balances go down by the cost of each send; messages go from waiting to transferred to delivered on
/// the configured timeline; errors come back where the service gives them (1, 2, 3, 5, 7, 9).
///
/// ```swift
/// let sandbox = try await SandboxServer.start()
/// print(sandbox.endpoint)  // http://127.0.0.1:53124/sys/soap.php
/// try await sandbox.shutdown()
/// ```
public final class SandboxServer: Sendable {
    private let serverChannel: any Channel
    private let connections: Locked<(channels: [ObjectIdentifier: any Channel], isClosing: Bool)>
    private let ledger: SandboxLedger
    private let faults: FaultInjector

    /// The TCP port it listens on.
    public let port: Int
    /// The address it listens on.
    public let host: String

    private init(
        serverChannel: any Channel,
        connections: Locked<(channels: [ObjectIdentifier: any Channel], isClosing: Bool)>,
        service: SandboxSOAPService,
        host: String
    ) {
        self.serverChannel = serverChannel
        self.connections = connections
        self.ledger = service.ledger
        self.faults = service.faults
        self.host = host
        self.port = serverChannel.localAddress?.port ?? 0
    }

    /// Starts listening.
    ///
    /// - Parameter configuration: Address, accounts, prices, timeline and clock.
    /// - Returns: The running server; call ``shutdown()`` when done, or use
    ///   ``withSandboxServer(configuration:isolation:_:)``.
    /// - Throws: ``SandboxConfigurationError`` naming the setting and its rule, or the error binding the address.
    public static func start(configuration: SandboxConfiguration = .init()) async throws -> SandboxServer {
        if let problem = configuration.problem {
            throw problem
        }
        let service = SandboxSOAPService(
            ledger: SandboxLedger(configuration: configuration),
            faults: FaultInjector(settings: configuration.faults)
        )
        let connections = Locked<(channels: [ObjectIdentifier: any Channel], isClosing: Bool)>(([:], false))
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                let accepted = connections.withLock { state -> Bool in
                    guard !state.isClosing else { return false }
                    state.channels[ObjectIdentifier(channel)] = channel
                    return true
                }
                guard accepted else { return channel.close() }
                channel.closeFuture.whenComplete { _ in
                    _ = connections.withLock { $0.channels.removeValue(forKey: ObjectIdentifier(channel)) }
                }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(
                        SandboxHTTPHandler(
                            service: service,
                            maximumRequestSize: configuration.maximumRequestSize,
                            replyDelay: configuration.faults.replyDelay
                        )
                    )
                }
            }
            .bind(host: configuration.host, port: configuration.port)
            .get()
        return SandboxServer(
            serverChannel: channel,
            connections: connections,
            service: service,
            host: configuration.host
        )
    }

    /// The SOAP endpoint, for `SMSCEndpoint(url:)`: `http://127.0.0.1:PORT/sys/soap.php`.
    public var endpoint: String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/sys/soap.php"
    }

    /// Where the WSDL is published: ``endpoint`` with `?wsdl`.
    public var wsdlURL: String {
        endpoint + "?wsdl"
    }

    /// How many SOAP requests (POSTs) it has received, well-formed or not.
    public var requestCount: Int {
        ledger.counts.requests
    }

    /// Requests, accepted and repeated messages, and injected faults so far.
    public var statistics: SandboxStatistics {
        let counts = ledger.counts
        return SandboxStatistics(
            requests: counts.requests,
            acceptedMessages: counts.acceptedMessages,
            repeatedMessages: counts.repeatedMessages,
            faultsInjected: faults.injected
        )
    }

    /// How many times a message with this text was accepted for this recipient from this account: 1 for a message
    /// sent once, 0 for one never accepted.
    ///
    /// - Parameters:
    ///   - text: The message text, exactly as sent.
    ///   - phone: The recipient, in any form the service accepts (`+7 999 000-00-01`).
    ///   - login: The account; `demo` by default.
    public func timesAccepted(_ text: String, to phone: String, login: String = SandboxAccount.demo.login) -> Int {
        ledger.timesAccepted(text, to: phone, login: login)
    }

    /// The current balance of an account, or `nil` for an unknown login.
    public func balance(ofAccount login: String) -> Decimal? {
        ledger.balance(ofAccount: login)
    }

    /// Waits until the server is shut down (by ``shutdown()``, from any task).
    public func waitUntilShutdown() async throws {
        try await serverChannel.closeFuture.get()
    }

    /// Stops listening and closes every connection. Calling it again does nothing.
    public func shutdown() async throws {
        let open = connections.withLock { state -> [any Channel] in
            state.isClosing = true
            return Array(state.channels.values)
        }
        do {
            try await serverChannel.close()
        } catch ChannelError.alreadyClosed {
            // Shut down already.
        }
        for channel in open {
            try? await channel.close()
        }
    }
}
