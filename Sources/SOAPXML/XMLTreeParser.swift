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
/// Parsing goes through libxml2 with a DOCTYPE refused, no entity expansion and no network access, in every encoding.
/// How the encoding is chosen is described under ``XMLParsingOptions``.
public struct XMLTreeParser: ~Copyable {
    private let handle: ParserHandle
    private let options: XMLParsingOptions
    private var receivedBytes = 0
    private var failure: XMLParsingError?

    /// Creates a parser.
    ///
    /// - Parameter options: Limits, the fallback encoding and the document's name.
    /// - Throws: ``XMLParsingError`` with kind ``XMLParsingError/Kind/outOfMemory`` when libxml2 cannot make a
    ///   parser. An unknown ``XMLParsingOptions/fallbackEncoding`` is reported by ``feed(_:)`` or ``finish()``, and
    ///   only for a document that names no encoding of its own.
    public init(options: XMLParsingOptions = .init()) throws(XMLParsingError) {
        let depth = UInt32(clamping: max(1, min(options.maximumDepth, 256)))
        guard
            let handle = ParserHandle(
                documentName: options.documentName,
                fallbackEncoding: options.fallbackEncoding,
                maximumDepth: depth
            )
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
        let result: XMLParsingError? =
            bytes.withContiguousStorageIfAvailable { buffer in
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

/// Owns one `soapxml_parser` and the builder its events go to; its pointers never leave this file.
private final class ParserHandle {
    private let parser: OpaquePointer
    private let builder: TreeBuilder

    init?(documentName: String?, fallbackEncoding: String?, maximumDepth: UInt32) {
        let builder = TreeBuilder()
        var handlers = soapxml_event_handlers(
            start_element: {
                context,
                localName,
                prefix,
                namespaceURI,
                namespaceCount,
                namespaces,
                attributeCount,
                attributes,
                line in
                TreeBuilder.of(context).start(
                    localName: localName,
                    prefix: prefix,
                    namespaceURI: namespaceURI,
                    namespaceCount: Int(namespaceCount),
                    namespaces: namespaces,
                    attributeCount: Int(attributeCount),
                    attributes: attributes,
                    line: line
                )
            },
            end_element: { context in
                TreeBuilder.of(context).end()
            },
            characters: { context, bytes, length, isCDATA in
                TreeBuilder.of(context).characters(bytes, length: length, isCDATA: isCDATA != 0)
            }
        )
        // The builder outlives the parser: this handle owns both and frees the parser first.
        let context = Unmanaged.passUnretained(builder).toOpaque()
        let created: OpaquePointer? = documentName.withOptionalCString { name in
            fallbackEncoding.withOptionalCString { fallbackEncoding in
                soapxml_parser_create(name, fallbackEncoding, maximumDepth, &handlers, context)
            }
        }
        guard let created else { return nil }
        parser = created
        self.builder = builder
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
        let message =
            soapxml_parser_error_message(parser).map { String(cString: $0) } ?? "the document is not well-formed"
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
        guard soapxml_parser_finish(parser) == SOAPXML_STATUS_OK, let root = builder.root else {
            throw error() ?? XMLParsingError(kind: .malformed, message: "the document is empty")
        }
        return XMLTree(root: root)
    }
}

/// Builds the tree from parser events: a stack of open elements, each completed element appended to its parent.
private final class TreeBuilder {
    private struct KnownString {
        var pointer: UnsafePointer<CChar>
        var string: String
    }

    /// The elements started and not yet ended, innermost last; each is built in place and moved into its parent
    /// when it ends.
    private var open: [XMLTree.Element] = []
    private(set) var root: XMLTree.Element?

    init() {
        // SOAP replies nest about five deep: room for eight spares the stack three reallocations per document.
        open.reserveCapacity(8)
    }
    /// Namespace URIs already converted, by the parser's interned pointer: each distinct namespace becomes a Swift
    /// string once per document.
    private var namespaceNames: [KnownString] = []

    static func of(_ context: UnsafeMutableRawPointer?) -> TreeBuilder {
        Unmanaged<TreeBuilder>.fromOpaque(context!).takeUnretainedValue()
    }

    func start(
        localName: UnsafePointer<CChar>,
        prefix: UnsafePointer<CChar>?,
        namespaceURI: UnsafePointer<CChar>?,
        namespaceCount: Int,
        namespaces declarations: UnsafePointer<UnsafePointer<CChar>?>?,
        attributeCount: Int,
        attributes events: UnsafePointer<soapxml_attribute_event>?,
        line: Int
    ) {
        // Read in place: `open.last?.namespaces` would copy the whole parent element to read one field of it.
        var namespaces = open.isEmpty ? [:] : open[open.count - 1].namespaces
        if let declarations {
            for index in 0..<namespaceCount {
                let declaredPrefix = declarations[2 * index].map { String(cString: $0) } ?? ""
                namespaces[declaredPrefix] = declarations[2 * index + 1].map(namespaceName) ?? ""
            }
        }
        var attributes: [XMLTree.Attribute] = []
        if let events, attributeCount > 0 {
            attributes.reserveCapacity(attributeCount)
            for index in 0..<attributeCount {
                let event = events[index]
                let raw = UnsafeRawBufferPointer(start: event.value, count: event.value_length)
                attributes.append(
                    XMLTree.Attribute(
                        localName: String(cString: event.local_name),
                        namespaceURI: event.namespace_uri.map(namespaceName),
                        value: String(decodingAmpersandsIn: raw)
                    )
                )
            }
        }
        open.append(
            XMLTree.Element(
                localName: String(cString: localName),
                namespaceURI: namespaceURI.map(namespaceName),
                prefix: prefix.map { String(cString: $0) },
                attributes: attributes,
                line: line,
                namespaces: namespaces
            )
        )
    }

    func end() {
        guard let finished = open.popLast() else { return }
        if open.isEmpty {
            root = finished
            return
        }
        let parent = open.count - 1
        // Most elements that have children have several: start with room for four rather than one.
        if open[parent].children.isEmpty {
            open[parent].children.reserveCapacity(4)
        }
        open[parent].children.append(finished)
    }

    func characters(_ bytes: UnsafePointer<CChar>, length: Int, isCDATA: Bool) {
        guard !open.isEmpty else { return }
        let text = String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
        open[open.count - 1].text += isCDATA ? text.normalizingLineEnds() : text
    }

    private func namespaceName(_ pointer: UnsafePointer<CChar>) -> String {
        if let known = namespaceNames.first(where: { $0.pointer == pointer }) {
            return known.string
        }
        let name = String(decodingAmpersandsIn: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
        namespaceNames.append(KnownString(pointer: pointer, string: name))
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
    /// An attribute value or namespace name as libxml2 reports it without entity substitution: an `&` (written
    /// `&amp;` or `&#38;` in the document) arrives as the five characters `&#38;`, while every other reference is
    /// already replaced. A raw `&` cannot occur in an attribute value, so every `&#38;` stands for one `&`.
    fileprivate init(decodingAmpersandsIn bytes: UnsafeRawBufferPointer) {
        let raw = String(decoding: bytes, as: UTF8.self)
        self = bytes.contains(UInt8(ascii: "&")) ? raw.replacing("&#38;", with: "&") : raw
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
