/// The Swift type generated for each XML Schema built-in simple type.
///
/// Types with a natural Swift counterpart get it; the rest (dates, durations, binary, URIs, names) stay
/// `String` holding the lexical form exactly as sent, which is never wrong and leaves parsing to the caller.
enum BuiltinSimpleType {
    static func swiftType(forXSD localName: String) -> String? {
        table[localName]
    }

    /// Whether generated code that uses `swiftType` must import Foundation.
    static func needsFoundation(_ swiftType: String) -> Bool {
        swiftType.hasPrefix("Foundation.") || swiftType.hasPrefix("[Foundation.")
    }

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        let strings = [
            "string", "normalizedString", "token", "language", "Name", "NCName", "NMTOKEN", "NMTOKENS", "ID", "IDREF",
            "IDREFS", "ENTITY", "ENTITIES", "anyURI", "QName", "NOTATION", "anySimpleType", "dateTime", "date", "time",
            "duration", "gYear", "gYearMonth", "gMonth", "gMonthDay", "gDay", "base64Binary", "hexBinary",
        ]
        for name in strings { table[name] = "Swift.String" }
        for name in ["integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger"] {
            table[name] = "Swift.Int"
        }
        table["boolean"] = "Swift.Bool"
        table["decimal"] = "Foundation.Decimal"
        table["float"] = "Swift.Float"
        table["double"] = "Swift.Double"
        table["long"] = "Swift.Int64"
        table["int"] = "Swift.Int32"
        table["short"] = "Swift.Int16"
        table["byte"] = "Swift.Int8"
        table["unsignedLong"] = "Swift.UInt64"
        table["unsignedInt"] = "Swift.UInt32"
        table["unsignedShort"] = "Swift.UInt16"
        table["unsignedByte"] = "Swift.UInt8"
        return table
    }()
}
