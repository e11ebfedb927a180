/// A parsed XML document as an immutable tree of elements.
///
/// Only what SOAP and WSDL processing needs is kept: elements with their namespace, attributes, in-scope
/// namespace declarations, character data and source line. Comments and processing instructions are dropped;
/// text and CDATA sections are merged into ``Element/text``.
public struct XMLTree: Sendable, Hashable {
    /// The document element.
    public var root: Element

    /// A tree with `root` as its document element, for building a document in code.
    public init(root: Element) {
        self.root = root
    }

    /// Parses a complete document held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The document's bytes.
    ///   - options: Limits and encoding; see ``XMLParsingOptions``.
    /// - Throws: ``XMLParsingError`` when the document is malformed, too large, too deep, has a DOCTYPE or is in an
    ///   encoding libxml2 cannot read.
    public init(parsing bytes: some Sequence<UInt8>, options: XMLParsingOptions = .init()) throws(XMLParsingError) {
        var parser = try XMLTreeParser(options: options)
        try parser.feed(bytes)
        self = try parser.finish()
    }
}

extension XMLTree {
    /// An element with its attributes, children and character data.
    public struct Element: Sendable, Hashable {
        /// The name without its prefix.
        public var localName: String
        /// The namespace URI, or `nil` when the element is unqualified.
        public var namespaceURI: String?
        /// The prefix used in the document (informational: namespaces, not prefixes, carry meaning).
        public var prefix: String?
        /// The attributes, in document order (namespace declarations are in ``namespaces``).
        public var attributes: [Attribute]
        /// The child elements, in document order.
        public var children: [Element]
        /// The character data directly inside this element (text and CDATA, concatenated).
        public var text: String
        /// The 1-based line the element starts on.
        public var line: Int
        /// The namespace declarations in scope at this element, prefix to URI (`""` for the default namespace).
        public var namespaces: [String: String]

        /// An element built in code; each parameter sets the property of the same name.
        public init(
            localName: String,
            namespaceURI: String? = nil,
            prefix: String? = nil,
            attributes: [Attribute] = [],
            children: [Element] = [],
            text: String = "",
            line: Int = 0,
            namespaces: [String: String] = [:]
        ) {
            self.localName = localName
            self.namespaceURI = namespaceURI
            self.prefix = prefix
            self.attributes = attributes
            self.children = children
            self.text = text
            self.line = line
            self.namespaces = namespaces
        }

        /// The value of the unqualified attribute `name`, if present.
        public func attribute(_ name: String) -> String? {
            attributes.first { $0.localName == name && $0.namespaceURI == nil }?.value
        }

        /// The value of the attribute `name` in namespace `namespaceURI`, if present.
        public func attribute(_ name: String, namespaceURI: String) -> String? {
            attributes.first { $0.localName == name && $0.namespaceURI == namespaceURI }?.value
        }

        /// Whether this element has the given namespace and local name.
        public func `is`(_ localName: String, in namespaceURI: String?) -> Bool {
            self.localName == localName && self.namespaceURI == namespaceURI
        }

        /// The child elements with the given namespace and local name.
        public func children(named localName: String, in namespaceURI: String?) -> [Element] {
            children.filter { $0.is(localName, in: namespaceURI) }
        }

        /// Resolves a qualified name written in the document (`tns:balance`, `string`) against the namespace
        /// declarations in scope here.
        ///
        /// - Returns: The namespace URI (or `nil` for an unprefixed name with no default namespace) and the
        ///   local name, or `nil` when the prefix is not declared.
        public func resolveQualifiedName(_ qualifiedName: String) -> QualifiedName? {
            let trimmed = qualifiedName.trimmingXMLWhitespace()
            if let colon = trimmed.firstIndex(of: ":") {
                let prefix = String(trimmed[..<colon])
                let localName = String(trimmed[trimmed.index(after: colon)...])
                guard !prefix.isEmpty, !localName.isEmpty, !localName.contains(":") else { return nil }
                // The `xml` prefix is bound by definition (Namespaces in XML 1.0, section 3) and never declared.
                let uri = prefix == "xml" ? "http://www.w3.org/XML/1998/namespace" : namespaces[prefix]
                guard let uri else { return nil }
                return QualifiedName(namespaceURI: uri, localName: localName)
            }
            guard !trimmed.isEmpty else { return nil }
            let uri = namespaces[""].flatMap { $0.isEmpty ? nil : $0 }
            return QualifiedName(namespaceURI: uri, localName: trimmed)
        }
    }

    /// An attribute of an element.
    public struct Attribute: Sendable, Hashable {
        /// The name without its prefix.
        public var localName: String
        /// The namespace URI, or `nil` for an unprefixed attribute.
        public var namespaceURI: String?
        /// The value, with entity and character references resolved.
        public var value: String

        /// An attribute built in code; each parameter sets the property of the same name.
        public init(localName: String, namespaceURI: String? = nil, value: String) {
            self.localName = localName
            self.namespaceURI = namespaceURI
            self.value = value
        }
    }

    /// A namespace URI and a local name.
    public struct QualifiedName: Sendable, Hashable, CustomStringConvertible {
        /// The namespace URI, or `nil` for a name in no namespace.
        public var namespaceURI: String?
        /// The name without its prefix.
        public var localName: String

        /// The name `localName` in `namespaceURI`.
        public init(namespaceURI: String?, localName: String) {
            self.namespaceURI = namespaceURI
            self.localName = localName
        }

        /// Clark notation: `{namespace}local`, or `local` without a namespace.
        public var description: String {
            namespaceURI.map { "{\($0)}\(localName)" } ?? localName
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing XML whitespace (space, tab, CR, LF).
    public func trimmingXMLWhitespace() -> String {
        // By bytes: XML whitespace is ASCII, so every index found is a character boundary, and most values have
        // nothing to trim.
        let isXMLWhitespace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = Substring(self).utf8
        guard let start = bytes.firstIndex(where: { !isXMLWhitespace($0) }) else { return "" }
        let end = bytes.lastIndex(where: { !isXMLWhitespace($0) })!
        if start == bytes.startIndex, bytes.index(after: end) == bytes.endIndex {
            return String(self)
        }
        return String(self[start...end])
    }
}
