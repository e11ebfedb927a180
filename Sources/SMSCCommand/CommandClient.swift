import AsyncHTTPClient
import SMSC

/// A command's client and the `HTTPClient` the command owns for it: the library never shuts an `HTTPClient` down,
/// so the command does, once its last call is over.
struct CommandClient: Sendable {
    let client: SMSCClient
    let httpClient: HTTPClient

    /// Closes the connections. A failure to close holds nothing worth a report once the calls are over.
    func shutdown() async {
        try? await httpClient.shutdown()
    }
}
