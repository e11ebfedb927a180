extension XMLTree {
    /// The document in a form that compares what XML stacks mean rather than how they write it, one line per
    /// element: indented by depth, named `{namespace}local` (prefixes and namespace declarations left out), with its
    /// attributes sorted by name and, for an element without children, its exact text in double quotes (quotes,
    /// backslashes and control characters escaped). The whitespace between elements is left out.
    ///
    /// Shared by the replay transport, which matches requests to recordings, and the tests that compare envelopes
    /// with other SOAP stacks'.
    ///
    /// - Parameters:
    ///   - namespaceName: How a namespace URI is written; as it is by default.
    ///   - leafText: The text written for an element without children; its own by default.
    package func canonicalLines(
        namespaceName: (String) -> String = { $0 },
        leafText: (Element) -> String = { $0.text }
    ) -> [String] {
        var lines: [String] = []
        Self.append(root, depth: 0, namespaceName: namespaceName, leafText: leafText, into: &lines)
        return lines
    }

    private static func append(
        _ element: Element,
        depth: Int,
        namespaceName: (String) -> String,
        leafText: (Element) -> String,
        into lines: inout [String]
    ) {
        func name(_ namespace: String?, _ local: String) -> String {
            guard let namespace, !namespace.isEmpty else { return local }
            return "{\(namespaceName(namespace))}\(local)"
        }
        var line = String(repeating: "  ", count: depth) + name(element.namespaceURI, element.localName)
        for attribute in element.attributes.sorted(by: {
            ($0.namespaceURI ?? "", $0.localName) < ($1.namespaceURI ?? "", $1.localName)
        }) {
            line += " \(name(attribute.namespaceURI, attribute.localName))=\(quoted(attribute.value))"
        }
        if element.children.isEmpty {
            line += " = " + quoted(leafText(element))
        }
        lines.append(line)
        for child in element.children {
            append(child, depth: depth + 1, namespaceName: namespaceName, leafText: leafText, into: &lines)
        }
    }

    /// The text in double quotes, with what would hide a difference (quotes, control characters) escaped.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.properties.generalCategory == .control {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
