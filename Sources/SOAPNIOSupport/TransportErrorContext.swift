/// What an error message needs to say where a call went and which limit it ran into.
package struct TransportErrorContext: Sendable {
    /// `host:port`; never the path or query, never the body.
    package var endpoint: String
    /// The time the call had from sending to its deadline.
    package var totalTimeout: Duration
    /// How messages name the connect timeout: "the connect timeout of its HTTPClient", "the connect timeout of 10 s".
    package var connectTimeoutName: String

    package init(endpoint: String, totalTimeout: Duration, connectTimeoutName: String) {
        self.endpoint = endpoint
        self.totalTimeout = totalTimeout
        self.connectTimeoutName = connectTimeoutName
    }
}
