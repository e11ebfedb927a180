import SMSC
import SMSCTesting
import XCTest

/// The same replay from XCTest: nothing in SMSCTesting depends on a test framework, so a failure is a thrown error
/// either framework reports.
final class ReplayXCTests: XCTestCase {
    func testRecordedExchangesReplayAndAChangedRequestThrows() async throws {
        let directory = try await ReplayTests.record()
        let replay = try SMSCReplayTransport(directory: directory)
        let client = try ReplayTests.client(replay)
        let balance = try await client.balance()
        XCTAssertEqual(balance.amount, 100)
        do {
            _ = try await client.cost(of: "Not what was recorded", to: ["79990000001"])
            XCTFail("a request that was not recorded must throw")
        } catch {
            XCTAssertTrue(replay.unmatchedRequests.first?.contains("Not what was recorded") == true)
        }
        XCTAssertThrowsError(try replay.verify()) { error in
            XCTAssertTrue(
                "\(error)".contains("recorded but never requested: 002-send2.http, 003-cost.http, 004-status.http"),
                "\(error)")
        }
    }
}
