import Foundation
import SOAPRuntime

extension SMSCRecordedExchange {
    /// Reads an exchange from its fixture text (see ``SMSCRecordedExchange``).
    ///
    /// - Parameters:
    ///   - httpText: The file's bytes.
    ///   - path: The file, for errors.
    /// - Throws: ``SMSCFixtureError`` naming the part that is malformed.
    public init(httpText: [UInt8], path: String) throws(SMSCFixtureError) {
        func fail(_ reason: String) -> SMSCFixtureError { SMSCFixtureError(path: path, reason: reason) }
        var reader = HTTPTextReader(bytes: httpText)
        let requestLine = reader.line().split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3, requestLine[0] == "POST", requestLine[2].hasPrefix("HTTP/1.") else {
            throw fail("the first line must be a request line such as `POST /sys/soap.php HTTP/1.1`")
        }
        let requestHeaders = reader.headers()
        guard let body = reader.requestBody(contentLength: requestHeaders["Content-Length"].flatMap { Int($0) }) else {
            throw fail("no response follows the request: a line `HTTP/1.1 <status> <reason>` must start it")
        }
        let statusLine = reader.line().split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1]) else {
            throw fail("the response must start with a status line such as `HTTP/1.1 200 OK`")
        }
        let responseHeaders = reader.headers()
        let host = requestHeaders["Host"] ?? "localhost"
        let contentType = requestHeaders["Content-Type"] ?? ""
        let version: SOAPVersion = contentType.lowercased().hasPrefix("application/soap+xml") ? .soap12 : .soap11
        var soapAction = requestHeaders["SOAPAction"] ?? ""
        if version == .soap12, let action = contentType.range(of: "action=\"") {
            soapAction = String(contentType[action.upperBound...].prefix { $0 != "\"" })
        }
        if soapAction.count >= 2, soapAction.hasPrefix("\""), soapAction.hasSuffix("\"") {
            soapAction = String(soapAction.dropFirst().dropLast())
        }
        self.init(
            request: SOAPRequest(
                url: "http://\(host)\(requestLine[1])",
                soapAction: soapAction,
                soapVersion: version,
                body: body
            ),
            response: SOAPHTTPResponse(
                status: status,
                headers: SOAPHTTPHeaders(responseHeaders.fields.filter { $0.name.lowercased() != "content-length" }),
                body: reader.responseBody()
            )
        )
    }

    /// The exchange as fixture text (see ``SMSCRecordedExchange``).
    public var httpText: [UInt8] {
        let url = URL(string: request.url)
        var target = url?.path ?? "/"
        if let query = url?.query { target += "?" + query }
        var text = "POST \(target.isEmpty ? "/" : target) HTTP/1.1\n"
        let host = url.map { url in (url.host ?? "localhost") + (url.port.map { ":\($0)" } ?? "") } ?? "localhost"
        text += "Host: \(host)\n"
        for field in request.headers {
            text += "\(field.name): \(field.value)\n"
        }
        text += "Content-Length: \(request.body.count)\n\n"
        var bytes = Array(text.utf8) + request.body
        var responseText = "\nHTTP/1.1 \(response.status) \(Self.reasonPhrase(response.status))\n"
        for field in response.headers where field.name.lowercased() != "content-length" {
            responseText += "\(field.name): \(field.value)\n"
        }
        responseText += "Content-Length: \(response.body.count)\n\n"
        bytes += Array(responseText.utf8) + response.body + [UInt8(ascii: "\n")]
        return bytes
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status"
        }
    }
}

/// Reads the fixture text line by line, and bodies by where they end.
private struct HTTPTextReader {
    let bytes: [UInt8]
    var position = 0

    /// The next line without its line end; empty at the end.
    mutating func line() -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
            position += 1
        }
        var end = position
        if position < bytes.count { position += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Header lines up to the empty line that ends them.
    mutating func headers() -> SOAPHTTPHeaders {
        var fields: [SOAPHTTPHeaders.Field] = []
        while position < bytes.count {
            let line = line()
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields.append(
                .init(
                    name: String(line[..<colon]),
                    value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                )
            )
        }
        return SOAPHTTPHeaders(fields)
    }

    /// The request body, leaving the position at the response's status line; `nil` when there is none.
    ///
    /// `Content-Length` bytes when the response starts right after them (a file as written, whose body may hold a
    /// line that starts with `HTTP/1.`); otherwise the bytes up to the first line feed before `HTTP/1.` (a body
    /// edited by hand).
    mutating func requestBody(contentLength: Int?) -> [UInt8]? {
        let marker = Array("\nHTTP/1.".utf8)
        if let contentLength, contentLength >= 0, position + contentLength + marker.count <= bytes.count,
            Array(bytes[(position + contentLength)..<(position + contentLength + marker.count)]) == marker
        {
            let body = Array(bytes[position..<(position + contentLength)])
            position += contentLength + 1
            return body
        }
        var index = position
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], Array(bytes[index..<index + marker.count]) == marker {
                var end = index
                if end > position, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let body = Array(bytes[position..<end])
                position = index + 1
                return body
            }
            index += 1
        }
        // An empty body: the response starts right after the blank line.
        if bytes[position...].starts(with: Array("HTTP/1.".utf8)) {
            return []
        }
        return nil
    }

    /// The rest, without one trailing line feed.
    mutating func responseBody() -> [UInt8] {
        var end = bytes.count
        if end > position, bytes[end - 1] == UInt8(ascii: "\n") {
            end -= 1
            if end > position, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        defer { position = bytes.count }
        return Array(bytes[position..<end])
    }
}
