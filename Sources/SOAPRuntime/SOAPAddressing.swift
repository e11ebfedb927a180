/// The endpoint a request goes to, with the namespaces and soapActions that endpoint expects.
///
/// Namespaces and soapActions are those of the WSDL, unless the service description says they follow the endpoint
/// (``SOAPServiceDescription/rebasesOnEndpoint``). Some services (SMSC's among them) write their own scheme and host
/// into the WSDL's `targetNamespace` and every `soapAction`, and fault when a request's body element is in another
/// namespace. For those, every URL in the WSDL that starts with the origin of the WSDL's `soap:address`
/// (`https://smsc.ru`) is rebased onto the endpoint's origin (`http://127.0.0.1:8080`); other namespaces and actions
/// are used as the WSDL has them.
public struct SOAPAddressing: Sendable, Hashable {
    /// Where requests are posted.
    public var endpoint: String
    /// The namespace table for this endpoint, parallel to ``SOAPServiceDescription/namespaces``.
    public var namespaces: [String]
    private var wsdlOrigin: String?
    private var endpointOrigin: String
    private var soapActionOverride: String?

    /// Derives the addressing for `endpoint`.
    ///
    /// - Parameters:
    ///   - endpoint: An absolute `http` or `https` URL.
    ///   - service: The generated description of the WSDL port.
    ///   - namespace: Replaces the WSDL's target namespace instead of rebasing it.
    ///   - soapAction: Replaces every operation's soapAction instead of rebasing it.
    /// - Throws: ``SOAPEncodingError`` for the field `endpoint` when it is not an absolute http(s) URL.
    public init(
        endpoint: String,
        service: SOAPServiceDescription,
        namespace: String? = nil,
        soapAction: String? = nil
    ) throws(SOAPEncodingError) {
        guard let endpointOrigin = Self.origin(of: endpoint) else {
            throw SOAPEncodingError(
                path: "endpoint",
                rule: "\"\(endpoint)\" is not an absolute http:// or https:// URL with a host"
            )
        }
        if let namespace, let problem = namespace.isEmpty ? "must not be empty" : Self.problem(inURI: namespace) {
            throw SOAPEncodingError(path: "namespace", rule: problem)
        }
        if let soapAction, let problem = Self.problem(inURI: soapAction) {
            throw SOAPEncodingError(path: "soapAction", rule: problem)
        }
        self.endpoint = endpoint
        self.endpointOrigin = endpointOrigin
        self.wsdlOrigin = service.rebasesOnEndpoint ? Self.origin(of: service.address) : nil
        self.soapActionOverride = soapAction
        self.namespaces = []
        self.namespaces = service.namespaces.map { wsdlNamespace in
            if let namespace, wsdlNamespace == service.targetNamespace { return namespace }
            return rebased(wsdlNamespace)
        }
    }

    /// Why `value` cannot be a namespace or soapAction (an empty soapAction is valid): both go into XML attributes
    /// and HTTP headers verbatim.
    private static func problem(inURI value: String) -> String? {
        if let bad = value.unicodeScalars.first(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\"" }) {
            let hex = String(bad.value, radix: 16, uppercase: true)
            return
                """
                must be a URI without spaces, control characters or quotes (found \
                U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))
                """
        }
        return nil
    }

    /// The soapAction to send for an operation whose WSDL soapAction is `wsdlSOAPAction`.
    public func soapAction(forWSDLAction wsdlSOAPAction: String) -> String {
        soapActionOverride ?? rebased(wsdlSOAPAction)
    }

    private func rebased(_ url: String) -> String {
        guard let wsdlOrigin else { return url }
        // Every call asks, so the common case is answered without parsing: the action starts with the WSDL's origin
        // spelled as `origin(of:)` spells it, followed by the path, query or fragment, or nothing.
        if url.utf8.starts(with: wsdlOrigin.utf8) {
            let rest = url.utf8.dropFirst(wsdlOrigin.utf8.count)
            if rest.first.map({ $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) ?? true
            {
                return wsdlOrigin == endpointOrigin ? url : endpointOrigin + String(Substring(rest))
            }
        }
        guard let parts = Self.split(url), parts.origin == wsdlOrigin else { return url }
        return endpointOrigin + parts.rest
    }

    /// `scheme://host[:port]`, lowercased, without user info or a default port; `nil` unless http(s).
    static func origin(of url: String) -> String? {
        split(url)?.origin
    }

    /// The lowercased host of an absolute http(s) URL (IPv6 literals keep their brackets); `nil` for anything else.
    package static func host(of url: String) -> String? {
        split(url)?.host
    }

    /// The origin of `url`, its host, and what follows its authority (path, query, fragment).
    private static func split(_ url: String) -> (origin: String, host: String, rest: Substring)? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon].lowercased()
        guard scheme == "http" || scheme == "https", url[colon...].hasPrefix("://") else { return nil }
        let afterScheme = url[url.index(colon, offsetBy: 3)...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        var host = afterScheme[..<authorityEnd]
        if let at = host.lastIndex(of: "@") {
            host = host[host.index(after: at)...]
        }
        var port: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return nil }
            let afterBracket = host[host.index(after: close)...]
            guard afterBracket.isEmpty || afterBracket.hasPrefix(":") else { return nil }
            if afterBracket.hasPrefix(":") { port = afterBracket.dropFirst() }
            host = host[...close]
        } else if let portColon = host.lastIndex(of: ":") {
            port = host[host.index(after: portColon)...]
            host = host[..<portColon]
        }
        // No URL has an empty host, `[]`, or whitespace, controls or these delimiters in its host; the host is
        // copied into XML attributes and the HTTP request line, so refuse them here.
        guard !host.isEmpty, host != "[]",
            host.unicodeScalars.allSatisfy({
                $0.value > 0x20 && $0.value != 0x7F && !"\"<>\\^`{|}".unicodeScalars.contains($0)
            })
        else { return nil }
        if let port, !port.allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
        let defaultPort = scheme == "https" ? "443" : "80"
        let portPart = port.map { $0.isEmpty || $0 == defaultPort ? "" : ":\($0)" } ?? ""
        let lowercasedHost = host.lowercased()
        return ("\(scheme)://\(lowercasedHost)\(portPart)", lowercasedHost, url[authorityEnd...])
    }
}
