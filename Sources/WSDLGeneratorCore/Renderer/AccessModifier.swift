/// The access level of generated declarations.
public enum AccessModifier: String, Sendable, Hashable, CaseIterable {
    /// `public`: for a library whose own API hands out the generated types.
    case `public`
    /// `package`: visible to the other modules of the package only.
    case package
    /// `internal`: visible in the generating module only.
    case `internal`

    /// The modifier for the runtime imports: public API that names runtime types needs a matching import.
    var importPrefix: String {
        switch self {
        case .public: "public "
        case .package: "package "
        case .internal: ""
        }
    }
}
