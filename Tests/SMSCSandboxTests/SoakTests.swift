import SMSCSandbox
import SMSCSoak
import Testing

/// A short run of the soak in the test process (Scripts/soak.sh runs 100,000 messages): sends under random faults of every kind, through
/// each transport, and every message is sent once or failed with a reason, none twice.
@Suite("Soak, short")
struct SoakTests {
    @Test(arguments: SoakTransport.allCases)
    func everyMessageIsAccountedForAndNoneSentTwice(transport: SoakTransport) async throws {
        let report = try await Soak(messages: 500, faultRate: 0.2, seed: 11, transport: transport).run()
        #expect(report.duplicates == 0)
        #expect(report.unaccounted.isEmpty, "\(report.unaccounted.prefix(20).joined(separator: "\n"))")
        // Every kind of fault struck; delays are a tenth as likely as the others, too rare to be sure of in 500.
        for kind in SandboxFault.allCases where kind != .delayedReply {
            #expect(report.statistics.faultsInjected[kind, default: 0] > 0, "no \(kind) fault was injected")
        }
    }
}
