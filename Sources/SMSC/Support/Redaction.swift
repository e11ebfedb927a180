/// Hides credentials and message texts in envelopes and query strings before anything is logged, traced or
/// described. Shared with SMSCTesting, whose recordings hide the credentials alone.
package enum Redaction {
    package static let mask = "***"

    /// The elements whose text is hidden: the login and password, and a message's text in a send or cost request
    /// (`mes`) and in a status reply (`message`).
    static let hiddenElements = ["login", "psw", "mes", "message"]

    /// The elements that hold credentials.
    package static let credentialElements = ["login", "psw"]

    /// Replaces the text of the ``hiddenElements`` (unqualified, as the service's children are) and the value of
    /// `apikey=` in queries. An element cut off by the end of `text` (a body's first bytes) is hidden to the end.
    static func redact(_ text: String) -> String {
        redact(text, elements: hiddenElements)
    }

    /// Replaces the text of `elements` and the value of `apikey=` in queries.
    package static func redact(_ text: String, elements: [String]) -> String {
        var result = text
        for element in elements {
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
            output += mask
            if let end = rest.firstRange(of: close) {
                rest = rest[end.lowerBound...]
            } else {
                rest = rest[rest.endIndex...]
            }
        }
        return output + rest
    }

    /// `apikey=VALUE` up to the next `&`, `<` or whitespace, case-insensitively.
    package static func redactQueryParameter(_ name: String, in text: String) -> String {
        var output = ""
        var index = text.startIndex
        let key = name + "="
        while index < text.endIndex {
            let remainder = text[index...]
            if remainder.prefix(key.count).lowercased() == key,
                index == text.startIndex || "&?;>\" \n".contains(text[text.index(before: index)])
            {
                let valueStart = text.index(index, offsetBy: key.count)
                let valueEnd =
                    text[valueStart...].firstIndex { $0 == "&" || $0 == "<" || $0 == "\"" || $0.isWhitespace }
                    ?? text.endIndex
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
