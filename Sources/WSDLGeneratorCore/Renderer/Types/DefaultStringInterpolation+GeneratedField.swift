extension DefaultStringInterpolation {
    /// A field as written after `self.`, where keywords need no backticks.
    mutating func appendInterpolation(field: GeneratedField) {
        appendLiteral(field.swiftName)
    }

    /// The stored property behind a field: the box of an indirect one, the field itself otherwise.
    mutating func appendInterpolation(storage field: GeneratedField) {
        appendLiteral(field.isIndirect ? field.storageName : field.swiftName)
    }
}
