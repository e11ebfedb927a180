import SMSC
import SOAPNIOTransport

/// A command's client and the transport the command owns for it: the lean SwiftNIO transport, which the command shuts
/// down once its last call is over.
///
/// The tool needs none of what only AsyncHTTPClient offers (proxies, redirects), and the NIO transport makes a bulk
/// run's calls for about half the CPU (Scripts/bench.sh).
struct CommandClient: Sendable {
    let client: SMSCClient
    let transport: NIOHTTP1Transport

    /// Closes the connections.
    func shutdown() async {
        await transport.shutdown()
    }
}
