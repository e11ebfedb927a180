import SOAPXML

/// XML Schema: a schema's global declarations.
extension WSDLParser {
    /// What the declarations of one schema document share: its file, target namespace and form defaults.
    struct SchemaContext {
        var file: String
        var targetNamespace: String?
        var qualifiedElements: Bool
        var qualifiedAttributes: Bool
    }

    /// The XML Schema children among `children`, each with its location; `xsd:annotation`s, which change nothing
    /// generated, are left out.
    static func schemaChildren(_ children: [XMLTree.Element], in file: String) -> [(XMLTree.Element, SourceLocation)] {
        children.compactMap { child in
            guard child.namespaceURI == XMLNamespaces.xmlSchema, child.localName != "annotation" else { return nil }
            return (child, SourceLocation(file: file, line: child.line))
        }
    }

    /// The name of a global declaration, in the schema's target namespace; `nil`, with an error, when it has none.
    private func globalName(
        of declaration: XMLTree.Element,
        in targetNamespace: String?,
        at location: SourceLocation
    ) -> QName? {
        guard let name = declaration.attribute("name") else {
            diagnostics.error("a global `xsd:\(declaration.localName)` needs a name", at: location)
            return nil
        }
        return QName(namespaceURI: targetNamespace, localName: name)
    }

    /// The element or attribute a `ref` names; `nil`, with an error, when its prefix is not declared.
    func referencedName(_ reference: String, of element: XMLTree.Element, at location: SourceLocation) -> QName? {
        guard let name = element.resolveQualifiedName(reference) else {
            diagnostics.error("ref '\(reference)' uses an undeclared prefix", at: location)
            return nil
        }
        return name
    }

    /// A schema's global declarations, added to `set`; the schemas it imports or includes are read where it names
    /// them. A schema with no `targetNamespace` that is included takes the includer's (`chameleonNamespace`).
    mutating func parseSchema(
        _ schema: XMLTree.Element,
        file: String,
        key: String,
        chameleonNamespace: String?,
        into set: inout SchemaSet
    ) {
        let declared = schema.attribute("targetNamespace")
        let targetNamespace = declared ?? chameleonNamespace
        if let targetNamespace { set.namespaces.insert(targetNamespace) }
        let context = SchemaContext(
            file: file,
            targetNamespace: targetNamespace,
            qualifiedElements: schema.attribute("elementFormDefault") == "qualified",
            qualifiedAttributes: schema.attribute("attributeFormDefault") == "qualified"
        )
        for (child, location) in Self.schemaChildren(schema.children, in: file) {
            switch child.localName {
            case "element":
                guard let qname = globalName(of: child, in: targetNamespace, at: location) else { continue }
                let name = qname.localName
                var unsupported: [UnsupportedConstruct] = []
                for attribute in ["abstract", "substitutionGroup"] where child.attribute(attribute) != nil {
                    unsupported.append(
                        .init(message: "`\(attribute)` on element `\(name)` is not supported", location: location)
                    )
                }
                let type = parseElementType(child, name: name, context: context, unsupported: &unsupported)
                set.elements[qname] = ElementDeclaration(
                    name: qname,
                    type: type,
                    location: location,
                    unsupported: unsupported,
                    isNillable: child.attribute("nillable") == "true",
                    valueConstraint: valueConstraint(of: child, name: name, location: location)
                )
            case "complexType":
                guard let qname = globalName(of: child, in: targetNamespace, at: location) else { continue }
                set.complexTypes[qname] = parseComplexType(child, name: qname, context: context)
            case "simpleType":
                guard let qname = globalName(of: child, in: targetNamespace, at: location) else { continue }
                set.simpleTypes[qname] = parseSimpleType(child, name: qname, context: context)
            case "import":
                let namespace = child.attribute("namespace")
                if let schemaLocation = child.attribute("schemaLocation") {
                    loadSchema(
                        schemaLocation,
                        from: key,
                        at: location,
                        expectedNamespace: namespace,
                        chameleon: nil,
                        into: &set
                    )
                } else if let namespace {
                    importedNamespaces.append((namespace, location))
                }
            case "include":
                guard let schemaLocation = child.attribute("schemaLocation") else {
                    diagnostics.error("`xsd:include` needs a schemaLocation", at: location)
                    continue
                }
                loadSchema(
                    schemaLocation,
                    from: key,
                    at: location,
                    expectedNamespace: targetNamespace,
                    chameleon: targetNamespace,
                    into: &set
                )
            case "redefine", "override":
                diagnostics.error("`xsd:\(child.localName)` is not supported", at: location)
            case "attribute":
                guard let qname = globalName(of: child, in: targetNamespace, at: location) else { continue }
                let name = qname.localName
                set.attributes[qname] = AttributeDeclaration(
                    name: qname,
                    type: attributeType(child, name: name, context: context),
                    valueConstraint: valueConstraint(of: child, name: name, location: location),
                    location: location
                )
            case "attributeGroup":
                guard let qname = globalName(of: child, in: targetNamespace, at: location) else { continue }
                let name = qname.localName
                var content = ContentModel()
                parseContent(child.children, in: "attributeGroup `\(name)`", context: context, into: &content)
                // Particles cannot occur in an attribute group: any are reported with the rest where the group is used.
                for particle in content.elements {
                    content.unsupported.append(
                        .init(
                            message: "a particle in attributeGroup `\(name)` is not allowed",
                            location: particle.location
                        )
                    )
                }
                set.attributeGroups[qname] = AttributeGroupDeclaration(
                    name: qname,
                    attributes: content.attributes,
                    attributeGroups: content.attributeGroups,
                    location: location,
                    unsupported: content.unsupported
                )
            case "group", "notation":
                // Global declarations no element refers to change nothing; uses are reported where they occur.
                continue
            default:
                diagnostics.warning("unknown schema element `xsd:\(child.localName)` is ignored", at: location)
            }
        }
    }
}
