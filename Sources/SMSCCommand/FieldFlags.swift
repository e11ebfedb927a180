import SMSC

/// The command-line flag behind each field the library validates, so that a refusal names what the user typed
/// (`--valid`) rather than a Swift property (`validityHours`).
///
/// The rules themselves stay the library's (``SMSC/SMSCSendOptions/validationProblem``, the client's checks): the tool
/// only renames their fields, so a rule changed in the library is reported as changed without touching the tool.
enum FieldFlags {
    /// ``SMSC/SMSCSendOptions`` properties, by the flag that sets them. Their names are unambiguous, so they are also
    /// replaced where a rule mentions another property (`needs intervalMinutes`).
    static let sendOptions: [(field: String, flag: String)] = [
        ("transliteration", "--translit"),
        ("shortenLinks", "--tinyurl"),
        ("flash", "--flash"),
        ("maximumParts", "--maxsms"),
        ("validityHours", "--valid"),
        ("timeZoneOffsetFromMoscow", "--tz"),
        ("periodHours", "--period"),
        ("intervalMinutes", "--freq"),
        ("costMode", "--cost"),
        ("reportInvalidPhones", "--err"),
        ("reportPerPhoneDetails", "--op"),
        ("additionalParameters", "--param"),
    ]

    /// Values every row of a bulk run shares, by the flag (or variable) that sets them.
    static let shared: [String: String] = [
        "sender": "--sender",
        "query": "--query",
        "login": "--login (or SMSC_LOGIN)",
        "password": "--password (or SMSC_PASSWORD)",
        "apiKey": "--api-key (or SMSC_API_KEY)",
    ]

    /// The flag that sets `field`, when the tool has one.
    static func flag(for field: String) -> String? {
        sendOptions.first { $0.field == field }?.flag ?? shared[field]
    }

    /// `flag` and `rule` as one sentence, with property names in the rule replaced by their flags:
    /// `--period needs --freq (…)`.
    static func message(flag: String, rule: String) -> String {
        var rule = rule
        for (field, flag) in sendOptions {
            rule = rule.replacing(field, with: flag)
        }
        return rule.hasPrefix("must") || rule.hasPrefix("needs") ? "\(flag) \(rule)" : "\(flag): \(rule)"
    }
}
