import ArgumentParser
import Foundation
import SMSC
import SMSCBulk
import SMSCTesting
import SOAPNIOTransport
import SOAPRuntime

/// How to reach the service and how to report: the options every command that calls SMSC shares.
///
/// The endpoint and credentials can also come from the environment (`SMSC_ENDPOINT`, `SMSC_LOGIN`,
/// `SMSC_PASSWORD`, `SMSC_API_KEY`), which keeps secrets out of shell history and `ps`; a flag wins over its
/// variable.
struct ServiceOptions: ParsableArguments {
    /// A day: longer deadlines are mistakes, and the conversion to `Duration` must not overflow.
    static let maximumTimeout: Double = 86_400

    /// The default endpoint, SMSC's Russian site.
    static let defaultEndpoint = SMSCEndpoint.russia.url

    @Option(
        help: ArgumentHelp("The SOAP endpoint. [env: SMSC_ENDPOINT] (default: \(defaultEndpoint))", valueName: "url")
    )
    var endpoint: String?

    @Option(help: ArgumentHelp("The account login; needs --password. [env: SMSC_LOGIN]", valueName: "login"))
    var login: String?

    @Option(
        help: ArgumentHelp(
            "The account password. Prefer SMSC_PASSWORD: arguments show in `ps`. [env: SMSC_PASSWORD]",
            valueName: "password"
        )
    )
    var password: String?

    @Option(
        name: .customLong("api-key"),
        help: ArgumentHelp("An API key instead of login and password. [env: SMSC_API_KEY]", valueName: "key")
    )
    var apiKey: String?

    @Option(
        help: ArgumentHelp(
            "The deadline for each call, in seconds; connect and read deadlines are capped at it. (default: 60)",
            valueName: "seconds"
        )
    )
    var timeout: Double?

    @Option(
        help: ArgumentHelp(
            """
            Attempts for balance, cost and status after failures that left nothing answered, and for a send whose \
            reply was lost once get_status says the service does not have it; 1 turns retries off. (default: 3)
            """,
            valueName: "n"
        )
    )
    var retries: Int?

    /// Whether sends without an id get one of the client's own; set by `smsc send --generate-ids`, not a flag here.
    var generatesMessageIDs = false

    @Flag(help: "Print one JSON object on stdout (errors as {\"error\":{…}}).")
    var json = false

    @Flag(help: "Print the request and response envelopes to stderr, credentials and message texts masked.")
    var trace = false

    @Option(
        help: ArgumentHelp(
            """
            Write every exchange to this directory, one file each (001-send.http, …), credentials masked, for \
            SMSCTesting's SMSCReplayTransport.
            """,
            valueName: "dir"
        )
    )
    var record: String?

    /// The process environment; a seam so the resolution rules can be reasoned about apart from the process.
    var environment: [String: String] { ProcessInfo.processInfo.environment }

    func validate() throws {
        _ = try credentials(environment: environment)
        if let timeout, !(timeout > 0 && timeout <= Self.maximumTimeout) {
            throw ValidationError(
                "--timeout must be more than 0 and at most \(Int(Self.maximumTimeout)) seconds, not \(timeout)"
            )
        }
        if let retries, !(1...10).contains(retries) {
            throw ValidationError("--retries must be from 1 to 10, not \(retries)")
        }
    }

    /// The library's retry policy, with `--retries` attempts when given.
    var retryPolicy: SMSCRetryPolicy {
        var policy = SMSCRetryPolicy.default
        if let retries {
            policy.maximumAttempts = retries
        }
        return policy
    }

    /// `--endpoint`, else `SMSC_ENDPOINT`, else SMSC's default.
    func resolvedEndpoint(environment: [String: String]) -> SMSCEndpoint {
        SMSCEndpoint(url: endpoint ?? Self.nonEmpty(environment["SMSC_ENDPOINT"]) ?? Self.defaultEndpoint)
    }

    /// Login and password, or an API key.
    ///
    /// A flag wins over its variable, and credentials given as flags win over the other kind in the environment:
    /// `--api-key K` is used even when `SMSC_LOGIN` and `SMSC_PASSWORD` are set, and the other way round. Both
    /// kinds at the same level, or neither, is a usage error.
    ///
    /// - Throws: `ValidationError` naming the flags and variables.
    func credentials(environment: [String: String]) throws -> SMSCCredentials {
        let flagsGivePassword = login != nil || password != nil
        let flagsGiveKey = apiKey != nil
        if flagsGivePassword && flagsGiveKey {
            throw ValidationError("give --login and --password, or --api-key, not both")
        }
        var login = login
        var password = password
        var apiKey = apiKey
        if !flagsGiveKey {
            login = login ?? Self.nonEmpty(environment["SMSC_LOGIN"])
            password = password ?? Self.nonEmpty(environment["SMSC_PASSWORD"])
        }
        if !flagsGivePassword {
            apiKey = apiKey ?? Self.nonEmpty(environment["SMSC_API_KEY"])
        }
        switch (login, password, apiKey) {
        case (let login?, let password?, nil):
            return .login(login, password: password)
        case (nil, nil, let key?):
            return .apiKey(key)
        case (nil, nil, nil):
            throw ValidationError(
                """
                no credentials: give --login and --password (or SMSC_LOGIN and SMSC_PASSWORD), or --api-key (or \
                SMSC_API_KEY)
                """
            )
        case (_, _, _?):
            throw ValidationError(
                """
                both a login/password and an API key were given: use --login and --password (SMSC_LOGIN, \
                SMSC_PASSWORD) or --api-key (SMSC_API_KEY), not both
                """
            )
        case (nil, _?, nil):
            throw ValidationError("--password needs --login (or SMSC_LOGIN)")
        case (_?, nil, nil):
            throw ValidationError("--login needs --password (or SMSC_PASSWORD)")
        }
    }

    /// The deadline of each call (`--timeout`): the whole call gets it, so connecting and waiting for bytes never take
    /// longer either.
    var callTimeout: Duration {
        guard let timeout else { return .seconds(60) }
        return .milliseconds(Int64((timeout * 1000).rounded(.up)))
    }

    /// A client for these options, on a transport of the command's own (`NIOHTTP1Transport`): connecting gets at most
    /// 10 s and a silence at most 30 s, both capped by `--timeout`; redirects are never followed, and a refused
    /// connection fails at once. Shut it down with ``CommandClient/shutdown()`` when done.
    ///
    /// With `--record`, the client posts through an `SMSCRecordingTransport` over that transport.
    ///
    /// - Throws: `SMSCError` (validation) for an endpoint that is not an absolute http(s) URL, the usage error
    ///   of ``credentials(environment:)``, or `SMSCFixtureError` when the `--record` directory cannot be made.
    func makeClient() throws -> CommandClient {
        let environment = environment
        let credentials = try credentials(environment: environment)
        let total = callTimeout
        // A transport no call went through holds nothing, so a refused configuration needs no shutdown.
        let transport = NIOHTTP1Transport()
        let posting: any SOAPTransport
        if let record {
            posting = try SMSCRecordingTransport(wrapping: transport, directory: record)
        } else {
            posting = transport
        }
        let client = try SMSCClient(
            credentials: credentials,
            configuration: .init(
                endpoint: resolvedEndpoint(environment: environment),
                timeout: total,
                keepsLastExchange: trace,
                retryPolicy: retryPolicy,
                generatesMessageIDs: generatesMessageIDs
            ),
            transport: posting
        )
        return CommandClient(client: client, transport: transport)
    }

    /// What a bulk journal records as the run's command: the command, the endpoint and a fingerprint of the account
    /// (of the login, or of the API key), so that a resume with another account is refused without the journal
    /// holding any credential.
    func journalIdentity(command: String) -> String {
        let environment = environment
        let who: String
        if let login = (try? credentials(environment: environment))?.login {
            who = "login=" + BulkRunner.Configuration.fingerprint(of: ["login": login])
        } else {
            // Not a login, so the key that ``credentials(environment:)`` chose: the flag, else the variable.
            let key = apiKey ?? Self.nonEmpty(environment["SMSC_API_KEY"]) ?? ""
            who = "api-key=" + BulkRunner.Configuration.fingerprint(of: ["api-key": key])
        }
        return "\(command) \(resolvedEndpoint(environment: environment).url) \(who)"
    }

    /// Empty variables count as unset, as shells make `VAR=` easy to leave behind.
    private static func nonEmpty(_ value: String?) -> String? {
        value.flatMap { $0.isEmpty ? nil : $0 }
    }
}
