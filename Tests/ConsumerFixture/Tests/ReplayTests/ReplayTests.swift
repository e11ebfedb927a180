import Foundation
import SMSC
import SMSCTesting
import Testing

/// A user's regression test: exchanges recorded once with `smsc … --record` (here, by Scripts/check-consumer.sh
/// against `smsc sandbox`), replayed with no server running.
struct ReplayTests {
    /// Where check-consumer.sh records; a user would commit this directory.
    static let recordings = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Recordings"
    ).path

    /// A client that talks to nothing but the recordings; the endpoint and password differ from the recording's,
    /// which replay sets aside.
    static func replayingClient() throws -> (SMSCClient, SMSCReplayTransport) {
        let replay = try SMSCReplayTransport(directory: recordings)
        let client = try SMSCClient(
            credentials: .login("demo", password: "not the recorded one"),
            configuration: .init(endpoint: .russia, retryPolicy: .none),
            transport: replay
        )
        return (client, replay)
    }

    @Test func theRecordedSessionReplaysWithNoServer() async throws {
        let (client, replay) = try Self.replayingClient()
        let balance = try await client.balance()
        #expect(balance.amount == 1000)
        let sent = try await client.send("Recorded once, replayed in CI", to: ["79990000001"], id: "consumer-1")
        #expect(sent.id == "consumer-1")
        #expect(sent.messageCount == 1)
        let status = try await client.status(phone: "79990000001", id: "consumer-1", detail: .full)
        #expect(status.message == "Recorded once, replayed in CI")
        try replay.verify()
    }

    @Test func aChangedRequestFailsWithADiffOfTheRecording() async throws {
        let (client, replay) = try Self.replayingClient()
        await #expect(throws: SMSCError.self) {
            try await client.send("Changed after recording", to: ["79990000001"], id: "consumer-1")
        }
        let explanation = try #require(replay.unmatchedRequests.first)
        #expect(explanation.contains("the closest is 002-send.http"))
        let lines = explanation.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("-") && $0.contains("Recorded once, replayed in CI") }, "\(explanation)")
        #expect(lines.contains { $0.hasPrefix("+") && $0.contains("Changed after recording") }, "\(explanation)")
        #expect(throws: SMSCFixtureError.self) { try replay.verify() }
    }
}
