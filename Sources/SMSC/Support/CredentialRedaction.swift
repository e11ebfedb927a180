/// Hides credentials in envelopes and query strings before anything is logged, traced or described.
enum CredentialRedaction {
    static let mask = "***"

    /// Replaces the text of `<login>` and `<psw>` elements (any prefix) and the value of `apikey=` in queries.
    static func redact(_ text: String) -> String {
        var result = text
        for element in ["login", "psw"] {
            result = redactElement(element, in: result)
        }
        return redactQueryParameter("apikey", in: result)
    }

    private static func redactElement(_ name: String, in text: String) -> String {
        var output = ""
        var rest = Substring(text)
        let open = "<\(name)>"
        let close = "</\(name)>"
        while let start = rest.firstRange(of: open) {
            output += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            if let end = rest.firstRange(of: close) {
                output += mask
                rest = rest[end.lowerBound...]
            }
        }
        return output + rest
    }

    /// `apikey=VALUE` up to the next `&`, `<` or whitespace, case-insensitively.
    static func redactQueryParameter(_ name: String, in text: String) -> String {
        var output = ""
        var index = text.startIndex
        let key = name + "="
        while index < text.endIndex {
            let remainder = text[index...]
            if remainder.prefix(key.count).lowercased() == key, index == text.startIndex || "&?;>\" \n".contains(text[text.index(before: index)]) {
                let valueStart = text.index(index, offsetBy: key.count)
                let valueEnd = text[valueStart...].firstIndex { $0 == "&" || $0 == "<" || $0 == "\"" || $0.isWhitespace } ?? text.endIndex
                output += text[index..<valueStart] + mask
                index = valueEnd
            } else {
                output.append(text[index])
                index = text.index(after: index)
            }
        }
        return output
    }
}
