extension GeneratedStruct {
    /// Whether a field of the struct, or of a struct nested in it, has a Foundation type: the file then imports
    /// Foundation.
    var usesFoundation: Bool {
        fields.contains { field in
            if case .choice(_, let alternatives) = field.kind {
                return alternatives.contains { BuiltinSimpleType.needsFoundation($0.kind.swiftType) }
            }
            return BuiltinSimpleType.needsFoundation(field.kind.swiftType)
        } || nested.contains { $0.usesFoundation }
    }
}
