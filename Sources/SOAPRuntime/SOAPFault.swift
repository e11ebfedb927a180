public import SOAPXML

/// A SOAP fault returned by the service, in SOAP 1.1 or 1.2 form.
public struct SOAPFault: Error, Sendable, Hashable, CustomStringConvertible {
    /// The SOAP version of the envelope the fault is in, which decides its form: `faultcode` and `faultstring`
    /// (1.1) or `Code/Value` and `Reason/Text` (1.2).
    public var soapVersion: SOAPVersion
    /// The fault code as written (`SOAP-ENV:Server`).
    public var code: String
    /// The fault code resolved against the document's namespaces, when its prefix is declared.
    public var resolvedCode: XMLTree.QualifiedName?
    /// `faultstring` (1.1) or the first `Reason/Text` (1.2).
    public var reason: String
    /// `faultactor` (1.1) or `Role` (1.2).
    public var actor: String?
    /// The `detail` (1.1) or `Detail` (1.2) element, as received.
    public var detail: XMLTree.Element?

    /// Makes a fault from its parts: for tests, and for services that answer with a fault through
    /// ``SOAPEnvelope/encode(_:)``.
    ///
    /// - Parameters:
    ///   - soapVersion: The SOAP version of the envelope the fault is in.
    ///   - code: The fault code as written, prefix included (`SOAP-ENV:Server`).
    ///   - resolvedCode: The fault code resolved against the document's namespaces; `nil` when its prefix is not
    ///     declared or there is no document.
    ///   - reason: `faultstring` (1.1) or the first `Reason/Text` (1.2).
    ///   - actor: `faultactor` (1.1) or `Role` (1.2), when there is one.
    ///   - detail: The `detail` (1.1) or `Detail` (1.2) element, when there is one.
    public init(
        soapVersion: SOAPVersion,
        code: String,
        resolvedCode: XMLTree.QualifiedName? = nil,
        reason: String,
        actor: String? = nil,
        detail: XMLTree.Element? = nil
    ) {
        self.soapVersion = soapVersion
        self.code = code
        self.resolvedCode = resolvedCode
        self.reason = reason
        self.actor = actor
        self.detail = detail
    }

    /// Reads a `Fault` element.
    init(fault: XMLTree.Element, version: SOAPVersion) {
        func child(_ element: XMLTree.Element, _ name: String) -> XMLTree.Element? {
            element.children.first { $0.localName == name }
        }
        switch version {
        case .soap11:
            let codeElement = child(fault, "faultcode")
            let code = codeElement?.text.trimmingXMLWhitespace() ?? ""
            self.init(
                soapVersion: version,
                code: code,
                resolvedCode: codeElement?.resolveQualifiedName(code),
                reason: child(fault, "faultstring")?.text ?? "",
                actor: child(fault, "faultactor")?.text,
                detail: child(fault, "detail")
            )
        case .soap12:
            let valueElement = child(fault, "Code").flatMap { child($0, "Value") }
            let code = valueElement?.text.trimmingXMLWhitespace() ?? ""
            self.init(
                soapVersion: version,
                code: code,
                resolvedCode: valueElement?.resolveQualifiedName(code),
                reason: child(fault, "Reason").flatMap { child($0, "Text") }?.text ?? "",
                actor: child(fault, "Role")?.text,
                detail: child(fault, "Detail")
            )
        }
    }

    /// `SOAP fault CODE: REASON`, quoting at most ``maximumDescribedLength`` characters of the code and of the
    /// reason: a server can send a fault of any size, and a description ends up in logs. ``reason`` keeps it whole.
    public var description: String {
        "SOAP fault \(Self.described(code)): \(Self.described(reason))"
    }

    /// The most characters of the code and of the reason that ``description`` quotes.
    public static let maximumDescribedLength = 2048

    private static func described(_ text: String) -> String {
        guard text.count > maximumDescribedLength else { return text }
        return String(text.prefix(maximumDescribedLength))
            + " … [cut: \(maximumDescribedLength) of \(text.count) characters]"
    }
}
