/// Names: unique Swift names, the names generated code reserves, the namespace table and QNames in diagnostics.
extension ServiceTranslator {
    /// Names generated code qualifies other names with (`Swift.String`, `SMSCSOAP.SendSMS2Request`): a generated
    /// type with one of them would capture those references.
    static func reservedTypeNames(namespaceName: String) -> Set<String> {
        ["Swift", "Foundation", "SOAPRuntime", "SOAPXML", namespaceName]
    }

    /// Names every generated struct declares itself (besides those of `Hashable`'s requirements): a field may not
    /// take one.
    static let reservedMemberNames: Set<String> = [
        "hashValue", "lexicalValues", "elementName", "namespaceIndex", "acceptsAnyElementName",
    ]

    mutating func uniqueTopLevelName(_ preferred: String, for subject: String, at location: SourceLocation) -> String {
        Self.uniqueName(preferred, in: &state.topLevelNames) { preferred, name in
            diagnostics.warning(
                "Swift name `\(preferred)` is already taken; \(subject) is generated as `\(name)`",
                at: location
            )
        }
    }

    /// `preferred`, or it with the lowest counter from 2 that `names` lacks, added to `names`; `renamed` hears of a
    /// rename.
    static func uniqueName(
        _ preferred: String,
        in names: inout Set<String>,
        renamed: (String, String) -> Void = { _, _ in }
    ) -> String {
        var name = preferred
        if names.contains(name) {
            var counter = 2
            while names.contains("\(preferred)\(counter)") { counter += 1 }
            name = "\(preferred)\(counter)"
            renamed(preferred, name)
        }
        names.insert(name)
        return name
    }

    mutating func namespaceIndex(of namespace: String) -> Int {
        if let index = state.namespaces.firstIndex(of: namespace) { return index + 1 }
        state.namespaces.append(namespace)
        return state.namespaces.count
    }

    func display(_ name: QName) -> String {
        switch name.namespaceURI {
        case XMLNamespaces.xmlSchema: "xsd:\(name.localName)"
        case definitions.targetNamespace: "tns:\(name.localName)"
        default: "`\(name)`"
        }
    }
}
