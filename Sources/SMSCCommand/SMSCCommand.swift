import ArgumentParser
import Foundation

/// `smsc`: the SMSC SMS gateway from the command line.
@main
struct SMSCCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smsc",
        abstract: "Send SMS and check balance, cost and delivery through the SMSC SOAP API.",
        discussion: """
            Credentials come from --login and --password (or SMSC_LOGIN and SMSC_PASSWORD), or from --api-key (or \
            SMSC_API_KEY); the endpoint from --endpoint (or SMSC_ENDPOINT). Exit status: 0 success, 1 SMSC service \
            error, 3 SOAP fault, 4 transport, HTTP or protocol failure, 64 usage or validation error (nothing sent), \
            74 I/O error (writing standard output; in a bulk run, reading the CSV file or writing the journal), 130 \
            interrupted bulk run.
            """,
        subcommands: [
            BalanceCommand.self, SendCommand.self, CostCommand.self, StatusCommand.self, SandboxCommand.self,
            DemoCommand.self,
        ]
    )

    /// ArgumentParser's `main()`, except that usage errors are reported like every other failure: one
    /// `smsc: error:` line on stderr, and the error object on stdout when JSON output was asked for.
    static func main() async {
        // Before anything is written: a closed stdout (`smsc … --json | head -1`, `| true`) must end in an
        // ordinary exit status, not death by SIGPIPE. NIO ignores the signal too, but only once it opens a socket,
        // and usage errors are printed before that.
        signal(SIGPIPE, SIG_IGN)
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            // Help and version requests are successes, and other exits keep ArgumentParser's own handling.
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let hint = subcommandName(in: arguments).map { "smsc \($0) --help" } ?? "smsc --help"
            let failure = CommandFailure.usage("\(message(for: error)) (see '\(hint)')")
            failure.report(json: wantsJSON(arguments))
            exit(withError: outputFailure ?? ExitCode(failure.exitCode))
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: outputFailure ?? error)
        }
        if let outputFailure { exit(withError: outputFailure) }
    }

    /// 74 (`EX_IOERR`) once stdout could not be written (already reported on stderr), whatever the command's own
    /// status: a script that reads the output must not take a lost result, or a lost error object, for one it has.
    private static var outputFailure: ExitCode? {
        Console.standardOutputFailed ? ExitCode(Console.standardOutputFailureExitCode) : nil
    }

    /// Whether the command line asks for JSON: `--json`, or `--csv`, which implies it.
    private static func wantsJSON(_ arguments: [String]) -> Bool {
        arguments.prefix { $0 != "--" }.contains { $0 == "--json" || $0 == "--csv" || $0.hasPrefix("--csv=") }
    }

    private static func subcommandName(in arguments: [String]) -> String? {
        guard let first = arguments.first else { return nil }
        return configuration.subcommands.compactMap { $0.configuration.commandName }.first { $0 == first }
    }
}
