import ArgumentParser
import SMSC

/// The typed send options, named after the SMSC query parameters they set.
///
/// Any of them makes the command use the "2" operation (`send_sms2`, `get_sms_cost2`) with a query built by the
/// library. They cannot be combined with `--query`, which is sent exactly as written.
struct SendOptionFlags: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Transliterate the text: 0 no, 1 Cyrillic to Latin, 2 to look-alike Latin characters (translit).",
            valueName: "0|1|2"
        )
    )
    var translit: Int?

    @Flag(help: "Shorten links in the text (tinyurl=1).")
    var tinyurl = false

    @Flag(help: "Send a flash message, shown at once and not stored (flash=1).")
    var flash = false

    @Option(help: ArgumentHelp("The most SMS parts a long message may use, 1 or more (maxsms).", valueName: "n"))
    var maxsms: Int?

    @Option(help: ArgumentHelp("How long the operator tries to deliver, 1-24 hours (valid).", valueName: "hours"))
    var valid: Int?

    // Unconditional parsing, so that `--tz -3` reads -3 as the value rather than as an unknown option.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("The time zone of --time, in hours from Moscow, -24 to 24 (tz).", valueName: "hours")
    )
    var tz: Int?

    @Option(
        help: ArgumentHelp("Spread a mailing over this many hours, 0.1-720; needs --freq (period).", valueName: "hours")
    )
    var period: Double?

    @Option(
        help: ArgumentHelp(
            "Send the next group of numbers every this many minutes, 1-1440 (freq).",
            valueName: "minutes"
        )
    )
    var freq: Int?

    @Option(
        help: ArgumentHelp(
            """
            Cost mode: 0 send, 1 only compute the cost (nothing sent), 2 send and report the cost, 3 send and \
            report cost and balance (cost).
            """,
            valueName: "0|1|2|3"
        )
    )
    var cost: Int?

    @Flag(help: "Report the numbers the service refused, as `errors` (err=1).")
    var err = false

    @Flag(help: "Report per-number details (op=1).")
    var op = false

    @Option(
        name: .customLong("param"),
        help: ArgumentHelp(
            """
            Any other documented query parameter, percent-encoded by the tool; repeatable, each name once; not one \
            the tool sets or a typed flag covers.
            """,
            valueName: "name=value"
        )
    )
    var parameters: [String] = []

    func validate() throws {
        if let translit, SMSCSendOptions.Transliteration(rawValue: translit) == nil {
            throw ValidationError("--translit must be 0, 1 or 2, not \(translit)")
        }
        if let cost, SMSCSendOptions.CostMode(rawValue: cost) == nil {
            throw ValidationError("--cost must be 0, 1, 2 or 3, not \(cost)")
        }
        for parameter in parameters where parameter.firstIndex(of: "=").map({ $0 == parameter.startIndex }) ?? true {
            throw ValidationError("--param takes name=value, not '\(parameter)'")
        }
        try validateParameterNames()
        // The library's own ranges, checked here so that the message names the flag and a bulk run is refused
        // once, before any row, instead of once per row.
        if let problem = sendOptions.validationProblem {
            let flag = FieldFlags.flag(for: problem.field) ?? problem.field
            // A range rule quotes the value given; a rule about a missing partner (`--period needs --freq`) has
            // no wrong value to quote.
            let given = problem.rule.hasPrefix("must") ? value(of: flag).map { ", not \($0)" } ?? "" : ""
            throw ValidationError(FieldFlags.message(flag: flag, rule: problem.rule) + given)
        }
    }

    /// Query parameters the tool sets itself (as SOAP fields, or in the query for the API key), by where their
    /// value comes from. A `--param` with one of these names would send a second account, recipient list or text
    /// beside the one the command line shows, and which of the two the service obeys is not documented.
    static let parametersSetByTheTool: [(name: String, source: String)] = [
        ("login", "--login (or SMSC_LOGIN)"),
        ("psw", "--password (or SMSC_PASSWORD)"),
        ("apikey", "--api-key (or SMSC_API_KEY)"),
        ("phones", "--phones (or the CSV file's phones column)"),
        ("phone", "--phones (get_status's --phone)"),
        ("mes", "--message (or the CSV file's message column)"),
        ("id", "--id (or the CSV file's id column)"),
        ("sender", "--sender (or the CSV file's sender column)"),
        ("time", "--time"),
        ("all", "status --all"),
    ]

    /// Query parameters that have a typed flag, which checks the documented range.
    static let parametersWithTypedFlags = [
        "translit", "tinyurl", "flash", "maxsms", "valid", "tz", "period", "freq", "cost", "err", "op",
    ]

    /// Refuses a `--param` the query would carry twice: a name the tool sets itself, a name with a typed flag, or
    /// a name given twice. Which of two values the service would use is not documented, and both are sent.
    ///
    /// Names are compared without regard to case, as a mistyped `Login` is as surely not what the user meant.
    private func validateParameterNames() throws {
        var seen: Set<String> = []
        for parameter in parameters {
            let name = String(parameter.prefix { $0 != "=" })
            let key = name.lowercased()
            if let reserved = Self.parametersSetByTheTool.first(where: { $0.name == key }) {
                throw ValidationError(
                    """
                    --param must not set \(name): the tool sets it from \(reserved.source), and the request would \
                    carry it twice
                    """
                )
            }
            if Self.parametersWithTypedFlags.contains(key) {
                throw ValidationError(
                    "--param must not set \(name): use --\(key), which checks the value before anything is sent"
                )
            }
            if !seen.insert(key).inserted {
                throw ValidationError("--param must not set \(name) twice: give each parameter once")
            }
        }
    }

    /// Refuses typed flags together with a raw query, which is sent exactly as written: the library would refuse
    /// the pair on every call.
    ///
    /// - Parameter query: The command's `--query`.
    /// - Throws: `ValidationError` naming the typed flags given.
    func validate(query: String?) throws {
        guard query != nil else { return }
        let given = FieldFlags.sendOptions.map(\.flag).filter { value(of: $0) != nil }
        if !given.isEmpty {
            throw ValidationError(
                """
                --query is sent exactly as written, so it cannot be combined with typed option flags \
                (\(given.joined(separator: ", "))); put them in the query instead
                """
            )
        }
    }

    /// What the user gave for `flag`, as typed; `nil` when the flag was not given.
    private func value(of flag: String) -> String? {
        switch flag {
        case "--translit": translit.map { String($0) }
        case "--tinyurl": tinyurl ? "" : nil
        case "--flash": flash ? "" : nil
        case "--maxsms": maxsms.map { String($0) }
        case "--valid": valid.map { String($0) }
        case "--tz": tz.map { String($0) }
        case "--period": period.map { String($0) }
        case "--freq": freq.map { String($0) }
        case "--cost": cost.map { String($0) }
        case "--err": err ? "" : nil
        case "--op": op ? "" : nil
        case "--param": parameters.isEmpty ? nil : parameters.joined(separator: " ")
        default: nil
        }
    }

    /// The options for the library, which checks the documented ranges before anything is sent.
    var sendOptions: SMSCSendOptions {
        SMSCSendOptions(
            transliteration: translit.flatMap(SMSCSendOptions.Transliteration.init(rawValue:)),
            shortenLinks: tinyurl ? true : nil,
            flash: flash ? true : nil,
            maximumParts: maxsms,
            validityHours: valid,
            timeZoneOffsetFromMoscow: tz,
            periodHours: period,
            intervalMinutes: freq,
            costMode: cost.flatMap(SMSCSendOptions.CostMode.init(rawValue:)),
            reportInvalidPhones: err ? true : nil,
            reportPerPhoneDetails: op ? true : nil,
            additionalParameters: parameters.map { parameter in
                let separator = parameter.firstIndex(of: "=")!
                return (
                    name: String(parameter[..<separator]),
                    value: String(parameter[parameter.index(after: separator)...])
                )
            }
        )
    }
}
