import ArgumentParser
import SMSC
import SMSCTesting

/// One call to the service, reported the way every single-call command reports it.
///
/// Makes a client from the shared options, runs the call, prints the trace (after the call, so successes and
/// failures alike show what went over the wire), shuts the client down, then prints the result or the failure.
struct ServiceCall {
    var options: ServiceOptions

    /// - Parameter call: The library call, turned into the record to print.
    /// - Throws: `ExitCode` with the failure's status after reporting it.
    func run(_ call: (SMSCClient) async throws(SMSCError) -> ResultRecord) async throws {
        let owned: CommandClient
        do {
            owned = try options.makeClient()
        } catch {
            throw report(Self.failure(for: error))
        }
        let client = owned.client
        let outcome: Result<ResultRecord, SMSCError>
        do {
            outcome = .success(try await call(client))
        } catch {
            outcome = .failure(error)
        }
        if options.trace {
            Console.writeError(client.lastExchange?.traceText ?? "smsc: trace: no request was sent")
        }
        await owned.shutdown()
        switch outcome {
        case .success(let record):
            Console.writeLine(options.json ? record.json.serialized : record.text)
        case .failure(let error):
            throw report(CommandFailure(error))
        }
    }

    private func report(_ failure: CommandFailure) -> ExitCode {
        failure.report(json: options.json)
        return ExitCode(failure.exitCode)
    }

    /// A failure from making a client: the library's validation error, or a usage error.
    static func failure(for error: any Error) -> CommandFailure {
        switch error {
        case let error as SMSCError: CommandFailure(error)
        case let error as ValidationError: .usage(error.message)
        case let error as SMSCFixtureError: CommandFailure(kind: .io, message: "--record: \(error)")
        default: .usage(String(describing: error))
        }
    }
}
