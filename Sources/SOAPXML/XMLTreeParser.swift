import CSOAPXML
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An incremental parser that builds an ``XMLTree`` from bytes as they arrive.
///
/// The size limit is checked on every ``feed(_:)``, so an oversized body is refused before it is buffered.
/// Parsing goes through libxml2 with a DOCTYPE refused, no entity expansion and no network access.
public struct XMLTreeParser: ~Copyable {
    private let handle: ParserHandle
    private let options: XMLParsingOptions
    private var receivedBytes = 0
    private var failure: XMLParsingError?

    /// Creates a parser.
    ///
    /// - Throws: ``XMLParsingError`` with kind ``XMLParsingError/Kind/unsupportedEncoding`` when
    ///   `options.encoding` is unknown, or ``XMLParsingError/Kind/outOfMemory``.
    public init(options: XMLParsingOptions = .init()) throws(XMLParsingError) {
        let depth = UInt32(clamping: max(1, min(options.maximumDepth, 256)))
        guard let handle = ParserHandle(documentName: options.documentName, encoding: options.encoding, maximumDepth: depth)
        else {
            throw XMLParsingError(kind: .outOfMemory, message: "could not create an XML parser")
        }
        if let error = handle.error() {
            throw error
        }
        self.handle = handle
        self.options = options
    }

    /// Feeds the next bytes of the document.
    ///
    /// - Throws: ``XMLParsingError`` as soon as the document is known to be bad or too large.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(XMLParsingError) {
        if let failure { throw failure }
        let result: XMLParsingError? = bytes.withContiguousStorageIfAvailable { buffer in
            feedContiguous(UnsafeRawBufferPointer(buffer))
        } ?? Array(bytes).withUnsafeBytes { feedContiguous($0) }
        if let result {
            failure = result
            throw result
        }
    }

    private mutating func feedContiguous(_ buffer: UnsafeRawBufferPointer) -> XMLParsingError? {
        receivedBytes += buffer.count
        if receivedBytes > options.maximumSize {
            return XMLParsingError(
                kind: .tooLarge,
                message: "the document is larger than the limit of \(options.maximumSize) bytes"
            )
        }
        return handle.feed(buffer)
    }

    /// Ends the input and returns the tree.
    ///
    /// - Throws: ``XMLParsingError`` when the document is incomplete or bad.
    public consuming func finish() throws(XMLParsingError) -> XMLTree {
        if let failure { throw failure }
        return try handle.finish()
    }
}

/// Owns one `soapxml_parser`; its pointers never leave this file.
private final class ParserHandle {
    private let parser: OpaquePointer

    init?(documentName: String?, encoding: String?, maximumDepth: UInt32) {
        let created: OpaquePointer? = documentName.withOptionalCString { name in
            encoding.withOptionalCString { encoding in
                soapxml_parser_create(name, encoding, maximumDepth)
            }
        }
        guard let created else { return nil }
        parser = created
    }

    deinit {
        soapxml_parser_free(parser)
    }

    func error() -> XMLParsingError? {
        let status = soapxml_parser_status(parser)
        guard status != SOAPXML_STATUS_OK else { return nil }
        let kind: XMLParsingError.Kind
        switch status {
        case SOAPXML_STATUS_DOCTYPE_FORBIDDEN: kind = .doctypeForbidden
        case SOAPXML_STATUS_TOO_DEEP: kind = .tooDeep
        case SOAPXML_STATUS_OUT_OF_MEMORY: kind = .outOfMemory
        case SOAPXML_STATUS_UNSUPPORTED_ENCODING: kind = .unsupportedEncoding
        default: kind = .malformed
        }
        let message = soapxml_parser_error_message(parser).map { String(cString: $0) } ?? "the document is not well-formed"
        return XMLParsingError(
            kind: kind,
            message: message,
            line: Int(soapxml_parser_error_line(parser)),
            column: Int(soapxml_parser_error_column(parser))
        )
    }

    func feed(_ buffer: UnsafeRawBufferPointer) -> XMLParsingError? {
        guard buffer.count > 0 else { return nil }
        soapxml_parser_feed(parser, buffer.baseAddress, buffer.count)
        return error()
    }

    func finish() throws(XMLParsingError) -> XMLTree {
        guard let document = soapxml_parser_finish(parser) else {
            throw error() ?? XMLParsingError(kind: .malformed, message: "the document is empty")
        }
        let owner = DocumentHandle(document)
        guard let root = owner.rootElement() else {
            throw XMLParsingError(kind: .malformed, message: "the document has no root element")
        }
        return XMLTree(root: root)
    }
}

/// Owns one `soapxml_document` while it is copied into Swift values.
private final class DocumentHandle {
    private let document: OpaquePointer
    /// Namespace names already converted, by libxml2's pointer: every element in a namespace shares one `href`,
    /// so each distinct namespace becomes a Swift string once per document.
    private var namespaceNames: [KnownNamespace] = []

    private struct KnownNamespace {
        var pointer: UnsafePointer<CChar>
        var name: String
    }

    init(_ document: OpaquePointer) {
        self.document = document
    }

    deinit {
        soapxml_document_free(document)
    }

    func rootElement() -> XMLTree.Element? {
        guard let root = soapxml_document_root(document) else { return nil }
        return element(from: root, inheriting: [:])
    }

    private func element(from node: OpaquePointer, inheriting inherited: [String: String]) -> XMLTree.Element {
        var namespaces = inherited
        var declaration = soapxml_node_first_namespace_declaration(node)
        while let current = declaration {
            let prefix = soapxml_namespace_prefix(current).map { String(cString: $0) } ?? ""
            namespaces[prefix] = soapxml_namespace_uri(current).map(namespaceName) ?? ""
            declaration = soapxml_namespace_next(current)
        }

        var attributes: [XMLTree.Attribute] = []
        var attribute = soapxml_node_first_attribute(node)
        while let current = attribute {
            attributes.append(
                XMLTree.Attribute(
                    localName: String(cString: soapxml_attribute_local_name(current)!),
                    namespaceURI: soapxml_attribute_namespace_uri(current).map(namespaceName),
                    value: soapxml_attribute_value(current).map { String(cString: $0) } ?? ""
                )
            )
            attribute = soapxml_attribute_next(current)
        }

        var elementCount = 0
        var child = soapxml_node_first_child(node)
        while let current = child {
            if soapxml_node_get_kind(current) == SOAPXML_NODE_ELEMENT { elementCount += 1 }
            child = soapxml_node_next_sibling(current)
        }
        var children: [XMLTree.Element] = []
        children.reserveCapacity(elementCount)
        var text = ""
        child = soapxml_node_first_child(node)
        while let current = child {
            switch soapxml_node_get_kind(current) {
            case SOAPXML_NODE_ELEMENT:
                children.append(element(from: current, inheriting: namespaces))
            case SOAPXML_NODE_TEXT:
                if let content = soapxml_node_text(current) {
                    text += String(cString: content)
                }
            case SOAPXML_NODE_CDATA:
                if let content = soapxml_node_text(current) {
                    text += String(cString: content).normalizingLineEnds()
                }
            default:
                break
            }
            child = soapxml_node_next_sibling(current)
        }

        return XMLTree.Element(
            localName: String(cString: soapxml_node_local_name(node)!),
            namespaceURI: soapxml_node_namespace_uri(node).map(namespaceName),
            prefix: soapxml_node_prefix(node).map { String(cString: $0) },
            attributes: attributes,
            children: children,
            text: text,
            line: Int(soapxml_node_line(node)),
            namespaces: namespaces
        )
    }

    private func namespaceName(_ pointer: UnsafePointer<CChar>) -> String {
        if let known = namespaceNames.first(where: { $0.pointer == pointer }) {
            return known.name
        }
        let name = String(namespaceName: pointer)
        namespaceNames.append(KnownNamespace(pointer: pointer, name: name))
        return name
    }
}

extension Optional<String> {
    fileprivate func withOptionalCString<Result>(_ body: (UnsafePointer<CChar>?) -> Result) -> Result {
        switch self {
        case .some(let string): string.withCString { body($0) }
        case .none: body(nil)
        }
    }
}

extension String {
    /// A namespace name as libxml2 stores it. Without entity substitution libxml2 keeps `&amp;` and `&#38;` in an
    /// `xmlns` value as the five characters `&#38;` (so a tree can be written back), and, unlike ordinary
    /// attributes, SAX2 never decodes namespace declarations. A raw `&` cannot occur in an attribute value, so
    /// every `&#38;` stands for one `&`.
    fileprivate init(namespaceName pointer: UnsafePointer<CChar>) {
        let raw = String(cString: pointer)
        guard strchr(pointer, 0x26) != nil else {
            self = raw
            return
        }
        self = raw.replacing("&#38;", with: "&")
    }

    /// CR LF and lone CR as LF (XML 1.0 section 2.11). libxml2's push parser hands CDATA sections over raw,
    /// and a CR in one is always literal, since references are not recognised inside CDATA.
    fileprivate func normalizingLineEnds() -> String {
        guard utf8.contains(0x0D) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var afterCR = false
        for byte in utf8 {
            if byte == 0x0A && afterCR {
                afterCR = false
                continue
            }
            afterCR = byte == 0x0D
            bytes.append(afterCR ? 0x0A : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
