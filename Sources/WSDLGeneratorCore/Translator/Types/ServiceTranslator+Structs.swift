/// Complex types as structs: the top-level ones, made once per declaration, and their fields.
extension ServiceTranslator {
    /// Makes the struct for `type` (its fields may refer back to it while it is in progress) and adds it to the
    /// namespace's types.
    mutating func appendTopLevelStruct(
        _ swiftName: String,
        qualifiedName: String,
        origin: String,
        bodyElement: GeneratedStruct.BodyElement?,
        of type: ComplexTypeDeclaration
    ) {
        inProgress.insert(qualifiedName)
        var nested: [GeneratedStruct] = []
        let fields = structFields(of: type, owner: qualifiedName, nested: &nested)
        inProgress.remove(qualifiedName)
        state.types.append(
            GeneratedStruct(
                swiftName: swiftName,
                qualifiedName: qualifiedName,
                origin: origin,
                bodyElement: bodyElement,
                fields: fields,
                nested: nested
            )
        )
    }

    mutating func namedStruct(_ name: QName, _ type: ComplexTypeDeclaration) -> String {
        if let existing = state.namedTypeStructs[name] { return existing }
        let swiftName = uniqueTopLevelName(
            SwiftNaming.typeName(name.localName),
            for: "complexType `\(name.localName)`",
            at: type.location
        )
        let qualifiedName = "\(namespaceName).\(swiftName)"
        state.namedTypeStructs[name] = qualifiedName
        appendTopLevelStruct(
            swiftName,
            qualifiedName: qualifiedName,
            origin: "complexType `\(name.localName)`",
            bodyElement: nil,
            of: type
        )
        return qualifiedName
    }

    /// The top-level struct for a global element with an anonymous complex type, named after the element.
    mutating func referencedElementStruct(_ element: ElementDeclaration, _ type: ComplexTypeDeclaration) -> String {
        if let existing = state.referencedElementStructs[element.name] ?? state.bodyStructs[element.name] {
            return existing
        }
        let swiftName = uniqueTopLevelName(
            SwiftNaming.typeName(element.name.localName),
            for: "element `\(element.name.localName)`",
            at: element.location
        )
        let qualifiedName = "\(namespaceName).\(swiftName)"
        state.referencedElementStructs[element.name] = qualifiedName
        appendTopLevelStruct(
            swiftName,
            qualifiedName: qualifiedName,
            origin: "the anonymous complexType of global element `\(element.name.localName)`",
            bodyElement: nil,
            of: type
        )
        return qualifiedName
    }

    mutating func structFields(
        of type: ComplexTypeDeclaration,
        owner: String,
        nested: inout [GeneratedStruct]
    ) -> [GeneratedField] {
        var fields: [GeneratedField] = []
        var propertyNames: Set<String> = []
        var nestedNames = Self.reservedTypeNames(namespaceName: namespaceName)
        var wireNames: Set<String> = []
        let typeDisplay = type.name.map { "complexType `\($0.localName)`" } ?? "anonymous complexType"
        guard let content = effectiveContent(of: type, display: typeDisplay, derivedFrom: []) else { return [] }
        if let text = content.text,
            let field = textField(
                text,
                of: typeDisplay,
                owner: owner,
                nested: &nested,
                nestedNames: &nestedNames,
                at: type.location
            )
        {
            propertyNames.insert(field.swiftName)
            fields.append(field)
        }
        var hasAny = false
        for element in content.elements {
            if case .any = element.declaration {
                // The children no other field takes are kept, in one field whatever the number of `any` particles.
                guard !hasAny else { continue }
                hasAny = true
                var propertyName = "anyElements"
                if propertyNames.contains(propertyName) { propertyName += "2" }
                propertyNames.insert(propertyName)
                fields.append(
                    GeneratedField(
                        wireName: "xsd:any",
                        swiftName: propertyName,
                        namespaceIndex: 0,
                        kind: .any,
                        occurrence: .repeated(minimum: element.minOccurs, maximum: element.maxOccurs),
                        notes: []
                    )
                )
                continue
            }
            if case .choice(let alternatives) = element.declaration {
                let choice = choiceField(
                    alternatives,
                    of: element,
                    owner: owner,
                    typeDisplay: typeDisplay,
                    nested: &nested,
                    nestedNames: &nestedNames,
                    wireNames: &wireNames,
                    propertyNames: &propertyNames
                )
                if let choice { fields.append(choice) }
                continue
            }
            guard let head = elementHead(element) else { continue }
            let (wireName, namespaceIndex, isNillable, valueConstraint) = (
                head.wireName, head.namespaceIndex, head.isNillable, head.valueConstraint
            )
            // Generated decoders match children by local name: two fields with one name cannot both be decoded.
            guard wireNames.insert(wireName).inserted else {
                diagnostics.error(
                    """
                    element `\(wireName)` occurs twice in \(typeDisplay); repeated element names in one type are \
                    not supported
                    """,
                    at: element.location
                )
                continue
            }
            guard
                let (kind, notes) = elementKind(
                    head,
                    owner: owner,
                    nested: &nested,
                    nestedNames: &nestedNames,
                    at: element.location
                )
            else { continue }

            if let valueConstraint, case .structure = kind {
                let attribute = if case .fixed = valueConstraint { "fixed" } else { "default" }
                diagnostics.error(
                    """
                    element `\(wireName)` has a `\(attribute)` value but a complex type; XML Schema allows it on \
                    simple content only
                    """,
                    at: element.location
                )
                continue
            }
            let occurrence: GeneratedField.Occurrence
            switch element.maxOccurs {
            case 1: occurrence = element.minOccurs == 0 ? .optional : .required
            default: occurrence = .repeated(minimum: element.minOccurs, maximum: element.maxOccurs)
            }

            // A single field of a type still being made closes a cycle: it is boxed (arrays need no box). A required
            // child of the type's own type admits no finite value, so that one is refused.
            var isIndirect = false
            if case .structure(let swiftType, _) = kind, inProgress.contains(swiftType), element.maxOccurs == 1 {
                if swiftType == owner, occurrence == .required, !isNillable {
                    diagnostics.error(
                        """
                        element `\(wireName)` is a required child of its own type, so no finite value exists; make \
                        it optional (minOccurs=\"0\")
                        """,
                        at: element.location
                    )
                    continue
                }
                isIndirect = true
            }
            var propertyName = SwiftNaming.propertyName(wireName)
            if Self.reservedMemberNames.contains(propertyName) {
                diagnostics.note(
                    """
                    element `\(wireName)` would be property `\(propertyName)`, which generated types declare \
                    themselves; it is generated as `\(propertyName)Element`
                    """,
                    at: element.location
                )
                propertyName += "Element"
            }
            propertyName = Self.uniqueName(propertyName, in: &propertyNames) { preferred, name in
                diagnostics.warning(
                    "element `\(wireName)` would be property `\(preferred)` twice; it is generated as `\(name)`",
                    at: element.location
                )
            }
            fields.append(
                GeneratedField(
                    wireName: wireName,
                    swiftName: propertyName,
                    namespaceIndex: namespaceIndex,
                    kind: kind,
                    occurrence: occurrence,
                    notes: notes,
                    isNillable: isNillable,
                    valueConstraint: valueConstraint,
                    isIndirect: isIndirect
                )
            )
        }
        var attributeNames: Set<String> = []
        for attribute in content.attributes {
            guard
                let field = attributeField(
                    attribute,
                    of: typeDisplay,
                    owner: owner,
                    nested: &nested,
                    nestedNames: &nestedNames,
                    propertyNames: &propertyNames
                )
            else {
                continue
            }
            guard attributeNames.insert(field.wireName).inserted else {
                diagnostics.error(
                    "attribute `\(field.wireName)` is declared twice in \(typeDisplay)",
                    at: attribute.location
                )
                continue
            }
            fields.append(field)
        }
        return fields
    }

    /// The text value of a type with simple content, as property `value`.
    private mutating func textField(
        _ type: TypeReference,
        of typeDisplay: String,
        owner: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        at location: SourceLocation
    ) -> GeneratedField? {
        guard
            let (kind, notes) = fieldKind(
                type,
                elementName: "value",
                owner: owner,
                nested: &nested,
                nestedNames: &nestedNames,
                at: location
            )
        else { return nil }
        guard case .scalar = kind else {
            diagnostics.error("the simple content of \(typeDisplay) has a complex type", at: location)
            return nil
        }
        return GeneratedField(
            wireName: "value",
            swiftName: "value",
            namespaceIndex: 0,
            kind: kind,
            occurrence: .required,
            notes: notes,
            placement: .text
        )
    }
}
