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

    /// Bodies usually end with a newline; the trace adds its own.
    private static func trimmed(_ body: String) -> String {
        var body = Substring(body)
        while body.last?.isNewline == true { body = body.dropLast() }
        return String(body)
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
