// The soak engine, shared by the suite's SoakTests (a short run per transport) and Scripts/soak.sh (the smsc-soak
// executable of Scripts/Benchmarks, which compiles this folder through a symlink: the root package cannot offer a
// target to another package without making it a product).
import Foundation
import SMSC
import SMSCSandbox
import SOAPNIOTransport

/// Many sends through `SMSCClient` to an in-process sandbox that injects every kind of fault at random, each
/// message then checked against what the sandbox accepted.
public struct Soak: Sendable {
    /// Messages to send.
    public var messages: Int
    /// Messages in flight at once (the client allows 14 requests at once).
    public var concurrency: Int
    /// The probability that a request meets a fault, shared among the kinds (a delay gets a tenth of a share).
    public var faultRate: Double
    /// Seeds the fault draws.
    public var seed: UInt64
    /// The client's deadline per call; a delayed reply is held twice as long.
    public var timeout: Duration
    /// The HTTP stack the client posts through.
    public var transport: SoakTransport
    /// Whether messages go without an id of the caller's, so the client generates them (`generatesMessageIDs`).
    public var generatesMessageIDs: Bool

    /// A soak of `messages` sends.
    /// - Parameters:
    ///   - messages: Messages to send.
    ///   - concurrency: Messages in flight at once.
    ///   - faultRate: The probability that a request meets a fault, 0…1.
    ///   - seed: Seeds the fault draws.
    ///   - timeout: The client's deadline per call.
    ///   - transport: The HTTP stack the client posts through.
    ///   - generatesMessageIDs: Whether the client, not the caller, gives messages their ids.
    public init(
        messages: Int,
        concurrency: Int = 14,
        faultRate: Double = 0.1,
        seed: UInt64 = 2026,
        timeout: Duration = .seconds(1),
        transport: SoakTransport = .nio,
        generatesMessageIDs: Bool = false
    ) {
        self.messages = messages
        self.concurrency = concurrency
        self.faultRate = faultRate
        self.seed = seed
        self.timeout = timeout
        self.transport = transport
        self.generatesMessageIDs = generatesMessageIDs
    }

    /// The text of message `number`: every message's is its own, so the sandbox counts each one apart.
    public static func text(_ number: Int) -> String { "soak message \(number)" }

    /// The recipient of message `number`.
    public static func phone(_ number: Int) -> String { "7999\(String(format: "%07d", number % 10_000_000))" }

    /// Starts a sandbox, sends every message through a client of it, checks each against what the sandbox accepted,
    /// and stops both.
    /// - Parameter finished: Called with the count of messages that have an outcome, each time one more has.
    /// - Returns: The outcomes, duplicates, unaccounted messages and the sandbox's counts.
    /// - Throws: When the sandbox cannot start or the client cannot be made; a failed send is an outcome, not an
    ///   error.
    public func run(finished: (Int) -> Void = { _ in }) async throws -> SoakReport {
        let kinds = SandboxFault.allCases
        let share = faultRate / (Double(kinds.count - 1) + 0.1)
        var rates: [SandboxFault: Double] = [:]
        for kind in kinds {
            rates[kind] = kind == .delayedReply ? share * 0.1 : share
        }
        let sandboxConfiguration = SandboxConfiguration(
            accounts: [SandboxAccount(login: "soak", password: "soak", balance: 1_000_000_000)],
            faults: SandboxFaultInjection(rates: rates, replyDelay: timeout * 2, seed: seed)
        )
        let server = try await SandboxServer.start(configuration: sandboxConfiguration)
        let nio = NIOHTTP1Transport(configuration: .init(maximumConnectionsPerEndpoint: concurrency))
        do {
            let report = try await send(to: server, through: nio, finished: finished)
            await nio.shutdown()
            try await server.shutdown()
            return report
        } catch {
            await nio.shutdown()
            try? await server.shutdown()
            throw error
        }
    }

    private func send(
        to server: SandboxServer,
        through nio: NIOHTTP1Transport,
        finished: (Int) -> Void
    ) async throws -> SoakReport {
        // The injected error 9 is not the service counting requests: the pause after it is short here, and the
        // checks of a lost reply retry quickly.
        let policy = SMSCRetryPolicy(
            maximumAttempts: 4,
            initialBackoff: .milliseconds(10),
            maximumBackoff: .milliseconds(100),
            rateLimitedBackoff: .milliseconds(10)
        )
        let configuration = SMSCClient.Configuration(
            endpoint: SMSCEndpoint(url: server.endpoint),
            timeout: timeout,
            retryPolicy: policy,
            generatesMessageIDs: generatesMessageIDs
        )
        let credentials = SMSCCredentials.login("soak", password: "soak")
        let client =
            switch transport {
            case .nio: try SMSCClient(credentials: credentials, configuration: configuration, transport: nio)
            case .ahc: try SMSCClient(credentials: credentials, configuration: configuration)
            }

        let start = ContinuousClock.now
        let outcomes = SoakOutcomes(count: messages)
        let failures = SoakFailureReasons()
        let generatesMessageIDs = generatesMessageIDs
        await withTaskGroup(of: Void.self) { group in
            var next = 0
            var done = 0
            func sendNext() {
                let number = next
                next += 1
                group.addTask {
                    let id: SMSCMessageID? = generatesMessageIDs ? nil : SMSCMessageID("s\(number)")
                    do {
                        let result = try await client.send(Self.text(number), to: [Self.phone(number)], id: id)
                        outcomes[number] =
                            result.confirmingStatus != nil
                            ? .confirmedByStatus : result.attempts > 1 ? .sentAgain : .sent
                    } catch let error as SMSCError {
                        outcomes[number] = error.messageMayHaveBeenSent ? .inDoubt : .failedNotSent
                        failures.count(error)
                    } catch {
                        outcomes[number] = .inDoubt
                    }
                }
            }
            for _ in 0..<min(concurrency, messages) { sendNext() }
            for await _ in group {
                done += 1
                finished(done)
                if next < messages { sendNext() }
            }
        }
        let elapsed = ContinuousClock.now - start

        var tally: [SoakOutcome: Int] = [:]
        var duplicates = 0
        var unaccounted: [String] = []
        for number in 0..<messages {
            let outcome = outcomes[number]
            tally[outcome, default: 0] += 1
            let accepted = server.timesAccepted(Self.text(number), to: Self.phone(number), login: "soak")
            if accepted > 1 { duplicates += 1 }
            switch outcome {
            case .sent, .confirmedByStatus, .sentAgain:
                if accepted != 1 { unaccounted.append("message \(number): \(outcome), accepted \(accepted) times") }
            case .failedNotSent:
                if accepted != 0 {
                    unaccounted.append("message \(number): failed as not sent, accepted \(accepted) times")
                }
            case .inDoubt:
                break  // reported as possibly sent: accepted 0 or 1 times, never more (counted above)
            case .pending:
                unaccounted.append("message \(number): no outcome")
            }
        }
        let statistics = server.statistics
        return SoakReport(
            messages: messages,
            outcomes: tally,
            duplicates: max(duplicates, statistics.repeatedMessages),
            unaccounted: unaccounted,
            statistics: statistics,
            failures: failures.counted,
            elapsed: elapsed
        )
    }
}
