import SOAPXML

/// Attributes in a complex type or attribute group.
extension WSDLParser {
    /// `<attribute name=… type=…>` or `<attribute ref=…>` inside a complex type or attribute group.
    func parseAttributeUse(_ attribute: XMLTree.Element, in display: String, context: SchemaContext) -> AttributeUse? {
        let location = SourceLocation(file: context.file, line: attribute.line)
        let label = attribute.attribute("name") ?? attribute.attribute("ref") ?? "?"
        let use: AttributeUse.Use
        switch attribute.attribute("use") ?? "optional" {
        case "optional": use = .optional
        case "required": use = .required
        case "prohibited": use = .prohibited
        case let other:
            diagnostics.error(
                "use '\(other)' of attribute `\(label)` is not optional, required or prohibited",
                at: location
            )
            return nil
        }
        let declaration: AttributeUse.Declaration
        if let reference = attribute.attribute("ref") {
            guard let name = referencedName(reference, of: attribute, at: location) else { return nil }
            declaration = .reference(name)
        } else if let name = attribute.attribute("name") {
            let qualified = attribute.attribute("form").map { $0 == "qualified" } ?? context.qualifiedAttributes
            declaration = .local(
                name: name,
                namespaceURI: qualified ? context.targetNamespace : nil,
                type: attributeType(attribute, name: name, context: context)
            )
        } else {
            diagnostics.error("an `xsd:attribute` in \(display) needs a name or a ref", at: location)
            return nil
        }
        return AttributeUse(
            declaration: declaration,
            use: use,
            valueConstraint: valueConstraint(of: attribute, name: label, location: location),
            location: location
        )
    }

    /// An attribute's simple type: `type=`, an inline `simpleType`, or neither (`xsd:anySimpleType`, read as text).
    func attributeType(_ attribute: XMLTree.Element, name: String, context: SchemaContext) -> TypeReference {
        if let typeName = attribute.attribute("type") {
            guard let qname = attribute.resolveQualifiedName(typeName) else {
                diagnostics.error(
                    "type '\(typeName)' of attribute `\(name)` uses an undeclared prefix",
                    at: SourceLocation(file: context.file, line: attribute.line)
                )
                return .unspecified
            }
            return .named(qname)
        }
        if let inline = attribute.children.first(where: { $0.is("simpleType", in: XMLNamespaces.xmlSchema) }) {
            return .anonymousSimple(parseSimpleType(inline, name: nil, context: context))
        }
        return .named(QName(namespaceURI: XMLNamespaces.xmlSchema, localName: "anySimpleType"))
    }
}
