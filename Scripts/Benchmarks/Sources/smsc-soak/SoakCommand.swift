// Scripts/soak.sh: runs the soak engine (SMSCSoak) with the options given, prints the table the soak reports, and
// exits 1 if any message was sent twice or is unaccounted for.
import ArgumentParser
import Foundation
import SMSCSandbox
import SMSCSoak

@main
struct SoakCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smsc-soak",
        abstract: "Sends messages through SMSCClient to a sandbox that injects faults, and accounts for every one."
    )

    @Option(help: "Messages to send.")
    var messages: Int = 100_000

    @Option(help: "Messages in flight at once (the client allows 14 requests at once).")
    var concurrency: Int = 14

    @Option(help: "The probability that a request meets a fault, shared among the kinds (a delay gets a tenth).")
    var faultRate: Double = 0.1

    @Option(help: "Seeds the fault draws.")
    var seed: UInt64 = 2026

    @Option(help: "The client's deadline per call, in seconds; a delayed reply is held twice as long.")
    var timeout: Double = 1

    @Option(help: "nio or ahc.", transform: Self.transport(named:))
    var transport: SoakTransport = .nio

    @Flag(name: .customLong("generated-ids"), help: "Give messages no id of the caller's: the client generates them.")
    var generatedIDs = false

    func validate() throws {
        guard messages > 0, concurrency > 0, (0...1).contains(faultRate), timeout > 0 else {
            throw ValidationError("--messages and --concurrency must be above 0, --fault-rate 0…1, --timeout above 0")
        }
    }

    func run() async throws {
        let soak = Soak(
            messages: messages,
            concurrency: concurrency,
            faultRate: faultRate,
            seed: seed,
            timeout: .seconds(timeout),
            transport: transport,
            generatesMessageIDs: generatedIDs
        )
        print(
            "smsc-soak: \(messages) messages, \(concurrency) in flight, fault rate \(faultRate), seed \(seed), "
                + "\(transport) transport, deadline \(timeout) s"
        )
        var rssSamples: [Int] = []
        let step = max(messages / 10, 1)
        let report = try await soak.run { finished in
            if finished % step == 0 { rssSamples.append(Self.statusKibibytes("VmRSS")) }
        }

        let tally = report.outcomes
        let statistics = report.statistics
        let elapsed = report.elapsed.components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        print("")
        let outcomes: [SoakOutcome] = [.sent, .confirmedByStatus, .sentAgain, .failedNotSent, .inDoubt]
        print("| messages | " + outcomes.map(\.description).joined(separator: " | ") + " | duplicates | unaccounted |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        let counts = outcomes.map { "\(tally[$0, default: 0])" }
        let found = "\(report.duplicates) | \(report.unaccounted.count)"
        print("| \(messages) | " + counts.joined(separator: " | ") + " | \(found) |")
        print("")
        print("| fault | injected |")
        print("| --- | ---: |")
        for kind in SandboxFault.allCases {
            print("| \(kind) | \(statistics.faultsInjected[kind, default: 0]) |")
        }
        print("| all, in \(statistics.requests) requests | \(statistics.faultsInjected.values.reduce(0, +)) |")
        print("")
        let failures = report.failures.map { "\($0.reason): \($0.count)" }.joined(separator: ", ")
        print("Failures by reason: " + (failures.isEmpty ? "none" : failures))
        let rate = Double(messages) / seconds
        let accepted = statistics.acceptedMessages
        print(String(format: "Elapsed %.1f s, %.0f messages/s; sandbox accepted %d messages", seconds, rate, accepted))
        print("Resident memory (KiB) after each tenth: " + rssSamples.map(String.init).joined(separator: " "))
        print("Peak RSS: \(Self.statusKibibytes("VmHWM")) KiB")
        for line in report.unaccounted.prefix(20) {
            print("UNACCOUNTED \(line)")
        }
        guard report.isClean else {
            print("smsc-soak: FAILED: \(report.duplicates) duplicates, \(report.unaccounted.count) unaccounted")
            throw ExitCode(1)
        }
        print("smsc-soak: OK: no message sent twice, every message accounted for")
    }

    static func transport(named name: String) throws -> SoakTransport {
        guard let transport = SoakTransport(rawValue: name) else {
            throw ValidationError("--transport takes nio or ahc, not \(name)")
        }
        return transport
    }

    /// A memory figure of the process from /proc/self/status, in KiB: `VmRSS` (resident now) or `VmHWM` (the peak);
    /// 0 where there is no /proc.
    static func statusKibibytes(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
