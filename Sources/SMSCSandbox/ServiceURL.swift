/// Service URLs compared as PHP's SoapServer would see them equal in practice: the host case-insensitively and
/// the default port implied, so `http://LOCALHOST:80/sys/soap.php` and `http://localhost/sys/soap.php` name the
/// same service.
enum ServiceURL {
    /// `url` with its scheme and host lower-cased and a default port (80 for http, 443 for https) removed;
    /// anything that is not an absolute http(s) URL is returned as given.
    static func normalized(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return url }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var authority = rest[..<authorityEnd].lowercased()
        let defaultPort = scheme == "http" ? ":80" : ":443"
        // A port follows the last colon, unless that colon is inside an IPv6 literal's brackets.
        if authority.hasSuffix(defaultPort), !authority.hasSuffix("]") {
            authority.removeLast(defaultPort.count)
        }
        return "\(scheme)://\(authority)\(rest[authorityEnd...])"
    }
}
