/// Attributes as fields, and attribute groups expanded.
extension ServiceTranslator {
    /// `attributes` and those of the attribute groups they name, groups expanded recursively.
    mutating func expandedAttributes(
        _ attributes: [AttributeUse],
        groups: [AttributeGroupReference],
        through visited: Set<QName>
    ) -> [AttributeUse] {
        var result = attributes
        for reference in groups {
            guard !visited.contains(reference.name) else {
                diagnostics.error("attributeGroup \(display(reference.name)) refers to itself", at: reference.location)
                continue
            }
            guard let group = definitions.schemas.attributeGroups[reference.name] else {
                diagnostics.error("attributeGroup \(display(reference.name)) is not defined", at: reference.location)
                continue
            }
            report(group.unsupported)
            result += expandedAttributes(
                group.attributes,
                groups: group.attributeGroups,
                through: visited.union([reference.name])
            )
        }
        return result
    }

    /// An attribute as a simple field: required or optional, with its default or fixed value.
    mutating func attributeField(
        _ attribute: AttributeUse,
        of typeDisplay: String,
        owner: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        propertyNames: inout Set<String>
    ) -> GeneratedField? {
        let name: String
        let namespaceURI: String?
        let type: TypeReference
        var valueConstraint = attribute.valueConstraint
        switch attribute.declaration {
        case .local(let localName, let namespace, let declared):
            (name, namespaceURI, type) = (localName, namespace, declared)
        case .reference(let reference):
            if reference.namespaceURI == XMLNamespaces.xml {
                diagnostics.error(
                    """
                    attribute `xml:\(reference.localName)` in \(typeDisplay) is not supported (the xml: prefix \
                    cannot be bound in the namespace table)
                    """,
                    at: attribute.location
                )
                return nil
            }
            guard let global = definitions.schemas.attributes[reference] else {
                diagnostics.error(
                    "attribute ref \(display(reference)) in \(typeDisplay) is not defined",
                    at: attribute.location
                )
                return nil
            }
            (name, namespaceURI, type) = (reference.localName, reference.namespaceURI, global.type)
            valueConstraint = valueConstraint ?? global.valueConstraint
        }
        guard
            let (kind, notes) = fieldKind(
                type,
                elementName: name,
                owner: owner,
                nested: &nested,
                nestedNames: &nestedNames,
                at: attribute.location
            )
        else { return nil }
        guard case .scalar = kind else {
            diagnostics.error(
                "attribute `\(name)` in \(typeDisplay) has a complex type; attributes are simple",
                at: attribute.location
            )
            return nil
        }
        var propertyName = SwiftNaming.propertyName(name)
        if Self.reservedMemberNames.contains(propertyName) {
            propertyName += "Attribute"
        }
        if propertyNames.contains(propertyName) {
            // An element and an attribute of one name are common (`id`): the attribute takes the suffix.
            var candidate = propertyName + "Attribute"
            var counter = 2
            while propertyNames.contains(candidate) {
                candidate = propertyName + "Attribute\(counter)"
                counter += 1
            }
            propertyName = candidate
        }
        propertyNames.insert(propertyName)
        return GeneratedField(
            wireName: name,
            swiftName: propertyName,
            namespaceIndex: namespaceURI.map { self.namespaceIndex(of: $0) } ?? 0,
            kind: kind,
            occurrence: attribute.use == .required ? .required : .optional,
            notes: notes,
            valueConstraint: valueConstraint,
            placement: .attribute(isQualified: namespaceURI != nil)
        )
    }
}
