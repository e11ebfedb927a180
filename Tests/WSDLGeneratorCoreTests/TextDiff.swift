/// A readable line diff for reference-test failures.
enum TextDiff {
    /// Lines only in `expected` start with `-`, lines only in `actual` with `+`, with two lines of context;
    /// based on the longest common subsequence of lines.
    static func unified(expected: String, actual: String, context: Int = 2) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        // Lengths of common subsequences of the suffixes.
        var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        enum Line { case same(Substring), removed(Substring), added(Substring) }
        var lines: [Line] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append(.same(old[i])); i += 1; j += 1
            } else if i < old.count, j == new.count || table[i + 1][j] >= table[i][j + 1] {
                lines.append(.removed(old[i])); i += 1
            } else {
                lines.append(.added(new[j])); j += 1
            }
        }
        let changed = lines.indices.filter { if case .same = lines[$0] { return false } else { return true } }
        var output: [String] = ["--- expected", "+++ actual"]
        var printedUpTo = -1
        for index in changed {
            let start = max(index - context, printedUpTo + 1)
            if start > printedUpTo + 1 { output.append("@@") }
            for k in start...index where k > printedUpTo {
                switch lines[k] {
                case .same(let text): output.append("  " + text)
                case .removed(let text): output.append("- " + text)
                case .added(let text): output.append("+ " + text)
                }
                printedUpTo = k
            }
            let end = min(index + context, lines.count - 1)
            if index + 1 <= end {
                for k in (index + 1)...end where !changed.contains(k) || k == index + 1 {
                    if case .same(let text) = lines[k], k > printedUpTo {
                        output.append("  " + text)
                        printedUpTo = k
                    } else {
                        break
                    }
                }
            }
        }
        return output.joined(separator: "\n")
    }
}
