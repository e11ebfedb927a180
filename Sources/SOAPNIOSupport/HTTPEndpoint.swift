import Foundation

/// Scheme, host, port and request target of an http(s) URL: what a transport needs to connect and to write the
/// request line, and what its messages say of where a call went (host and port, never the path or query).
package struct HTTPEndpoint: Hashable, Sendable, CustomStringConvertible {
    /// Whether the URL is `https`.
    package var usesTLS: Bool
    /// The host as the URL spells it, without the brackets of an IPv6 literal.
    package var host: String
    package var port: Int
    /// The path and query, as written on the request line (`/sys/soap.php?wsdl`); `/` when the URL has no path.
    package var target: String

    /// Parses an absolute http or https URL with a host; `nil` for anything else.
    package init?(url: String) {
        guard
            let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty,
            // The host is percent-decoded: it goes on the request line's Host header, so no space or control byte.
            host.utf8.allSatisfy({ $0 > 0x20 && $0 != 0x7F })
        else { return nil }
        usesTLS = scheme == "https"
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        port = components.port ?? (usesTLS ? 443 : 80)
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        target = components.percentEncodedQuery.map { "\(path)?\($0)" } ?? path
    }

    /// `host:port`, with an IPv6 literal in brackets.
    package var description: String {
        "\(hostHeaderHost):\(port)"
    }

    /// The `Host` header: the host, with the port only when it is not the scheme's default.
    package var hostHeader: String {
        port == (usesTLS ? 443 : 80) ? hostHeaderHost : "\(hostHeaderHost):\(port)"
    }

    /// Whether the host is an IP address literal, which TLS may not name in SNI.
    package var hostIsIPAddress: Bool {
        host.contains(":")
            || host.utf8.allSatisfy { $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    private var hostHeaderHost: String {
        host.contains(":") ? "[\(host)]" : host
    }

    /// Whether `url` starts with `http://` or `https://`, in any case, without parsing the rest.
    package static func hasHTTPScheme(_ url: String) -> Bool {
        let scheme = url.utf8.prefix(8).map { $0 | 0x20 }  // ASCII lowercase; other bytes never match below.
        return scheme.starts(with: "http://".utf8) || scheme.starts(with: "https://".utf8)
    }
}
