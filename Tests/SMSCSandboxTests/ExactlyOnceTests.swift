import Foundation
import SMSC
import SMSCSandbox
import SOAPRuntime
import Testing

/// Under every fault the sandbox injects, at every point of the exchange, each message is delivered exactly once or
/// reported failed with a reason; the sandbox counts what it accepted.
struct ExactlyOnceTests {
    /// The clients' deadline: a guard against a hang, which no exchange is meant to reach however loaded the machine.
    /// A reply the sandbox holds back runs into a ``DrivenDeadline`` instead, passed once the sandbox holds it: the
    /// outcome then depends on what the sandbox did, never on how long the exchanges took.
    static let timeout = Duration.seconds(120)

    /// Whether `server` has acted on the send of `text` and holds its reply back.
    static func holdsTheReply(to text: String, in server: SandboxServer) -> Bool {
        server.statistics.faultsInjected[.delayedReply] == 1 && server.timesAccepted(text, to: "79990000001") == 1
    }

    @Test(arguments: SandboxFault.allCases, ClientTransport.allCases)
    func aSendWithAnIdIsDeliveredOnceWhateverItsFirstRequestMeets(
        _ fault: SandboxFault, transport: ClientTransport
    ) async throws {
        let sandbox = SandboxFaultTests.firstRequestMeets(fault, operations: [.sendSMS])
        try await withSandboxServer(configuration: sandbox) { server in
            let deadline = DrivenDeadline()
            if fault == .delayedReply {
                deadline.pass(once: { Self.holdsTheReply(to: "Hello", in: server) })
            }
            let configuration = SMSCClient.Configuration(timeout: Self.timeout)
            try await transport.withClient(of: server, configuration: configuration, deadline: deadline) { client in
                let outcome = await Result(catching: { () async throws(SMSCError) in
                    try await client.send("Hello", to: ["79990000001"], id: "order-1")
                })
                let accepted = server.timesAccepted("Hello", to: "79990000001")
                switch fault {
                case .rateLimited, .ipBlocked:
                    // The service refused it: reported, with its reason, and never sent.
                    let error = try #require(outcome.failure)
                    #expect(error.code == .service)
                    #expect(!error.messageMayHaveBeenSent)
                    #expect(accepted == 0)
                case .resetBeforeProcessing, .serviceUnavailable:
                    // Lost on the way: get_status says so, and the same request goes again.
                    let result = try outcome.get()
                    #expect(result.attempts == 2)
                    #expect(result.confirmingStatus == nil)
                    #expect(accepted == 1)
                case .resetAfterProcessing, .delayedReply, .badGateway, .truncatedReply:
                    // Delivered, reply lost: get_status confirms it, and nothing is sent again.
                    let result = try outcome.get()
                    #expect(result.attempts == 1)
                    #expect(result.confirmingStatus?.deliveryStatus == .waiting)
                    #expect(accepted == 1)
                }
                #expect(server.statistics.repeatedMessages == 0)
            }
        }
    }

    @Test(arguments: SandboxFault.allCases)
    func aSendWithoutAnIdIsReportedInDoubtRatherThanSentTwice(_ fault: SandboxFault) async throws {
        try await withSandboxServer(configuration: SandboxFaultTests.firstRequestMeets(fault, operations: [.sendSMS])) {
            server in
            let deadline = DrivenDeadline()
            if fault == .delayedReply {
                deadline.pass(once: { Self.holdsTheReply(to: "Hello", in: server) })
            }
            let configuration = SMSCClient.Configuration(timeout: Self.timeout)
            let transport = ClientTransport.nio
            try await transport.withClient(of: server, configuration: configuration, deadline: deadline) { client in
                let error = await #expect(throws: SMSCError.self) { try await client.send("Hello", to: ["79990000001"]) }
                let accepted = server.timesAccepted("Hello", to: "79990000001")
                switch fault {
                case .rateLimited, .ipBlocked:
                    #expect(error?.messageMayHaveBeenSent == false)
                    #expect(accepted == 0)
                default:
                    #expect(error?.messageMayHaveBeenSent == true)
                    #expect(error?.message.contains("without an id there is nothing to check its status by") == true)
                    #expect(accepted == (fault.processesRequest ? 1 : 0))
                }
                #expect(server.statistics.requests == 1)
            }
        }
    }

    @Test(arguments: ClientTransport.allCases)
    func generatedIdsSettleASendWhoseReplyWasLost(_ transport: ClientTransport) async throws {
        try await withSandboxServer(
            configuration: SandboxFaultTests.firstRequestMeets(.resetAfterProcessing, operations: [.sendSMS])
        ) { server in
            let configuration = SMSCClient.Configuration(timeout: Self.timeout, generatesMessageIDs: true)
            try await transport.withClient(of: server, configuration: configuration) { client in
                let result = try await client.send("Hello", to: ["79990000001"])
                #expect(result.id?.rawValue.hasPrefix("id-") == true)
                #expect(result.confirmingStatus != nil)
                #expect(server.timesAccepted("Hello", to: "79990000001") == 1)
            }
        }
    }

    /// Faults on every operation, the checks included, at random: each message ends sent once, or failed with a
    /// reason and accepted at most once (never when the failure says it certainly was not sent).
    @Test(arguments: ClientTransport.allCases)
    func manySendsUnderRandomFaultsAreNeverDuplicated(_ transport: ClientTransport) async throws {
        var rates: [SandboxFault: Double] = [:]
        for fault in SandboxFault.allCases {
            rates[fault] = fault == .delayedReply ? 0.01 : 0.03
        }
        let sandbox = SandboxConfiguration(
            accounts: [SandboxAccount(login: "demo", password: "demo", balance: 1_000_000)],
            faults: SandboxFaultInjection(rates: rates, replyDelay: .seconds(30), seed: 20_261_130)
        )
        let messages = 240
        try await withSandboxServer(configuration: sandbox) { server in
            // Short pauses between attempts; error 9 still waits its 15 s, so its retries are left out.
            let policy = SMSCRetryPolicy(
                maximumAttempts: 4, initialBackoff: .milliseconds(5), maximumBackoff: .milliseconds(20),
                rateLimitedBackoff: .zero)
            // A real deadline, which the delayed replies (held 30 s) run into. Any other exchange that a loaded machine
            // stretches past it changes which messages end sent and which in doubt, and none of the checks below:
            // whatever the timing, a message is accepted at most once, and once exactly when reported sent.
            let configuration = SMSCClient.Configuration(timeout: .seconds(10), retryPolicy: policy)
            try await transport.withClient(of: server, configuration: configuration) { client in
                let outcomes = await Self.send(messages, through: client)
                let tally = Self.account(for: outcomes, count: messages, in: server)
                let statistics = server.statistics
                #expect(statistics.repeatedMessages == 0)
                #expect(statistics.faultsInjected.values.reduce(0, +) > 20)
                #expect(tally["sent", default: 0] > messages / 2)
            }
        }
    }
}

extension ExactlyOnceTests {
    /// Sends messages `message 0`… to one number with ids `m0`…, eight in flight at once; the outcome of each by its
    /// number.
    static func send(_ count: Int, through client: SMSCClient) async -> [Int: Result<SMSCSendResult, SMSCError>] {
        await withTaskGroup(of: [(Int, Result<SMSCSendResult, SMSCError>)].self) { group in
            for lane in 0..<8 {
                group.addTask {
                    var outcomes: [(Int, Result<SMSCSendResult, SMSCError>)] = []
                    for number in stride(from: lane, to: count, by: 8) {
                        do throws(SMSCError) {
                            outcomes.append(
                                (
                                    number,
                                    .success(
                                        try await client.send(
                                            "message \(number)", to: ["79990000001"], id: SMSCMessageID("m\(number)")))
                                ))
                        } catch {
                            outcomes.append((number, .failure(error)))
                        }
                    }
                    return outcomes
                }
            }
            var outcomes: [Int: Result<SMSCSendResult, SMSCError>] = [:]
            for await lane in group {
                for (number, outcome) in lane { outcomes[number] = outcome }
            }
            return outcomes
        }
    }
}

extension ExactlyOnceTests {
    /// Checks each message's outcome against what the sandbox accepted, and counts them: `sent`, `in doubt`,
    /// `failed`.
    static func account(
        for outcomes: [Int: Result<SMSCSendResult, SMSCError>], count: Int, in server: SandboxServer
    ) -> [String: Int] {
        var tally: [String: Int] = [:]
        for number in 0..<count {
            let accepted = server.timesAccepted("message \(number)", to: "79990000001")
            guard let outcome = outcomes[number] else {
                Issue.record("message \(number) has no outcome")
                continue
            }
            switch outcome {
            case .success:
                #expect(accepted == 1, "message \(number) succeeded but was accepted \(accepted) times")
                tally["sent", default: 0] += 1
            case .failure(let error):
                #expect(!error.message.isEmpty)
                if error.messageMayHaveBeenSent {
                    #expect(accepted <= 1, "message \(number) in doubt was accepted \(accepted) times")
                    tally["in doubt", default: 0] += 1
                } else {
                    #expect(accepted == 0, "message \(number) failed as not sent but was accepted: \(error.message)")
                    tally["failed", default: 0] += 1
                }
            }
        }
        return tally
    }
}

extension Result where Failure == SMSCError {
    init(catching body: () async throws(SMSCError) -> Success) async {
        do {
            self = .success(try await body())
        } catch {
            self = .failure(error)
        }
    }

    var failure: SMSCError? {
        if case .failure(let error) = self { error } else { nil }
    }
}
