/// Turns WSDL names into idiomatic Swift names: `send_sms2` → `SendSMS2`, `last_date` → `lastDate`,
/// `sender_id` → `senderID`. Wire names are never derived back from Swift names: generated code keeps them
/// as string literals.
enum SwiftNaming {
    /// Words written in capitals in Swift names (Swift API Design Guidelines: acronyms are uniformly cased).
    static let acronyms: Set<String> = [
        "api", "http", "https", "id", "ip", "json", "mms", "sms", "smsc", "soap", "ttl", "uri", "url", "utc", "uuid",
        "xml",
    ]

    /// Keywords that must be escaped with backticks when used as identifiers.
    static let keywords: Set<String> = [
        "Any", "Protocol", "Self", "Type", "as", "associatedtype", "await", "break", "case", "catch", "class",
        "continue", "default",
        "defer", "deinit", "do", "else", "enum", "extension", "fallthrough", "false", "fileprivate", "for", "func",
        "guard",
        "if", "import", "in", "init", "inout", "internal", "is", "let", "nil", "open", "operator", "private",
        "precedencegroup",
        "protocol", "public", "repeat", "rethrows", "return", "self", "some", "static", "struct", "subscript", "super",
        "switch", "throw", "throws", "true", "try", "typealias", "var", "where", "while",
    ]

    /// `UpperCamelCase` for types.
    static func typeName(_ wireName: String) -> String {
        let name = sanitized(words(wireName).map(capitalized).joined())
        let usable = name == "_" ? "Unnamed" : name
        // `X.Type` and `X.Protocol` name metatypes, even with backticks, and `X.Any` does not parse; generated code
        // writes qualified names (`NS.X.self`, `NS.X?`) without backticks.
        if unusableAsTypes.contains(usable) { return usable + "_" }
        // A generated `Error` would shadow `Swift.Error` in every extension of the namespace and in code that
        // imports it; the same goes for the other standard-library types code writes unqualified.
        return standardLibraryTypes.contains(usable) ? usable + "Type" : usable
    }

    private static let standardLibraryTypes: Set<String> = [
        "Array", "Bool", "Character", "Decimal", "Dictionary", "Double", "Equatable", "Error", "Float", "Hashable",
        "Int",
        "Never", "Optional", "Result", "Sendable", "Set", "String",
    ]

    private static let unusableAsTypes: Set<String> = ["Type", "Protocol", "Any"]

    /// `lowerCamelCase` for properties.
    static func propertyName(_ wireName: String) -> String {
        let parts = words(wireName)
        guard let first = parts.first else { return "unnamed" }
        let name = sanitized(first.lowercased() + parts.dropFirst().map(capitalized).joined())
        // Backticks are not enough for these: a parameter named `self` would hide `self` in the initializer.
        return unusableAsProperties.contains(name) ? name + "_" : name
    }

    private static let unusableAsProperties: Set<String> = ["self", "super", "init", "deinit", "subscript"]

    /// `lowerCamelCase` for enumeration cases: like ``propertyName(_:)``, with words in capitals lowercased first
    /// (`IN_PROGRESS` → `inProgress`); a value with no letters or digits (`+`, the empty string) gets `nil`.
    static func caseName(_ wireValue: String) -> String? {
        let parts = words(wireValue).map { word in word.allSatisfy { !$0.isLowercase } ? word.lowercased() : word }
        guard let first = parts.first else { return nil }
        let name = sanitized(
            first.prefix(1).lowercased() + first.dropFirst() + parts.dropFirst().map(capitalized).joined()
        )
        guard name != "_" else { return nil }
        return unusableAsProperties.contains(name) ? name + "_" : name
    }

    /// The identifier as it must be written in code: keywords in backticks.
    static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Splits at `_`, `-`, `.`, spaces and lower-to-upper case changes; digits stay with the word before them.
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in name {
            if character == "_" || character == "-" || character == "." || character == " " {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let previous, character.isUppercase, previous.isLowercase || previous.isNumber {
                words.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func capitalized(_ word: String) -> String {
        let letters = word.prefix { !$0.isNumber }
        if acronyms.contains(letters.lowercased()) {
            return letters.uppercased() + word.dropFirst(letters.count)
        }
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// Keeps letters, digits and `_`; a leading digit gets a `_` in front.
    private static func sanitized(_ name: String) -> String {
        var result = String(name.unicodeScalars.filter { $0.properties.isXIDContinue }.map(Character.init))
        if result.isEmpty { result = "_" }
        if let first = result.unicodeScalars.first, !first.properties.isXIDStart && first != "_" {
            result = "_" + result
        }
        return result
    }
}
