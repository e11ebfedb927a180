/// Limits and input settings for parsing a document.
///
/// The defaults suit SOAP messages and WSDL files: 1 MiB, 64 levels of nesting, encoding from the document.
///
/// ## Character encoding
///
/// A document's encoding is the first of these (XML 1.0 Appendix F, in the order libxml2 applies it):
/// 1. a byte-order mark: UTF-8, UTF-16LE or UTF-16BE;
/// 2. the `encoding` of the XML declaration, read in the family libxml2 recognises from the first bytes when there is
///    no mark (UTF-16 from `<?`, UTF-32 from `<`, EBCDIC from `<?xm`); that family alone decides when the
///    declaration names no encoding;
/// 3. ``fallbackEncoding``, typically the HTTP `Content-Type` charset;
/// 4. UTF-8.
///
/// libxml2 2.9 reads UTF-32 only big-endian, without a mark, and reliably only when the document is parsed in one
/// piece (``XMLTree/init(parsing:options:)``).
///
/// Where a byte-order mark or a declaration disagrees with ``fallbackEncoding``, the document wins. PHP's
/// `SoapClient` and zeep read a reply by steps 1, 2 and 4 alone and ignore the HTTP charset, so step 3 only reads
/// replies they refuse (windows-1251 without a declaration, labelled `charset=windows-1251`). RFC 7303 would put an
/// HTTP charset before the declaration; servers that label every reply `charset=utf-8`, whatever it holds, are why
/// the document is trusted first.
public struct XMLParsingOptions: Sendable, Hashable {
    /// The largest document accepted, in bytes; enforced while bytes arrive, before they are buffered.
    public var maximumSize: Int
    /// The deepest element nesting accepted (at most 256, libxml2's own ceiling).
    public var maximumDepth: Int
    /// An IANA charset name (`windows-1251`, `koi8-r`, `utf-16le`), typically an HTTP `Content-Type` charset, used
    /// only for a document that names no encoding of its own: no byte-order mark, no `encoding` in its XML
    /// declaration, and first bytes libxml2 does not recognise as UTF-16, UTF-32 or EBCDIC. `nil` reads such a
    /// document as UTF-8.
    ///
    /// An unknown name fails the parse with ``XMLParsingError/Kind/unsupportedEncoding`` only when it would be used.
    public var fallbackEncoding: String?
    /// A name for the document in error messages (a file path or a URL).
    public var documentName: String?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - maximumSize: The largest document accepted, in bytes.
    ///   - maximumDepth: The deepest element nesting accepted (at most 256).
    ///   - fallbackEncoding: The charset for a document that names no encoding of its own (see
    ///     ``fallbackEncoding``); `nil` means UTF-8.
    ///   - documentName: A name for the document in error messages.
    public init(
        maximumSize: Int = 1 << 20,
        maximumDepth: Int = 64,
        fallbackEncoding: String? = nil,
        documentName: String? = nil
    ) {
        self.maximumSize = maximumSize
        self.maximumDepth = maximumDepth
        self.fallbackEncoding = fallbackEncoding
        self.documentName = documentName
    }
}
