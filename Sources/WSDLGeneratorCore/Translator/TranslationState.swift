/// What ``ServiceTranslator`` has generated so far for all ports: the namespace's types and enumerations, the names
/// and namespace indexes they use, and the diagnostics given once for the whole WSDL.
///
/// An additional port that cannot be generated must leave no trace, so the translator copies this before the port
/// and restores the copy when the port fails.
struct TranslationState {
    /// The namespace table of the generated service description: a namespace's index is its position plus one (0 is
    /// no namespace).
    var namespaces: [String] = []
    /// The names taken in the namespace enum: the names generated code qualifies others with, the first port's
    /// operations, the other ports' enums and every top-level type.
    var topLevelNames: Set<String>
    /// The top-level structs, in the order they were made.
    var types: [GeneratedStruct] = []
    /// The top-level string enumerations, in the order they were made.
    var enumerations: [GeneratedEnumeration] = []

    /// The qualified name of the struct of each named complex type, made once.
    var namedTypeStructs: [QName: String] = [:]
    /// The qualified name of the struct of each global element with an anonymous complex type that a `ref` reached.
    var referencedElementStructs: [QName: String] = [:]
    /// The qualified name of the struct of each body element.
    var bodyStructs: [QName: String] = [:]
    /// The qualified name of the enumeration of each named simple type restricted to listed strings.
    var namedEnumerations: [QName: String] = [:]

    /// Unsupported constructs already reported: each is reported once, however many types use it.
    var reported: Set<UnsupportedConstruct> = []
    /// `wsdl:fault`s and `soap:headerfault`s, by operation, for one summarising note.
    var genericFaults: [(operation: String, fault: String, location: SourceLocation)] = []
}
