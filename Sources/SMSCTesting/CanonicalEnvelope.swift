import SMSC
import SOAPRuntime
import SOAPXML

/// A request body in the form replays compare: `XMLTree.canonicalLines` (one line per element, prefixes and the
/// whitespace between elements left out, every value exact), with the credentials' values masked and the service's
/// namespace (the soapAction, which follows the endpoint) written `{service}`, so a recording made against one
/// endpoint replays against another.
struct CanonicalEnvelope: Equatable {
    /// The body element's local name (`send`, `status2`), or `?` when the body is not a SOAP envelope.
    var operation: String
    var lines: [String]

    init(_ request: SOAPRequest) {
        guard
            let tree = try? XMLTree(
                parsing: request.body,
                options: XMLParsingOptions(maximumSize: 16 << 20, maximumDepth: 64)
            )
        else {
            operation = "?"
            lines = String(decoding: request.body, as: UTF8.self).split(separator: "\n").map { "text: \($0)" }
            return
        }
        operation = (try? SOAPEnvelope.bodyElement(of: tree))?.localName ?? "?"
        lines = tree.canonicalLines(
            namespaceName: { $0 == request.soapAction ? "service" : $0 },
            leafText: { element in
                guard element.namespaceURI?.isEmpty ?? true else { return element.text }
                if Redaction.credentialElements.contains(element.localName) { return Redaction.mask }
                if element.localName == "query" { return Redaction.redactQueryParameter("apikey", in: element.text) }
                return element.text
            }
        )
    }

    /// How many lines differ from `other` (those of each that the other lacks).
    func distance(to other: CanonicalEnvelope) -> Int {
        let diff = LineDiff(old: other.lines, new: lines)
        return diff.removed + diff.added
    }

    /// A readable diff from `recorded` to this: `-` lines only the recording has, `+` lines only this request has,
    /// and a line of context around each change.
    func diff(from recorded: CanonicalEnvelope) -> String {
        LineDiff(old: recorded.lines, new: lines).text
    }
}

/// A line diff by longest common subsequence; envelopes are a few dozen lines.
private struct LineDiff {
    var removed = 0
    var added = 0
    var text = ""

    init(old: [String], new: [String]) {
        let n = old.count
        let m = new.count
        var common = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var entries: [(mark: Character, line: String)] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                entries.append((" ", old[i]))
                i += 1
                j += 1
            } else if j < m, i == n || common[i][j + 1] >= common[i + 1][j] {
                entries.append(("+", new[j]))
                added += 1
                j += 1
            } else {
                entries.append(("-", old[i]))
                removed += 1
                i += 1
            }
        }
        let changed = Set(entries.indices.filter { entries[$0].mark != " " })
        var lines: [String] = []
        var skipped = false
        for index in entries.indices {
            let near = changed.contains(index) || changed.contains(index - 1) || changed.contains(index + 1)
            if near {
                lines.append("\(entries[index].mark) \(entries[index].line)")
                skipped = false
            } else if !skipped {
                lines.append("  …")
                skipped = true
            }
        }
        text = lines.joined(separator: "\n")
    }
}
