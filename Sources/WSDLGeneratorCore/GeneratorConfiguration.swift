/// Options for one generator run.
public struct GeneratorConfiguration: Sendable, Hashable {
    /// The name of the enum that holds everything generated; `nil` derives it from the WSDL's file name
    /// (`smsc.wsdl` → `SMSCSOAP`).
    public var namespace: String?
    /// The access level of generated declarations.
    public var accessModifier: AccessModifier
    /// Whether the generated service description makes namespaces and soapActions that start with the address's
    /// origin follow the endpoint (`SOAPServiceDescription.rebasesOnEndpoint`), as SMSC's service needs.
    public var rebasesOnEndpoint: Bool

    public init(namespace: String? = nil, accessModifier: AccessModifier = .public, rebasesOnEndpoint: Bool = false) {
        self.namespace = namespace
        self.accessModifier = accessModifier
        self.rebasesOnEndpoint = rebasesOnEndpoint
    }

    /// The namespace enum's name for a WSDL file: its base name as a Swift type name, plus `SOAP`.
    public static func defaultNamespace(forWSDLFile path: String) -> String {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let baseName = fileName.split(separator: ".").first.map(String.init) ?? fileName
        return SwiftNaming.typeName(baseName) + "SOAP"
    }

    /// The name of the Swift file that embeds a WSDL file's text (`smsc.wsdl` → `smsc.wsdl.document.swift`).
    public static func documentFileName(forWSDLFile path: String) -> String {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        return fileName + ".document.swift"
    }

    /// The name of the Swift file generated for a WSDL file (`smsc.wsdl` → `smsc.wsdl.swift`); the build
    /// plugin declares it as its output before the generator runs.
    public static func outputFileName(forWSDLFile path: String) -> String {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        return fileName + ".swift"
    }
}
