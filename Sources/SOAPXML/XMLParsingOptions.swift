/// Limits and input settings for parsing a document.
///
/// The defaults suit SOAP messages and WSDL files: 1 MiB, 64 levels of nesting, encoding from the document.
public struct XMLParsingOptions: Sendable, Hashable {
    /// The largest document accepted, in bytes; enforced while bytes arrive, before they are buffered.
    public var maximumSize: Int
    /// The deepest element nesting accepted (at most 256, libxml2's own ceiling).
    public var maximumDepth: Int
    /// An IANA charset name (`windows-1251`, `koi8-r`) that overrides the XML declaration, as an HTTP
    /// `Content-Type` charset does; `nil` uses the declaration, or UTF-8.
    public var encoding: String?
    /// A name for the document in error messages (a file path or a URL).
    public var documentName: String?

    public init(maximumSize: Int = 1 << 20, maximumDepth: Int = 64, encoding: String? = nil, documentName: String? = nil) {
        self.maximumSize = maximumSize
        self.maximumDepth = maximumDepth
        self.encoding = encoding
        self.documentName = documentName
    }
}
