/// Derivation: a complex type's content with its base's applied.
extension ServiceTranslator {
    /// A complex type's content with its derivation applied.
    ///
    /// Derivation is flattened: a `complexContent` extension is its base's particles and attributes followed by its
    /// own, which is exactly the derived type's content model on the wire, and Swift structs have no inheritance to
    /// model it with. A restriction restates its particles and inherits the base's attributes it does not prohibit.
    /// A `simpleContent` type is a text value of a simple type with attributes.
    struct EffectiveContent {
        var elements: [LocalElement]
        var attributes: [AttributeUse]
        /// The text's simple type, for `simpleContent`.
        var text: TypeReference?
    }

    mutating func effectiveContent(
        of type: ComplexTypeDeclaration,
        display typeDisplay: String,
        derivedFrom chain: [QName]
    ) -> EffectiveContent? {
        report(type.unsupported)
        let own = expandedAttributes(type.attributes, groups: type.attributeGroups, through: [])
        guard let derivation = type.derivation else {
            return EffectiveContent(elements: type.elements, attributes: own, text: nil)
        }
        let base = derivation.base
        let kind = derivation.isSimpleContent ? "simpleContent" : "complexContent"
        let method = derivation.method == .extension ? "extension" : "restriction"
        if base.namespaceURI == XMLNamespaces.soap11Encoding, base.localName == "Array" {
            diagnostics.error(
                """
                \(typeDisplay) restricts soapenc:Array, a SOAP-encoded array (rpc/encoded style), which is not \
                supported; a document/literal array is an element with maxOccurs=\"unbounded\"
                """,
                at: derivation.location
            )
            return nil
        }
        if chain.contains(base) || type.name.map({ $0 == base }) == true {
            diagnostics.error("\(typeDisplay) derives from itself through \(display(base))", at: derivation.location)
            return nil
        }
        if base.namespaceURI == XMLNamespaces.xmlSchema, base.localName == "anyType" {
            guard !derivation.isSimpleContent else {
                diagnostics.error(
                    "the \(kind) \(method) in \(typeDisplay) has base xsd:anyType, which has no simple content",
                    at: derivation.location
                )
                return nil
            }
            return EffectiveContent(elements: type.elements, attributes: own, text: nil)
        }
        let isSimpleBase = base.namespaceURI == XMLNamespaces.xmlSchema || definitions.schemas.simpleTypes[base] != nil
        if derivation.isSimpleContent, isSimpleBase {
            guard derivation.method == .extension else {
                diagnostics.error(
                    """
                    the simpleContent restriction in \(typeDisplay) has simple base \(display(base)); it must \
                    restrict a complex type with simple content
                    """,
                    at: derivation.location
                )
                return nil
            }
            return EffectiveContent(elements: [], attributes: own, text: .named(base))
        }
        guard let baseType = definitions.schemas.complexTypes[base] else {
            let reason = isSimpleBase ? "is a simple type; only simpleContent derives from one" : "is not defined"
            diagnostics.error(
                "base \(display(base)) of the \(kind) \(method) in \(typeDisplay) \(reason)",
                at: derivation.location
            )
            return nil
        }
        let next = chain + (type.name.map { [$0] } ?? [])
        guard
            let inherited = effectiveContent(
                of: baseType,
                display: "complexType `\(base.localName)`",
                derivedFrom: next
            )
        else { return nil }
        let attributes = Self.merged(inherited.attributes, own, restricting: derivation.method == .restriction)
        if derivation.isSimpleContent {
            guard let text = inherited.text else {
                diagnostics.error(
                    "base \(display(base)) of the simpleContent \(method) in \(typeDisplay) has no simple content",
                    at: derivation.location
                )
                return nil
            }
            return EffectiveContent(elements: [], attributes: attributes, text: text)
        }
        if inherited.text != nil {
            diagnostics.error(
                """
                base \(display(base)) of the complexContent \(method) in \(typeDisplay) has simple content; use \
                simpleContent
                """,
                at: derivation.location
            )
            return nil
        }
        let elements = derivation.method == .extension ? inherited.elements + type.elements : type.elements
        return EffectiveContent(elements: elements, attributes: attributes, text: nil)
    }

    /// A derived type's attributes: the base's, then its own; in a restriction its own replace the base's of the same
    /// name. Prohibited ones are removed.
    private static func merged(_ base: [AttributeUse], _ own: [AttributeUse], restricting: Bool) -> [AttributeUse] {
        let ownNames = Set(own.map(\.localName))
        let kept = restricting ? base.filter { !ownNames.contains($0.localName) } : base
        return (kept + own).filter { $0.use != .prohibited }
    }
}
