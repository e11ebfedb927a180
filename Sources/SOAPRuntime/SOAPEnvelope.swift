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
        var writer = SOAPXMLWriter(capacity: 512)
        let envelope = version.envelopePrefix
        writer.writeRaw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(envelope):Envelope xmlns:\(envelope)=\"")
        writer.writeAttributeValue(version.envelopeNamespace)
        writer.writeRaw("\"")
        for (offset, namespace) in namespaces.enumerated() {
            writer.writeRaw(" xmlns:ns\(offset + 1)=\"")
            writer.writeAttributeValue(namespace)
            writer.writeRaw("\"")
        }
        writer.writeRaw("><\(envelope):Body>")
        try writer.writeElement(type(of: body).elementName, namespaceIndex: type(of: body).namespaceIndex, value: body)
        writer.writeRaw("</\(envelope):Body></\(envelope):Envelope>\n")
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
    public static func decode<Body: SOAPBodyElement>(_ type: Body.Type, from tree: XMLTree) throws(SOAPEnvelopeError) -> Body {
        let element = try bodyElement(of: tree)
        guard element.localName == Body.elementName else {
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

    /// The single element inside `Body`, after checking the envelope and turning a fault into an error.
    public static func bodyElement(of tree: XMLTree) throws(SOAPEnvelopeError) -> XMLTree.Element {
        let root = tree.root
        let version: SOAPVersion
        if root.is("Envelope", in: SOAPVersion.soap11.envelopeNamespace) {
            version = .soap11
        } else if root.is("Envelope", in: SOAPVersion.soap12.envelopeNamespace) {
            version = .soap12
        } else {
            throw .notAnEnvelope(found: XMLTree.QualifiedName(namespaceURI: root.namespaceURI, localName: root.localName))
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
