import SMSC
import SOAPRuntime

extension SOAPExchange {
    /// The exchange as `--trace` prints it: `>` lines for the request, `<` lines for the response, each body
    /// after its headers. The client masked `login`, `psw`, `apikey` and message texts before keeping the exchange.
    var traceText: String {
        var lines = ["> POST \(url) (\(operation))"]
        lines += requestHeaders.map { "> \($0.name): \($0.value)" }
        lines.append(">")
        lines.append(Self.trimmed(requestBody))
        if let responseStatus {
            lines.append("< HTTP \(responseStatus) after \(Self.milliseconds(duration)) ms")
            lines += responseHeaders.map { "< \($0.name): \($0.value)" }
            lines.append("<")
            lines.append(Self.trimmed(responseBody ?? ""))
        } else {
            lines.append("< no response after \(Self.milliseconds(duration)) ms")
        }
        return lines.joined(separator: "\n")
    }

    /// The most characters of a body the trace prints: a reply can be as large as the client accepts (a megabyte by
    /// default), which is no use on a terminal.
    static let maximumBodyLength = 64 * 1024

    /// A body without its trailing newlines (the trace adds its own), cut at ``maximumBodyLength`` characters,
    /// saying how long it was.
    private static func trimmed(_ body: String) -> String {
        var body = Substring(body)
        while body.last?.isNewline == true { body = body.dropLast() }
        guard body.count > maximumBodyLength else { return String(body) }
        return String(body.prefix(maximumBodyLength))
            + "\n… [cut: \(maximumBodyLength) of \(body.count) characters shown]"
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
