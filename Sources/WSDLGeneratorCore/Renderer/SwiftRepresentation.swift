/// Generated Swift as a structure, rendered to text only at the end (as swift-openapi-generator does), so
/// indentation, doc comments and blank lines are decided in one place.
struct SwiftFile: Hashable {
    /// `//` lines at the top.
    var headerComments: [String]
    var imports: [String]
    var declarations: [SwiftDeclaration]
}

indirect enum SwiftDeclaration: Hashable {
    /// A declaration with a `///` doc comment (one string per line).
    case documented([String], SwiftDeclaration)
    case enumeration(access: String, name: String, conformances: [String], members: [SwiftDeclaration])
    case structure(access: String, name: String, conformances: [String], members: [SwiftDeclaration])
    case typeAlias(access: String, name: String, type: String)
    /// `static let name: Type = value` and the like; `type` or `value` may be absent.
    case variable(access: String, isStatic: Bool, isLet: Bool, name: String, type: String?, value: String?)
    /// A function or initializer: its signature line (without `{`) and its body.
    case function(signature: String, body: [CodeLine])
    /// `case name` or `case name(Payload)` of an enum.
    case enumerationCase(String)
}

/// A line of a function body, or a braced block of them.
indirect enum CodeLine: Hashable {
    case line(String)
    /// `header {`, the body, then `}`; the body is indented unless it is a `switch`'s cases.
    case block(header: String, body: [CodeLine], indentsBody: Bool = true)
}
