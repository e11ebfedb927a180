import ArgumentParser
import Foundation
import NIOCore
import SMSC
import SMSCSandbox

/// `smsc sandbox`: runs the offline SMSC until interrupted, so other programs (PHP, python, your service's tests)
/// can call it.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Runs the SMSC sandbox, an offline SMSC SOAP service, on 127.0.0.1.",
        discussion: """
            The sandbox serves the WSDL at http://127.0.0.1:PORT/sys/soap.php?wsdl and answers all seven operations \
            at /sys/soap.php. The demo account (login demo, password demo, balance 1000.00) always exists unless \
            --account names a login "demo" itself. It prints its endpoint on the first line of standard output and \
            runs until interrupted (or until --stop-after passes).

            --faults injects failures into the exchanges, each at its rate per request: reset-before \
            (connection reset, request not acted on), reset-after (acted on, then reset), delay (acted on, reply held \
            --fault-delay seconds), http-502 (acted on, a gateway's 502 page instead of the reply), http-503 (a 503 \
            page, not acted on), truncate (acted on, half the reply, then closed), error-9 and error-4 (the service's \
            answers, not acted on). Example: --faults reset-after=0.05,http-503=0.02. The counts are printed when it \
            stops.
            """
    )

    @Option(help: "The TCP port on 127.0.0.1; 0 picks a free one.")
    var port: Int = 8080

    @Option(
        name: .customLong("account"),
        help: ArgumentHelp(
            "An extra account, LOGIN:PASSWORD[:BALANCE] (balance 1000.00 by default); repeatable.",
            valueName: "login:password[:balance]"
        )
    )
    var accounts: [String] = []

    @Option(
        name: .customLong("api-key"),
        help: ArgumentHelp("An API key for an account, KEY:LOGIN; repeatable.", valueName: "key:login")
    )
    var apiKeys: [String] = []

    // `.unconditional` so that `--price -1` reaches validation (and its message) instead of being taken for a flag.
    @Option(parsing: .unconditional, help: "The price of one SMS part.")
    var price: String = "2.50"

    @Option(
        parsing: .unconditional,
        help: "Seconds from sending to delivered (transferred to the operator halfway), 0…86400."
    )
    var deliverySeconds: Double = 10

    @Option(parsing: .unconditional, help: "Stop by itself after this many seconds (for scripts and tests).")
    var stopAfter: Double?

    @Option(
        help: ArgumentHelp(
            """
            Failures to inject, KIND=RATE[,KIND=RATE…]; kinds: \
            \(SandboxFault.allCases.map(\.rawValue).joined(separator: ", ")).
            """,
            valueName: "kind=rate,…"
        )
    )
    var faults: String?

    @Option(parsing: .unconditional, help: "How long a delay fault holds a reply back, in seconds, 0…3600.")
    var faultDelay: Double = 90

    @Option(
        help: ArgumentHelp(
            "Only these operations get faults, comma-separated WSDL names (send_sms,send_sms2); all by default.",
            valueName: "operations"
        )
    )
    var faultOperations: String?

    @Option(help: "Seeds the fault draws, so a run can be repeated; random by default.")
    var faultSeed: UInt64?

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be 0…65535")
        }
        guard deliverySeconds.isFinite, (0...86_400).contains(deliverySeconds) else {
            throw ValidationError("--delivery-seconds must be 0…86400, not \(deliverySeconds)")
        }
        if let stopAfter {
            guard stopAfter.isFinite, stopAfter > 0, stopAfter <= 31_536_000 else {
                throw ValidationError("--stop-after must be above 0 and at most 31536000 (a year), not \(stopAfter)")
            }
        }
        guard faultDelay.isFinite, (0...3_600).contains(faultDelay) else {
            throw ValidationError("--fault-delay must be 0…3600 seconds, not \(faultDelay)")
        }
        _ = try sandboxConfiguration()
    }

    /// A plain decimal (`2.50`, `1000`): `Decimal(string:)` alone would read `2,50` as 2 and `5x` as 5.
    private static func decimal(_ text: String) -> Decimal? {
        let digits = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(digits.count),
            digits.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else {
            return nil
        }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    func sandboxConfiguration() throws -> SandboxConfiguration {
        guard let pricePerPart = Self.decimal(price) else {
            throw ValidationError("--price must be a decimal number such as 2.50, not '\(price)'")
        }
        var accounts: [SandboxAccount] = []
        for text in self.accounts {
            let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, !parts[0].isEmpty else {
                throw ValidationError("--account must be LOGIN:PASSWORD[:BALANCE], got '\(text)'")
            }
            var balance = Decimal(1000)
            if parts.count == 3 {
                guard let value = Self.decimal(parts[2]) else {
                    throw ValidationError(
                        "--account balance must be a decimal number such as 1000.00, not '\(parts[2])'"
                    )
                }
                balance = value
            }
            guard !accounts.contains(where: { $0.login == parts[0] }) else {
                throw ValidationError("--account names login '\(parts[0])' twice")
            }
            accounts.append(SandboxAccount(login: parts[0], password: parts[1], balance: balance))
        }
        if !accounts.contains(where: { $0.login == SandboxAccount.demo.login }) {
            accounts.insert(.demo, at: 0)
        }
        for text in apiKeys {
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let index = accounts.firstIndex(where: { $0.login == parts[1] })
            else {
                throw ValidationError("--api-key must be KEY:LOGIN for an existing account, got '\(text)'")
            }
            guard !accounts.contains(where: { $0.apiKeys.contains(parts[0]) }) else {
                throw ValidationError("--api-key gives key '\(parts[0])' twice: a key belongs to one account")
            }
            accounts[index].apiKeys.append(parts[0])
        }
        return SandboxConfiguration(
            port: port,
            accounts: accounts,
            pricePerPart: pricePerPart,
            deliveryTimeline: .init(
                transferredAfter: .seconds(deliverySeconds / 2),
                deliveredAfter: .seconds(deliverySeconds)
            ),
            faults: try faultInjection()
        )
    }

    /// `--faults`, `--fault-delay`, `--fault-operations` and `--fault-seed` as the library's settings.
    func faultInjection() throws -> SandboxFaultInjection {
        var rates: [SandboxFault: Double] = [:]
        for item in (faults ?? "").split(separator: ",", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let fault = SandboxFault(rawValue: parts[0]) else {
                throw ValidationError(
                    """
                    --faults: unknown kind '\(parts[0])'; the kinds are \
                    \(SandboxFault.allCases.map(\.rawValue).joined(separator: ", "))
                    """
                )
            }
            guard parts.count == 2, let rate = Double(parts[1]), rate.isFinite, (0...1).contains(rate) else {
                throw ValidationError("--faults: '\(item)' needs a rate from 0 to 1, as in \(fault.rawValue)=0.05")
            }
            guard rates[fault] == nil else {
                throw ValidationError("--faults names \(fault.rawValue) twice")
            }
            rates[fault] = rate
        }
        let total = rates.values.reduce(0, +)
        guard total <= 1 + 1e-9 else {
            throw ValidationError("--faults: the rates add up to \(total); together they can be at most 1")
        }
        var operations: Set<SMSCOperation>?
        if let faultOperations {
            operations = []
            for name in faultOperations.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let operation = SMSCOperation.allCases.first(where: { $0.wireName == name }) else {
                    throw ValidationError(
                        """
                        --fault-operations: unknown operation '\(name)'; the operations are \
                        \(SMSCOperation.allCases.map(\.wireName).joined(separator: ", "))
                        """
                    )
                }
                operations?.insert(operation)
            }
        }
        return SandboxFaultInjection(
            rates: rates,
            operations: operations,
            replyDelay: .milliseconds(Int64((faultDelay * 1000).rounded())),
            seed: faultSeed ?? .random(in: .min ... .max)
        )
    }

    func run() async throws {
        let configuration = try sandboxConfiguration()
        let server: SandboxServer
        do {
            server = try await SandboxServer.start(configuration: configuration)
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            Console.writeError(
                """
                smsc: error: cannot listen on 127.0.0.1:\(port): the port is already in use; stop what listens \
                there, or pick another with --port (--port 0 picks a free one)
                """
            )
            throw ExitCode(4)
        } catch let error as IOError where error.errnoCode == EACCES {
            Console.writeError(
                """
                smsc: error: cannot listen on 127.0.0.1:\(port): permission denied; ports below 1024 need \
                privileges, pick another with --port
                """
            )
            throw ExitCode(4)
        } catch let error as SandboxConfigurationError {
            Console.writeError("smsc: error: \(error)")
            throw ExitCode(64)
        } catch {
            Console.writeError("smsc: error: cannot listen on 127.0.0.1:\(port): \(error)")
            throw ExitCode(4)
        }
        var banner = "SMSC sandbox listening on \(server.endpoint)\n"
        banner += "WSDL: \(server.wsdlURL)\n"
        for account in configuration.accounts {
            banner += "Account: login \(account.login), balance \(MoneyFormat.text(account.balance))"
            banner += account.apiKeys.isEmpty ? "\n" : ", \(account.apiKeys.count) API key(s)\n"
        }
        let injected = SandboxFault.allCases.compactMap { fault in
            configuration.faults.rates[fault].map { "\(fault.rawValue)=\($0)" }
        }
        if !injected.isEmpty {
            banner += "Faults: \(injected.joined(separator: ", ")), seed \(configuration.faults.seed)\n"
        }
        banner += stopAfter.map { "Stops after \($0) s.\n" } ?? "Press Ctrl-C to stop.\n"
        FileHandle.standardOutput.write(Data(banner.utf8))
        if let stopAfter {
            Task {
                try? await Task.sleep(for: .seconds(stopAfter))
                try? await server.shutdown()
            }
        }
        // Ctrl-C and SIGTERM close the listener and connections, so the port is free when the command returns.
        let signals = [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                FileHandle.standardError.write(Data("smsc: sandbox stopped by signal \(signalNumber)\n".utf8))
                Task { try? await server.shutdown() }
            }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        try await server.waitUntilShutdown()
        let statistics = server.statistics
        var summary =
            """
            smsc: sandbox: \(statistics.requests) requests, \(statistics.acceptedMessages) messages accepted, \
            \(statistics.repeatedMessages) repeated
            """
        if !injected.isEmpty {
            let counts = SandboxFault.allCases.map { "\($0.rawValue) \(statistics.faultsInjected[$0, default: 0])" }
            summary += "; faults injected: \(counts.joined(separator: ", "))"
        }
        FileHandle.standardError.write(Data((summary + "\n").utf8))
    }
}
