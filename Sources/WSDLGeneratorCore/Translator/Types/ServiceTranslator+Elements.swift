/// Elements as fields: what a local element or a `ref` declares, its Swift type, and `xsd:choice`s.
extension ServiceTranslator {
    /// An element's name, namespace and what its declaration says, through `ref` to the global element.
    struct ElementHead {
        var wireName: String
        var namespaceIndex: Int
        var typeReference: TypeReference
        /// The struct of a referenced global element with an anonymous complex type.
        var referenced: GeneratedField.Kind?
        var isNillable: Bool
        var valueConstraint: ValueConstraint?
    }

    mutating func elementHead(_ element: LocalElement) -> ElementHead? {
        switch element.declaration {
        case .local(let name, let namespaceURI, let type):
            return ElementHead(
                wireName: name,
                namespaceIndex: namespaceURI.map { self.namespaceIndex(of: $0) } ?? 0,
                typeReference: type,
                referenced: nil,
                isNillable: element.isNillable,
                valueConstraint: element.valueConstraint
            )
        case .reference(let name):
            guard let global = definitions.schemas.elements[name] else {
                diagnostics.error("element ref \(display(name)) is not defined", at: element.location)
                return nil
            }
            report(global.unsupported)
            var referenced: GeneratedField.Kind?
            if case .anonymousComplex(let anonymous) = global.type {
                // One struct per global element, made once: an element that refers to itself (directly or
                // through others) ends at the struct being made instead of recursing without end.
                referenced = .structure(
                    swiftType: referencedElementStruct(global, anonymous),
                    schemaType: "element \(display(name))"
                )
            }
            return ElementHead(
                wireName: name.localName,
                namespaceIndex: name.namespaceURI.map { self.namespaceIndex(of: $0) } ?? 0,
                typeReference: global.type,
                referenced: referenced,
                isNillable: global.isNillable,
                valueConstraint: global.valueConstraint
            )
        case .choice, .any:
            return nil
        }
    }

    mutating func elementKind(
        _ head: ElementHead,
        owner: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        at location: SourceLocation
    ) -> (GeneratedField.Kind, [String])? {
        if let referenced = head.referenced { return (referenced, []) }
        return fieldKind(
            head.typeReference,
            elementName: head.wireName,
            owner: owner,
            nested: &nested,
            nestedNames: &nestedNames,
            at: location
        )
    }

    mutating func fieldKind(
        _ reference: TypeReference,
        elementName: String,
        owner: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        at location: SourceLocation
    ) -> (GeneratedField.Kind, [String])? {
        switch reference {
        case .named(let name):
            if name.namespaceURI == XMLNamespaces.xmlSchema {
                guard let builtin = BuiltinSimpleType.swiftType(forXSD: name.localName) else {
                    let reason =
                        name.localName == "anyType"
                        ? "xsd:anyType is not supported" : "xsd:\(name.localName) is not an XML Schema built-in type"
                    diagnostics.error("element `\(elementName)`: \(reason)", at: location)
                    return nil
                }
                return (.scalar(swiftType: builtin, schemaType: "xsd:\(name.localName)"), [])
            }
            if let complexType = definitions.schemas.complexTypes[name] {
                return (.structure(swiftType: namedStruct(name, complexType), schemaType: display(name)), [])
            }
            if let simpleType = definitions.schemas.simpleTypes[name] {
                guard let (swiftType, facets) = resolveSimpleType(simpleType, depth: 0) else { return nil }
                if let enumeration = enumeration(
                    swiftType,
                    facets,
                    named: name,
                    preferredName: SwiftNaming.typeName(name.localName),
                    at: simpleType.location
                ) {
                    return (.scalar(swiftType: enumeration, schemaType: display(name)), [])
                }
                return (.scalar(swiftType: swiftType, schemaType: display(name)), facets)
            }
            diagnostics.error("type \(display(name)) of element `\(elementName)` is not defined", at: location)
            return nil
        case .anonymousComplex(let type):
            let swiftName = Self.uniqueName(SwiftNaming.typeName(elementName), in: &nestedNames)
            let qualifiedName = "\(owner).\(swiftName)"
            var inner: [GeneratedStruct] = []
            inProgress.insert(qualifiedName)
            let fields = structFields(of: type, owner: qualifiedName, nested: &inner)
            inProgress.remove(qualifiedName)
            nested.append(
                GeneratedStruct(
                    swiftName: swiftName,
                    qualifiedName: qualifiedName,
                    origin: "the anonymous complexType of element `\(elementName)`",
                    bodyElement: nil,
                    fields: fields,
                    nested: inner
                )
            )
            return (.structure(swiftType: qualifiedName, schemaType: "anonymous complexType"), [])
        case .anonymousSimple(let type):
            guard let (swiftType, facets) = resolveSimpleType(type, depth: 0) else { return nil }
            let schemaType = type.base.map(display) ?? "anonymous simpleType"
            if let enumeration = enumeration(
                swiftType,
                facets,
                named: nil,
                preferredName: SwiftNaming.typeName(elementName),
                at: type.location
            ) {
                return (.scalar(swiftType: enumeration, schemaType: schemaType), [])
            }
            return (.scalar(swiftType: swiftType, schemaType: schemaType), facets)
        case .unspecified:
            diagnostics.error("element `\(elementName)` has no type; xsd:anyType is not supported", at: location)
            return nil
        }
    }

    /// An `xsd:choice` as one field: an enum nested in the owner with a case per element, optional when the choice
    /// may be absent.
    mutating func choiceField(
        _ alternatives: [LocalElement],
        of choice: LocalElement,
        owner: String,
        typeDisplay: String,
        nested: inout [GeneratedStruct],
        nestedNames: inout Set<String>,
        wireNames: inout Set<String>,
        propertyNames: inout Set<String>
    ) -> GeneratedField? {
        var cases: [GeneratedField.Alternative] = []
        var caseNames: Set<String> = []
        for alternative in alternatives {
            guard let head = elementHead(alternative) else { continue }
            guard wireNames.insert(head.wireName).inserted else {
                diagnostics.error(
                    """
                    element `\(head.wireName)` occurs twice in \(typeDisplay); repeated element names in one type \
                    are not supported
                    """,
                    at: alternative.location
                )
                continue
            }
            if head.isNillable || head.valueConstraint != nil {
                diagnostics.error(
                    """
                    element `\(head.wireName)` of a `xsd:choice` is nillable or has a default or fixed value, \
                    which is not supported
                    """,
                    at: alternative.location
                )
                continue
            }
            guard
                let (kind, _) = elementKind(
                    head,
                    owner: owner,
                    nested: &nested,
                    nestedNames: &nestedNames,
                    at: alternative.location
                )
            else { continue }
            let caseName = Self.uniqueName(SwiftNaming.propertyName(head.wireName), in: &caseNames)
            var isIndirect = false
            if case .structure(let swiftType, _) = kind, inProgress.contains(swiftType) { isIndirect = true }
            cases.append(
                .init(
                    wireName: head.wireName,
                    caseName: caseName,
                    namespaceIndex: head.namespaceIndex,
                    kind: kind,
                    isIndirect: isIndirect
                )
            )
        }
        guard !cases.isEmpty else { return nil }
        let enumName = Self.uniqueName("Choice", in: &nestedNames)
        let propertyName = Self.uniqueName("choice", in: &propertyNames)
        return GeneratedField(
            wireName: cases.map(\.wireName).joined(separator: " | "),
            swiftName: propertyName,
            namespaceIndex: 0,
            kind: .choice(swiftType: "\(owner).\(enumName)", alternatives: cases),
            occurrence: choice.minOccurs == 0 ? .optional : .required,
            notes: []
        )
    }
}
