// The engine of Scripts/soak.sh: sends many messages through SMSCClient to an in-process sandbox that injects every
// kind of fault at random, then checks each message against what the sandbox accepted. Prints the table the soak
// reports and exits 1 if any message was sent twice or is unaccounted for.
import ArgumentParser
import Foundation
import SMSC
import SMSCSandbox
import SOAPNIOTransport

@main
struct SoakCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smsc-soak",
        abstract: "Sends messages through SMSCClient to a sandbox that injects faults, and accounts for every one."
    )

    enum Transport: String, ExpressibleByArgument, CaseIterable {
        /// `NIOHTTP1Transport`, as the `smsc` tool uses.
        case nio
        /// AsyncHTTPClient's `HTTPClient.shared`, the library's default.
        case ahc
    }

    @Option(help: "Messages to send.")
    var messages: Int = 100_000

    @Option(help: "Messages in flight at once (the client allows 14 requests at once).")
    var concurrency: Int = 14

    @Option(help: "The probability that a request meets a fault, shared among the kinds (a delay gets a tenth of a share).")
    var faultRate: Double = 0.1

    @Option(help: "Seeds the fault draws.")
    var seed: UInt64 = 2026

    @Option(help: "The client's deadline per call, in seconds; a delayed reply is held twice as long.")
    var timeout: Double = 1

    @Option(help: "nio or ahc.")
    var transport: Transport = .nio

    @Flag(help: "Give messages no id of the caller's: the client generates them (generatesMessageIDs).")
    var generatedIDs = false

    func validate() throws {
        guard messages > 0, concurrency > 0, (0...1).contains(faultRate), timeout > 0 else {
            throw ValidationError("--messages and --concurrency must be above 0, --fault-rate 0…1, --timeout above 0")
        }
    }

    /// How one message ended, as the soak counts it.
    enum Outcome: UInt8 {
        case pending = 0
        /// The service's reply said it was sent.
        case sent
        /// The reply was lost; get_status found the message.
        case confirmedByStatus
        /// The reply was lost; get_status did not find it, and the same request, sent again, went through.
        case sentAgain
        /// It failed, and certainly was not sent (the service refused it, or get_status said it does not have it).
        case failedNotSent
        /// It failed, and may have been sent: the client could not find out.
        case inDoubt
    }

    func run() async throws {
        let kinds = SandboxFault.allCases
        let share = faultRate / (Double(kinds.count - 1) + 0.1)
        var rates: [SandboxFault: Double] = [:]
        for kind in kinds {
            rates[kind] = kind == .delayedReply ? share * 0.1 : share
        }
        let sandboxConfiguration = SandboxConfiguration(
            accounts: [SandboxAccount(login: "soak", password: "soak", balance: 1_000_000_000)],
            faults: SandboxFaultInjection(rates: rates, replyDelay: .seconds(timeout * 2), seed: seed)
        )
        let server = try await SandboxServer.start(configuration: sandboxConfiguration)
        let nio = NIOHTTP1Transport(configuration: .init(maximumConnectionsPerEndpoint: concurrency))
        // The injected error 9 is not the service counting requests: the pause after it is short here, and the
        // checks of a lost reply retry quickly.
        let policy = SMSCRetryPolicy(maximumAttempts: 4, initialBackoff: .milliseconds(10), maximumBackoff: .milliseconds(100), rateLimitedBackoff: .milliseconds(10))
        let configuration = SMSCClient.Configuration(
            endpoint: SMSCEndpoint(url: server.endpoint), timeout: .seconds(timeout), retryPolicy: policy, generatesMessageIDs: generatedIDs
        )
        let credentials = SMSCCredentials.login("soak", password: "soak")
        let client =
            switch transport {
            case .nio: try SMSCClient(credentials: credentials, configuration: configuration, transport: nio)
            case .ahc: try SMSCClient(credentials: credentials, configuration: configuration)
            }

        print("smsc-soak: \(messages) messages, \(concurrency) in flight, fault rate \(faultRate), seed \(seed), \(transport) transport, deadline \(timeout) s")
        let start = ContinuousClock.now
        let outcomes = Outcomes(count: messages)
        let failures = FailureReasons()
        var rssSamples: [(done: Int, kibibytes: Int)] = []
        let step = max(messages / 10, 1)
        await withTaskGroup(of: Void.self) { group in
            var next = 0
            var finished = 0
            func sendNext() {
                let number = next
                next += 1
                group.addTask {
                    let id: SMSCMessageID? = generatedIDs ? nil : SMSCMessageID("s\(number)")
                    do {
                        let result = try await client.send(Self.text(number), to: Self.phone(number), id: id)
                        outcomes[number] = result.confirmingStatus != nil ? .confirmedByStatus : result.attempts > 1 ? .sentAgain : .sent
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
                finished += 1
                if finished % step == 0 {
                    rssSamples.append((finished, Self.statusKibibytes("VmRSS")))
                }
                if next < messages { sendNext() }
            }
        }
        let elapsed = ContinuousClock.now - start

        // Every message against what the sandbox accepted.
        var tally: [Outcome: Int] = [:]
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
                if accepted != 0 { unaccounted.append("message \(number): failed as not sent, accepted \(accepted) times") }
            case .inDoubt:
                break  // reported as possibly sent: accepted 0 or 1 times, never more (counted above)
            case .pending:
                unaccounted.append("message \(number): no outcome")
            }
        }
        let statistics = server.statistics
        await nio.shutdown()
        try await server.shutdown()

        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("")
        print("| messages | sent | confirmed by get_status | sent again | failed, not sent | in doubt | duplicates | unaccounted |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        print(
            "| \(messages) | \(tally[.sent, default: 0]) | \(tally[.confirmedByStatus, default: 0]) | \(tally[.sentAgain, default: 0]) | \(tally[.failedNotSent, default: 0]) | \(tally[.inDoubt, default: 0]) | \(max(duplicates, statistics.repeatedMessages)) | \(unaccounted.count) |"
        )
        print("")
        print("| fault | injected |")
        print("| --- | ---: |")
        for kind in kinds {
            print("| \(kind) | \(statistics.faultsInjected[kind, default: 0]) |")
        }
        print("| all, in \(statistics.requests) requests | \(statistics.faultsInjected.values.reduce(0, +)) |")
        print("")
        print("Failures by reason: " + failures.summary)
        print(String(format: "Elapsed %.1f s, %.0f messages/s; sandbox accepted %d messages", seconds, Double(messages) / seconds, statistics.acceptedMessages))
        print("Resident memory (KiB) after each tenth: " + rssSamples.map { "\($0.kibibytes)" }.joined(separator: " "))
        print("Peak RSS: \(Self.statusKibibytes("VmHWM")) KiB")
        for line in unaccounted.prefix(20) {
            print("UNACCOUNTED \(line)")
        }
        if duplicates > 0 || statistics.repeatedMessages > 0 || !unaccounted.isEmpty {
            print("smsc-soak: FAILED: \(max(duplicates, statistics.repeatedMessages)) duplicates, \(unaccounted.count) unaccounted")
            throw ExitCode(1)
        }
        print("smsc-soak: OK: no message sent twice, every message accounted for")
    }

    static func text(_ number: Int) -> String { "soak message \(number)" }
    static func phone(_ number: Int) -> String { "7999\(String(format: "%07d", number % 10_000_000))" }

    /// A memory figure of the process from /proc/self/status, in KiB: `VmRSS` (resident now) or `VmHWM` (the peak);
    /// 0 where there is no /proc.
    static func statusKibibytes(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
