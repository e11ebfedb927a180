/// Simple types: restrictions and lists down to a built-in type, and string enumerations.
extension ServiceTranslator {
    /// The enum for a string type restricted to listed values, made once per named type; `nil` when the type lists
    /// none or is not a string (enumerations of numbers keep their number type, the values in its documentation).
    mutating func enumeration(
        _ swiftType: String,
        _ facets: [String],
        named name: QName?,
        preferredName: String,
        at location: SourceLocation
    ) -> String? {
        let prefix = "enumeration="
        let values = facets.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        guard swiftType == "Swift.String", !values.isEmpty else { return nil }
        if let name, let existing = state.namedEnumerations[name] { return existing }
        let swiftName = uniqueTopLevelName(
            preferredName,
            for: name.map { "simpleType `\($0.localName)`" } ?? "the enumeration of `\(preferredName)`",
            at: location
        )
        let qualifiedName = "\(namespaceName).\(swiftName)"
        var used: Set<String> = []
        var cases: [GeneratedEnumeration.Case] = []
        for value in values where !cases.contains(where: { $0.wireValue == value }) {
            var caseName = SwiftNaming.caseName(value) ?? (value.isEmpty ? "empty" : "value")
            if caseName == "unknown" { caseName = "unknownValue" }
            caseName = Self.uniqueName(caseName, in: &used)
            cases.append(.init(swiftName: caseName, wireValue: value))
        }
        if let name { state.namedEnumerations[name] = qualifiedName }
        state.enumerations.append(
            GeneratedEnumeration(
                swiftName: swiftName,
                qualifiedName: qualifiedName,
                origin: name.map { "simpleType `\($0.localName)`" }
                    ?? "the anonymous simpleType of element `\(preferredName)`",
                cases: cases,
                unknownCaseName: "unknown"
            )
        )
        return qualifiedName
    }

    /// Follows restrictions down to a built-in type; facets are kept for documentation.
    mutating func resolveSimpleType(_ type: SimpleTypeDeclaration, depth: Int) -> (String, [String])? {
        report(type.unsupported)
        guard type.unsupported.isEmpty else { return nil }
        if let item = type.listItemType {
            // A list is an array of its item type, written separated by spaces (SOAPScalar's Array conformance).
            if item.namespaceURI == XMLNamespaces.xmlSchema,
                let swiftType = BuiltinSimpleType.swiftType(forXSD: item.localName)
            {
                return ("[\(swiftType)]", ["list of xsd:\(item.localName)"] + type.facets)
            }
            guard depth < 32, let itemType = definitions.schemas.simpleTypes[item], itemType.listItemType == nil,
                let (swiftType, facets) = resolveSimpleType(itemType, depth: depth + 1)
            else {
                report([
                    .init(
                        message: "list item type \(display(item)) is not a defined simple type other than a list",
                        location: type.location
                    )
                ])
                return nil
            }
            if let enumeration = enumeration(
                swiftType,
                facets,
                named: item,
                preferredName: SwiftNaming.typeName(item.localName),
                at: itemType.location
            ) {
                return ("[\(enumeration)]", ["list of \(display(item))"] + type.facets)
            }
            return ("[\(swiftType)]", ["list of \(display(item))"] + facets + type.facets)
        }
        guard let base = type.base else { return nil }
        if base.namespaceURI == XMLNamespaces.xmlSchema {
            guard let swiftType = BuiltinSimpleType.swiftType(forXSD: base.localName) else {
                report([
                    .init(
                        message: "restriction base xsd:\(base.localName) is not an XML Schema built-in simple type",
                        location: type.location
                    )
                ])
                return nil
            }
            return (swiftType, type.facets)
        }
        guard depth < 32, let next = definitions.schemas.simpleTypes[base] else {
            report([
                .init(
                    message: "restriction base \(display(base)) is not a defined simple type",
                    location: type.location
                )
            ])
            return nil
        }
        if next.listItemType != nil {
            report([
                .init(
                    message: "a restriction of the list type \(display(base)) is not supported",
                    location: type.location
                )
            ])
            return nil
        }
        guard let (swiftType, facets) = resolveSimpleType(next, depth: depth + 1) else { return nil }
        return (swiftType, facets + type.facets)
    }
}
