/// Typed send and cost options; they travel in the `query` string of `send_sms2` and `get_sms_cost2`.
///
/// Only options that are set are sent, in a fixed order, percent-encoded. ``additionalParameters`` passes any
/// other documented parameter through. To send a `query` exactly as written, use the `query:` argument of the
/// client methods instead.
public struct SMSCSendOptions: Sendable, Hashable {
    /// How the text is transliterated (`translit`).
    public enum Transliteration: Int, Sendable, Hashable {
        /// Leave the text as it is.
        case none = 0
        /// Cyrillic to Latin (`translit=1`).
        case latin = 1
        /// Cyrillic to look-alike Latin characters (`translit=2`).
        case lookAlike = 2
    }

    /// What a send does about cost (`cost`).
    public enum CostMode: Int, Sendable, Hashable {
        /// Send normally.
        case send = 0
        /// Only compute the cost; nothing is sent.
        case costOnly = 1
        /// Send and report the cost.
        case sendAndReportCost = 2
        /// Send and report the cost and the new balance.
        case sendAndReportCostAndBalance = 3
    }

    /// Have the service rewrite Cyrillic text in Latin letters before sending (`translit`).
    public var transliteration: Transliteration?
    /// Shorten links in the text (`tinyurl=1`).
    public var shortenLinks: Bool?
    /// A flash message shown at once on the screen (`flash=1`).
    public var flash: Bool?
    /// The most SMS parts a long message may use (`maxsms`, 1 or more).
    public var maximumParts: Int?
    /// How long the operator tries to deliver, in hours 1–24 (`valid`).
    public var validityHours: Int?
    /// The time zone of `time`, in hours relative to Moscow (`tz`).
    public var timeZoneOffsetFromMoscow: Int?
    /// Spread the mailing over this many hours, 0.1–720 (`period`); needs ``intervalMinutes``.
    public var periodHours: Double?
    /// Send the next group of numbers every this many minutes, 1–1440 (`freq`); needs ``periodHours``.
    public var intervalMinutes: Int?
    /// Whether to send, and what the reply reports about the cost (`cost`).
    public var costMode: CostMode?
    /// Add the list of invalid numbers to the reply (`err=1`): ``SMSCSendResult/phoneErrors``.
    public var reportInvalidPhones: Bool?
    /// Add per-number details to the reply (`op=1`).
    public var reportPerPhoneDetails: Bool?
    /// Other documented parameters, sent in this order after the typed ones, name and value percent-encoded.
    public var additionalParameters: [(name: String, value: String)]

    /// Options for a send or a cost request; each parameter sets the property of the same name, and `nil` leaves
    /// the service's default. ``validationProblem`` says whether they break a documented rule.
    public init(
        transliteration: Transliteration? = nil,
        shortenLinks: Bool? = nil,
        flash: Bool? = nil,
        maximumParts: Int? = nil,
        validityHours: Int? = nil,
        timeZoneOffsetFromMoscow: Int? = nil,
        periodHours: Double? = nil,
        intervalMinutes: Int? = nil,
        costMode: CostMode? = nil,
        reportInvalidPhones: Bool? = nil,
        reportPerPhoneDetails: Bool? = nil,
        additionalParameters: [(name: String, value: String)] = []
    ) {
        self.transliteration = transliteration
        self.shortenLinks = shortenLinks
        self.flash = flash
        self.maximumParts = maximumParts
        self.validityHours = validityHours
        self.timeZoneOffsetFromMoscow = timeZoneOffsetFromMoscow
        self.periodHours = periodHours
        self.intervalMinutes = intervalMinutes
        self.costMode = costMode
        self.reportInvalidPhones = reportInvalidPhones
        self.reportPerPhoneDetails = reportPerPhoneDetails
        self.additionalParameters = additionalParameters
    }

    /// Whether no option is set: then the plain operations (`send_sms`, `get_sms_cost`) are used.
    public var isEmpty: Bool {
        parameters.isEmpty
    }

    /// The parameters in query order, unencoded.
    var parameters: [(name: String, value: String)] {
        var parameters: [(String, String)] = []
        func flag(_ name: String, _ value: Bool?) {
            if let value { parameters.append((name, value ? "1" : "0")) }
        }
        if let transliteration { parameters.append(("translit", String(transliteration.rawValue))) }
        flag("tinyurl", shortenLinks)
        flag("flash", flash)
        if let maximumParts { parameters.append(("maxsms", String(maximumParts))) }
        if let validityHours { parameters.append(("valid", String(validityHours))) }
        if let timeZoneOffsetFromMoscow { parameters.append(("tz", String(timeZoneOffsetFromMoscow))) }
        if let periodHours { parameters.append(("period", Self.decimalText(periodHours))) }
        if let intervalMinutes { parameters.append(("freq", String(intervalMinutes))) }
        if let costMode { parameters.append(("cost", String(costMode.rawValue))) }
        flag("err", reportInvalidPhones)
        flag("op", reportPerPhoneDetails)
        return parameters.map { (name: $0.0, value: $0.1) } + additionalParameters
    }

    /// The first documented rule these options break, or `nil` when they are all within range.
    ///
    /// The client checks this before sending and throws it as an ``SMSCError`` with code
    /// ``SMSCError/Code/validation``; call it yourself to refuse bad options early, once, before a run of many sends.
    ///
    /// - Returns: `field` is the property's name (`validityHours`, `intervalMinutes`, …), so a caller can name its
    ///   own flag or setting instead; `rule` says what the value must be (`must be from 1 to 24 hours`), and may
    ///   mention another property by name (`needs intervalMinutes …`).
    public var validationProblem: (field: String, rule: String)? {
        if let maximumParts, maximumParts < 1 {
            return ("maximumParts", "must be 1 or more")
        }
        if let validityHours, !(1...24).contains(validityHours) {
            return ("validityHours", "must be from 1 to 24 hours")
        }
        if let timeZoneOffsetFromMoscow, !(-24...24).contains(timeZoneOffsetFromMoscow) {
            return ("timeZoneOffsetFromMoscow", "must be from -24 to 24 hours")
        }
        if let periodHours, !(periodHours >= 0.1 && periodHours <= 720) {
            return ("periodHours", "must be from 0.1 to 720 hours")
        }
        if let intervalMinutes, !(1...1440).contains(intervalMinutes) {
            return ("intervalMinutes", "must be from 1 to 1440 minutes")
        }
        // The two only work together: the service spreads a mailing over `period` hours in groups sent every
        // `freq` minutes, and documents neither alone. The rule names the field that was set, so a caller reports
        // the flag the user gave rather than the one missing.
        if periodHours != nil, intervalMinutes == nil {
            return ("periodHours", "needs intervalMinutes (the service ignores a period without freq)")
        }
        if intervalMinutes != nil, periodHours == nil {
            return (
                "intervalMinutes", "needs periodHours (the service documents freq only as the interval of a period)"
            )
        }
        for parameter in additionalParameters where parameter.name.isEmpty {
            return ("additionalParameters", "parameter names must not be empty")
        }
        return nil
    }

    /// The query string these options are sent as: `name=value` pairs in a fixed order joined by `&`,
    /// percent-encoded; empty when no option is set.
    ///
    /// Canonical: equal options (`==`) give the same string, on every platform and toolchain, so it can serve
    /// as a stable fingerprint of the options.
    package var queryString: String {
        parameters.map { "\(QueryEncoding.encode($0.name))=\(QueryEncoding.encode($0.value))" }.joined(separator: "&")
    }

    private static func decimalText(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    public static func == (lhs: SMSCSendOptions, rhs: SMSCSendOptions) -> Bool {
        lhs.parameters.elementsEqual(rhs.parameters) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for parameter in parameters {
            hasher.combine(parameter.name)
            hasher.combine(parameter.value)
        }
    }
}

/// Percent-encoding for query parameters: RFC 3986 unreserved characters stay, everything else is `%XX` of its
/// UTF-8 bytes, so `&`, `=`, `+` and spaces in values cannot change the query's meaning.
enum QueryEncoding {
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
