public import SOAPXML

/// Writes and reads SOAP envelopes around a body element.
public enum SOAPEnvelope {
    /// Writes an envelope around `body` exactly as PHP's SoapClient does for a document/literal operation.
    ///
    /// - Parameters:
    ///   - body: The body element.
    ///   - version: SOAP 1.1 or 1.2.
    ///   - namespaces: The namespace table; entry *n* is declared as `ns`*n+1* on the `Envelope`.
    /// - Returns: The UTF-8 bytes of the whole document.
    /// - Throws: ``SOAPEncodingError`` naming the field whose text XML 1.0 cannot carry.
    public static func encode(
        _ body: some SOAPBodyElement,
        version: SOAPVersion,
        namespaces: [String]
    ) throws(SOAPEncodingError) -> [UInt8] {
        try encode(body, header: SOAPNoHeader?.none, version: version, namespaces: namespaces)
    }

    /// Writes an envelope around `body`, with `header`'s blocks in a `Header` before the `Body` as PHP's SoapClient
    /// writes `__setSoapHeaders`; no `Header` when `header` is `nil` or writes nothing.
    ///
    /// - Parameters:
    ///   - body: The body element.
    ///   - header: The header blocks (a generated operation's `InputHeader`).
    ///   - version: SOAP 1.1 or 1.2.
    ///   - namespaces: The namespace table; entry *n* is declared as `ns`*n+1* on the `Envelope`.
    /// - Returns: The UTF-8 bytes of the whole document.
    /// - Throws: ``SOAPEncodingError`` naming the field whose value cannot be sent.
    public static func encode<Header: SOAPElementEncodable>(
        _ body: some SOAPBodyElement,
        header: Header?,
        version: SOAPVersion,
        namespaces: [String]
    ) throws(SOAPEncodingError) -> [UInt8] {
        var writer = SOAPXMLWriter(capacity: 512)
        let envelope = version.envelopePrefix
        // Written piece by piece: interpolated strings would each be built, and allocated, first.
        writer.writeRaw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
        writer.writeRaw(envelope)
        writer.writeRaw(":Envelope xmlns:")
        writer.writeRaw(envelope)
        writer.writeRaw("=\"")
        writer.writeAttributeValue(version.envelopeNamespace)
        writer.writeRaw("\"")
        for (offset, namespace) in namespaces.enumerated() {
            writer.writeRaw(" xmlns:ns")
            writer.writeRaw(String(offset + 1))
            writer.writeRaw("=\"")
            writer.writeAttributeValue(namespace)
            writer.writeRaw("\"")
        }
        writer.writeRaw(">")
        if let header {
            try writer.writeHeader(header, envelopePrefix: envelope)
        }
        writer.writeRaw("<")
        writer.writeRaw(envelope)
        writer.writeRaw(":Body>")
        try writer.writeElement(type(of: body).elementName, namespaceIndex: type(of: body).namespaceIndex, value: body)
        writer.writeRaw("</")
        writer.writeRaw(envelope)
        writer.writeRaw(":Body></")
        writer.writeRaw(envelope)
        writer.writeRaw(":Envelope>\n")
        return writer.bytes
    }

    /// Writes a fault envelope as PHP's SoapServer does: `faultcode` and `faultstring` (SOAP 1.1), or
    /// `Code/Value` and `Reason/Text` (SOAP 1.2); `actor` when given. The detail is not written.
    ///
    /// - Parameter fault: The fault; its ``SOAPFault/code`` is written as is, so give it a prefix the envelope
    ///   declares (`SOAP-ENV:Client` in 1.1, `env:Sender` in 1.2).
    /// - Returns: The UTF-8 bytes of the whole document.
    public static func encode(_ fault: SOAPFault) -> [UInt8] {
        let version = fault.soapVersion
        let envelope = version.envelopePrefix
        var writer = SOAPXMLWriter(capacity: 384)
        writer.writeRaw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(envelope):Envelope xmlns:\(envelope)=\"")
        writer.writeAttributeValue(version.envelopeNamespace)
        writer.writeRaw("\"><\(envelope):Body><\(envelope):Fault>")
        // Fault texts come from the server itself; characters XML cannot carry are dropped rather than failing
        // the reply that reports a failure.
        func text(_ value: String) -> String {
            String(String.UnicodeScalarView(value.unicodeScalars.filter { XMLCharacterViolation.isAllowed($0) }))
        }
        switch version {
        case .soap11:
            writer.writeRaw("<faultcode>")
            try? writer.writeText(text(fault.code))
            writer.writeRaw("</faultcode><faultstring>")
            try? writer.writeText(text(fault.reason))
            writer.writeRaw("</faultstring>")
            if let actor = fault.actor {
                writer.writeRaw("<faultactor>")
                try? writer.writeText(text(actor))
                writer.writeRaw("</faultactor>")
            }
        case .soap12:
            writer.writeRaw("<\(envelope):Code><\(envelope):Value>")
            try? writer.writeText(text(fault.code))
            writer.writeRaw("</\(envelope):Value></\(envelope):Code><\(envelope):Reason><\(envelope):Text>")
            try? writer.writeText(text(fault.reason))
            writer.writeRaw("</\(envelope):Text></\(envelope):Reason>")
            if let actor = fault.actor {
                writer.writeRaw("<\(envelope):Role>")
                try? writer.writeText(text(actor))
                writer.writeRaw("</\(envelope):Role>")
            }
        }
        writer.writeRaw("</\(envelope):Fault></\(envelope):Body></\(envelope):Envelope>\n")
        return writer.bytes
    }

    /// Parses an envelope and decodes its body element.
    ///
    /// - Parameters:
    ///   - type: The expected body element.
    ///   - bytes: The whole message.
    ///   - options: Parsing limits; the defaults refuse documents over 1 MiB.
    /// - Throws: ``SOAPEnvelopeError``; a fault in the body is ``SOAPEnvelopeError/fault(_:)``.
    public static func decode<Body: SOAPBodyElement>(
        _ type: Body.Type,
        from bytes: some Sequence<UInt8>,
        options: XMLParsingOptions = .init()
    ) throws(SOAPEnvelopeError) -> Body {
        let tree: XMLTree
        do {
            tree = try XMLTree(parsing: bytes, options: options)
        } catch {
            throw .invalidXML(error)
        }
        return try decode(type, from: tree)
    }

    /// Decodes the body element of a parsed envelope.
    public static func decode<Body: SOAPBodyElement>(
        _ type: Body.Type,
        from tree: XMLTree
    ) throws(SOAPEnvelopeError) -> Body {
        let element = try bodyElement(of: tree)
        guard element.localName == Body.elementName || Body.acceptsAnyElementName else {
            throw .unexpectedBodyElement(
                expected: Body.elementName,
                found: XMLTree.QualifiedName(namespaceURI: element.namespaceURI, localName: element.localName)
            )
        }
        do {
            return try Body(decoding: element)
        } catch {
            throw .invalidBody(error)
        }
    }

    /// Decodes the `Header` blocks of a parsed envelope; a reply without a `Header` reads as an empty one.
    ///
    /// - Throws: ``SOAPEnvelopeError/Code/invalidHeader`` when the blocks do not match `type`'s schema (a header
    ///   block the type does not know is skipped).
    public static func decodeHeader<Header: SOAPElementDecodable>(
        _ type: Header.Type,
        from tree: XMLTree
    ) throws(SOAPEnvelopeError) -> Header {
        // A metatype comparison: most operations have no header, and nothing need be looked at for them.
        if Header.self == SOAPNoHeader.self, let none = SOAPNoHeader() as? Header { return none }
        let root = tree.root
        let header =
            root.children.first { $0.localName == "Header" && $0.namespaceURI == root.namespaceURI }
            ?? XMLTree.Element(localName: "Header", namespaceURI: root.namespaceURI, line: root.line)
        do {
            return try Header(decoding: header)
        } catch {
            throw .invalidHeader(error)
        }
    }

    /// The single element inside `Body`, after checking the envelope and turning a fault into an error.
    public static func bodyElement(of tree: XMLTree) throws(SOAPEnvelopeError) -> XMLTree.Element {
        let root = tree.root
        let version: SOAPVersion
        if root.is("Envelope", in: SOAPVersion.soap11.envelopeNamespace) {
            version = .soap11
        } else if root.is("Envelope", in: SOAPVersion.soap12.envelopeNamespace) {
            version = .soap12
        } else {
            throw .notAnEnvelope(
                found: XMLTree.QualifiedName(namespaceURI: root.namespaceURI, localName: root.localName)
            )
        }
        guard let body = root.children.first(where: { $0.is("Body", in: version.envelopeNamespace) }),
            let element = body.children.first
        else {
            throw .missingBody
        }
        if element.is("Fault", in: version.envelopeNamespace) {
            throw .fault(SOAPFault(fault: element, version: version))
        }
        return element
    }
}
