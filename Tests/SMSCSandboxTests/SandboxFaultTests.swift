import Foundation
import SMSC
import SMSCSandbox
import SOAPRuntime
import Testing

/// Each fault the sandbox injects strikes at its point of the exchange, leaves the ledger as the fault says, and is
/// counted; draws follow the seed.
struct SandboxFaultTests {
    /// A sandbox whose first request to `operations` meets `fault`, and later requests nothing. Messages stay waiting
    /// for an hour, so what `get_status` says does not depend on how long a loaded machine took (the default
    /// timeline moves them on after 5 s, about when a client gives up on a delayed reply).
    static func firstRequestMeets(_ fault: SandboxFault, operations: Set<SMSCOperation>? = nil) -> SandboxConfiguration
    {
        SandboxConfiguration(
            deliveryTimeline: .init(transferredAfter: .seconds(3600), deliveredAfter: .seconds(7200)),
            faults: SandboxFaultInjection(
                rates: [fault: 1], operations: operations, replyDelay: .seconds(60), limit: 1, seed: 1)
        )
    }

    /// What a client sees when its request meets `fault`.
    static func expectFailure(_ error: SMSCError, for fault: SandboxFault) {
        switch fault {
        case .resetBeforeProcessing, .resetAfterProcessing:
            #expect(error.code == .transport && error.transportError?.code == .connectionFailed)
            #expect(error.transportError?.responseHeadReceived == false)
        case .delayedReply:
            #expect(error.code == .transport && error.transportError?.code == .timeout)
        case .badGateway:
            #expect(error.code == .httpStatus && error.httpStatus == 502)
            #expect(error.responseBodyPrefix?.contains("502 Bad Gateway") == true)
        case .serviceUnavailable:
            #expect(error.code == .httpStatus && error.httpStatus == 503)
        case .truncatedReply:
            #expect(error.code == .transport && error.transportError?.code == .connectionFailed)
            #expect(error.transportError?.responseHeadReceived == true)
        case .rateLimited:
            #expect(error.serviceError?.kind == .rateLimited)
        case .ipBlocked:
            #expect(error.serviceError?.kind == .ipTemporarilyBlocked)
        }
    }

    @Test(arguments: SandboxFault.allCases, ClientTransport.allCases)
    func eachFaultStrikesAtItsPointOfTheExchange(_ fault: SandboxFault, transport: ClientTransport) async throws {
        try await withSandboxServer(configuration: Self.firstRequestMeets(fault)) { server in
            let deadline = DrivenDeadline()
            if fault == .delayedReply {
                deadline.pass(once: { ExactlyOnceTests.holdsTheReply(to: "first", in: server) })
            }
            // No retries and no id: the client reports what it met, and checks nothing.
            let configuration = SMSCClient.Configuration(timeout: ExactlyOnceTests.timeout, retryPolicy: .none)
            try await transport.withClient(of: server, configuration: configuration, deadline: deadline) { client in
                let error = await #expect(throws: SMSCError.self) { try await client.send("first", to: ["79990000001"]) }
                if let error { Self.expectFailure(error, for: fault) }
                #expect(server.timesAccepted("first", to: "79990000001") == (fault.processesRequest ? 1 : 0))
                #expect(server.statistics.faultsInjected == [fault: 1])
                // The limit is reached: the next request is answered normally.
                _ = try await client.send("second", to: ["79990000001"])
                #expect(server.statistics.acceptedMessages == (fault.processesRequest ? 2 : 1))
                #expect(server.statistics.repeatedMessages == 0)
            }
        }
    }

    @Test func onlyTheChosenOperationsAreStruck() async throws {
        try await withSandboxServer(configuration: Self.firstRequestMeets(.rateLimited, operations: [.sendSMS])) {
            server in
            try await ClientTransport.asyncHTTPClient.withClient(of: server, configuration: .init(retryPolicy: .none)) {
                client in
                _ = try await client.balance()
                let error = await #expect(throws: SMSCError.self) { try await client.send("Hi", to: ["79990000001"]) }
                #expect(error?.serviceError?.code == 9)
                #expect(server.statistics.faultsInjected == [.rateLimited: 1])
            }
        }
    }

    @Test func theSameSeedInjectsTheSameFaults() async throws {
        func outcomes(seed: UInt64) async throws -> [String] {
            let faults = SandboxFaultInjection(
                rates: [.rateLimited: 0.3, .ipBlocked: 0.2, .badGateway: 0.2], seed: seed)
            return try await withSandboxServer(configuration: .init(faults: faults)) { server in
                // 40 balance requests at once: past the service's 10 a minute, which the client would wait for.
                let configuration = SMSCClient.Configuration(retryPolicy: .none, rateLimits: .none)
                return try await ClientTransport.asyncHTTPClient.withClient(of: server, configuration: configuration) {
                    client in
                    var outcomes: [String] = []
                    for _ in 0..<40 {
                        do {
                            _ = try await client.balance()
                            outcomes.append("ok")
                        } catch let error as SMSCError {
                            outcomes.append(
                                error.serviceError.map { "error \($0.code)" } ?? "HTTP \(error.httpStatus ?? 0)")
                        }
                    }
                    let counts = server.statistics.faultsInjected
                    #expect(counts[.rateLimited, default: 0] == outcomes.filter { $0 == "error 9" }.count)
                    #expect(counts[.ipBlocked, default: 0] == outcomes.filter { $0 == "error 4" }.count)
                    #expect(counts[.badGateway, default: 0] == outcomes.filter { $0 == "HTTP 502" }.count)
                    return outcomes
                }
            }
        }
        let first = try await outcomes(seed: 42)
        #expect(try await outcomes(seed: 42) == first)
        // With these rates, 40 draws all alike would be a broken generator.
        #expect(Set(first).count > 2)
    }

    @Test(arguments: [
        (SandboxFaultInjection(rates: [.badGateway: 1.5]), "faults: the rate of http-502 must be 0…1, not 1.5"),
        (
            SandboxFaultInjection(rates: [.badGateway: 0.6, .truncatedReply: 0.6]),
            "faults: the rates add up to 1.2; together they can be at most 1"
        ),
        (
            SandboxFaultInjection(rates: [.delayedReply: 0.1], replyDelay: .seconds(-1)),
            "faults: replyDelay must be zero or more"
        ),
    ])
    func settingsThatCannotWorkAreRefused(_ faults: SandboxFaultInjection, rule: String) async throws {
        let error = await #expect(throws: SandboxConfigurationError.self) {
            try await SandboxServer.start(configuration: .init(faults: faults))
        }
        #expect(error?.rule == rule)
    }
}
