import Foundation
import Testing

@Suite("smsc demo")
struct DemoCommandTests {
    @Test("Runs cost, send, status until delivered and balance against its own sandbox")
    func demo() async throws {
        let result = try await CommandRunner.run(["demo"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        let operations = lines.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(operations.contains("get_sms_cost"))
        let order = ["get_sms_cost", "send_sms", "get_status", "get_balance"].compactMap {
            operations.firstIndex(of: $0)
        }
        #expect(order == order.sorted() && order.count == 4)
        #expect(lines.contains { $0.hasPrefix("get_sms_cost") && $0.contains("1 SMS, cost 2.50") })
        #expect(lines.contains { $0.hasPrefix("send_sms") && $0.contains("balance 997.50") })
        #expect(lines.contains { $0.hasPrefix("get_status") && $0.contains("delivered (1)") })
        #expect(lines.contains { $0.hasPrefix("get_balance") && $0.contains("Balance: 997.50") })
    }

    @Test("A failure in the tour is reported like any other command's, with its exit status")
    func demoFailure() async throws {
        let result = try await CommandRunner.run(["demo", "--phone", "12345"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("smsc: error: get_sms_cost"))
        #expect(result.stderr.contains("answered error 7"))
    }
}
