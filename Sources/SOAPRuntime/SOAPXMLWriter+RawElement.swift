public import SOAPXML

extension SOAPXMLWriter {
    /// Writes an element kept as XML (an `xsd:any` child): its name, attributes, text and children, with the
    /// namespace declarations it had in scope, so names and QName-valued content keep their meaning wherever it is
    /// written. Character data comes before the children (mixed content is not kept in order).
    ///
    /// - Throws: ``SOAPEncodingError`` when its text or an attribute holds characters XML 1.0 cannot carry.
    @_spi(Generated) public mutating func writeRawElement(_ element: XMLTree.Element) throws(SOAPEncodingError) {
        try writeRawElement(element, inScope: [:])
    }

    private mutating func writeRawElement(
        _ element: XMLTree.Element,
        inScope: [String: String]
    ) throws(SOAPEncodingError) {
        let name = element.prefix.map { "\($0):\(element.localName)" } ?? element.localName
        writeRaw("<" + name)
        // Declare what the element's scope adds to or changes from the scope it is written in, in a stable order.
        var scope = element.namespaces
        if element.namespaceURI == nil, element.prefix == nil, let inherited = inScope[""], !inherited.isEmpty {
            scope[""] = ""
        }
        if let namespace = element.namespaceURI {
            scope[element.prefix ?? ""] = namespace
        }
        for (prefix, uri) in scope.sorted(by: { $0.key < $1.key }) where inScope[prefix] != uri {
            if prefix.isEmpty, uri.isEmpty, inScope[""] == nil { continue }
            writeRaw(prefix.isEmpty ? " xmlns=\"" : " xmlns:\(prefix)=\"")
            writeAttributeValue(uri)
            writeRaw("\"")
        }
        for (index, attribute) in element.attributes.enumerated() {
            let attributeName: String
            if let namespace = attribute.namespaceURI {
                if namespace == "http://www.w3.org/XML/1998/namespace" {
                    attributeName = "xml:" + attribute.localName
                } else if let prefix = scope.first(where: { !$0.key.isEmpty && $0.value == namespace })?.key {
                    attributeName = "\(prefix):\(attribute.localName)"
                } else {
                    // Only an element built by hand lacks a prefix for its attribute's namespace.
                    writeRaw(" xmlns:a\(index)=\"")
                    writeAttributeValue(namespace)
                    writeRaw("\"")
                    attributeName = "a\(index):" + attribute.localName
                }
            } else {
                attributeName = attribute.localName
            }
            writeRaw(" \(attributeName)=\"")
            try checkAttribute(attribute.value, of: name)
            writeAttributeValue(attribute.value)
            writeRaw("\"")
        }
        writeRaw(">")
        try writeText(element.text)
        for child in element.children {
            try writeRawElement(child, inScope: scope)
        }
        writeRaw("</\(name)>")
    }

    /// Attribute values go through the same check as text: XML 1.0 cannot carry NUL and most C0 controls.
    private func checkAttribute(_ value: String, of element: String) throws(SOAPEncodingError) {
        var probe = SOAPXMLWriter(capacity: 0)
        do {
            try probe.writeText(value)
        } catch {
            throw SOAPEncodingError(path: element, rule: "an attribute value " + error.rule)
        }
    }
}
