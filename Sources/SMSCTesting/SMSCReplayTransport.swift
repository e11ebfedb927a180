import Foundation
public import Logging
public import SOAPRuntime

/// A transport that answers from recorded exchanges instead of a server: for tests that must run the same way on
/// every machine, with no network.
///
/// Each request is matched to an unused recording of the same operation whose request body is the same once
/// canonicalised: namespace prefixes, the whitespace between elements, the login, password and API key, and the
/// endpoint the recording was made against do not count; every other name, attribute and value does. The matching
/// recording's response is returned, and the recording is used up, so an exchange recorded twice is replayed twice.
///
/// A request with no matching recording fails: the client's call throws, and ``unmatchedRequests`` keeps a readable
/// diff against the closest recording of its operation. At the end of a test, ``verify()`` fails on any request
/// that matched nothing and any recording that was never used.
///
/// ```swift
/// let replay = try SMSCReplayTransport(directory: fixtures)
/// let client = try SMSCClient(credentials: .login("alex", password: "any"), transport: replay)
/// let balance = try await client.balance()
/// try replay.verify()
/// ```
public final class SMSCReplayTransport: SOAPTransport {
    private struct Recording {
        var name: String
        var exchange: SMSCRecordedExchange
        var canonical: CanonicalEnvelope
        var isUsed = false
    }

    private let recordings: Locked<[Recording]>
    private let unmatched = Locked<[String]>([])
    /// Where the recordings were read from, for messages.
    public let directory: String

    /// Reads every `*.http` fixture of `directory`, in name order.
    ///
    /// - Throws: ``SMSCFixtureError`` when the directory cannot be read, holds no fixture, or a fixture is malformed.
    public convenience init(directory: String) throws(SMSCFixtureError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".http") }
                .sorted()
        } catch {
            throw SMSCFixtureError(path: directory, reason: "cannot read the directory: \(error.localizedDescription)")
        }
        guard !names.isEmpty else {
            throw SMSCFixtureError(path: directory, reason: "holds no recorded exchange (*.http)")
        }
        var exchanges: [(String, SMSCRecordedExchange)] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SMSCFixtureError(path: path, reason: "cannot read the file")
            }
            exchanges.append((name, try SMSCRecordedExchange(httpText: Array(data), path: path)))
        }
        self.init(exchanges: exchanges, directory: directory)
    }

    /// Replays exchanges held in memory, each with a name for messages.
    public init(exchanges: [(name: String, exchange: SMSCRecordedExchange)], directory: String = "(in memory)") {
        self.directory = directory
        recordings = Locked(
            exchanges.map {
                Recording(name: $0.name, exchange: $0.exchange, canonical: CanonicalEnvelope($0.exchange.request))
            }
        )
    }

    public func send(
        _ request: SOAPRequest, options: SOAPTransportOptions, deadline: ContinuousClock.Instant, logger: Logger
    ) async throws(SOAPTransportError) -> SOAPHTTPResponse {
        let canonical = CanonicalEnvelope(request)
        let outcome = recordings.withLock { recordings -> (response: SOAPHTTPResponse?, miss: String?) in
            if let index = recordings.firstIndex(where: { !$0.isUsed && $0.canonical == canonical }) {
                recordings[index].isUsed = true
                return (recordings[index].exchange.response, nil)
            }
            return (nil, Self.explainMiss(canonical, among: recordings))
        }
        if let response = outcome.response {
            return response
        }
        let explanation = outcome.miss ?? "no recorded exchange matches"
        unmatched.withLock { $0.append(explanation) }
        // Not a connection failure: asked again, the replay would refuse the same request the same way.
        throw SOAPTransportError(code: .requestRefused, message: explanation, requestMayHaveReachedServer: false)
    }

    /// Why no recording matched: the closest one of the same operation, with the diff.
    private static func explainMiss(_ request: CanonicalEnvelope, among recordings: [Recording]) -> String {
        let candidates = recordings.filter { $0.canonical.operation == request.operation }
        guard
            let closest = candidates.min(by: { request.distance(to: $0.canonical) < request.distance(to: $1.canonical) }
            )
        else {
            let operations = Set(recordings.map(\.canonical.operation)).sorted().joined(separator: ", ")
            return "no recorded exchange for a \(request.operation) request; the recordings are of \(operations)"
        }
        let used =
            closest.isUsed && closest.canonical == request ? " (it matches, but was used up by an earlier request)" : ""
        return
            """
            no unused recorded exchange matches this \(request.operation) request; the closest is \
            \(closest.name)\(used):\n
            """
                + request.diff(from: closest.canonical)
    }

    /// Requests that matched no recording so far, each with its diff against the closest recording.
    public var unmatchedRequests: [String] {
        unmatched.withLock { $0 }
    }

    /// Recordings no request has used yet, by name.
    public var unusedRecordings: [String] {
        recordings.withLock { $0.filter { !$0.isUsed }.map(\.name) }
    }

    /// Fails when a request matched no recording or a recording was never used: call it at the end of a test.
    ///
    /// - Throws: ``SMSCFixtureError`` listing both, with the diffs.
    public func verify() throws(SMSCFixtureError) {
        let unmatched = unmatchedRequests
        let unused = unusedRecordings
        guard unmatched.isEmpty && unused.isEmpty else {
            var parts: [String] = []
            if !unmatched.isEmpty {
                parts.append(
                    "\(unmatched.count) request(s) matched no recording:\n" + unmatched.joined(separator: "\n\n")
                )
            }
            if !unused.isEmpty { parts.append("recorded but never requested: " + unused.joined(separator: ", ")) }
            throw SMSCFixtureError(path: directory, reason: parts.joined(separator: "\n"))
        }
    }
}
