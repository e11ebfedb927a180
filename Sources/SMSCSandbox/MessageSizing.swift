/// How many SMS parts a text takes, as the service counts them: 160 GSM-7 characters in one SMS and 153 per part
/// once split; 70 and 67 for any other text (UCS-2).
enum MessageSizing {
    /// The number of parts for `text`; with `transliterate`, Cyrillic is first spelled in Latin letters, as the
    /// service does for `translit=1`.
    static func parts(of text: String, transliterate: Bool = false) -> Int {
        let text = transliterate ? transliterated(text) : text
        if let septets = gsmSeptets(text) {
            return septets <= 160 ? 1 : (septets + 152) / 153
        }
        let units = text.utf16.count
        return units <= 70 ? 1 : (units + 66) / 67
    }

    /// The length in GSM 03.38 septets (extension characters take two), or `nil` when a character has no
    /// GSM-7 form.
    static func gsmSeptets(_ text: String) -> Int? {
        var septets = 0
        for character in text.unicodeScalars {
            if basicCharacters.contains(character) {
                septets += 1
            } else if extensionCharacters.contains(character) {
                septets += 2
            } else {
                return nil
            }
        }
        return septets
    }

    private static let basicCharacters = Set(
        """
        @£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ \
        !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà
        """
        .unicodeScalars
    )
    private static let extensionCharacters = Set("^{}\\[~]|€\u{0C}".unicodeScalars)

    private static let cyrillicToLatin: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "'",
        "э": "e", "ю": "yu", "я": "ya",
    ]

    static func transliterated(_ text: String) -> String {
        var result = ""
        for character in text {
            let lower = Character(character.lowercased())
            guard let latin = cyrillicToLatin[lower] else {
                result.append(character)
                continue
            }
            result += lower == character ? latin : latin.prefix(1).uppercased() + latin.dropFirst()
        }
        return result
    }
}
