import SOAPXML

/// A prefix-free rendering of an XML document, so envelopes from different SOAP stacks (PHP's `SOAP-ENV`/`ns1`,
/// zeep's `soap-env`/`ns0`) compare equal when they mean the same thing: every name is written as
/// `{namespace}local`, attributes are sorted, namespace declarations are dropped and text is kept exactly.
enum CanonicalXML {
    static func canonicalize(_ bytes: some Sequence<UInt8>) throws -> String {
        var output = ""
        write(try XMLTree(parsing: bytes).root, into: &output)
        return output
    }

    private static func write(_ element: XMLTree.Element, into output: inout String) {
        let name = element.namespaceURI.map { "{\($0)}\(element.localName)" } ?? element.localName
        output += "<" + name
        for attribute in element.attributes.sorted(by: { ($0.namespaceURI ?? "", $0.localName) < ($1.namespaceURI ?? "", $1.localName) }) {
            let attributeName = attribute.namespaceURI.map { "{\($0)}\(attribute.localName)" } ?? attribute.localName
            output += " \(attributeName)=\"\(escaped(attribute.value))\""
        }
        output += ">"
        if element.children.isEmpty {
            output += escaped(element.text)
        } else {
            // Element-only content: whitespace between elements carries no meaning for SOAP bodies.
            for child in element.children {
                write(child, into: &output)
            }
        }
        output += "</" + name + ">"
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
