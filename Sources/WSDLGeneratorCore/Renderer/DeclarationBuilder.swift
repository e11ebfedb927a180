/// Turns a ``GeneratedService`` into Swift declarations: a namespace enum holding the first port's service
/// description and one ``SOAPRuntime/SOAPOperation`` enum per operation, an enum of the same for every other port, and
/// one struct per element or complex type.
struct DeclarationBuilder {
    let service: GeneratedService
    let accessModifier: AccessModifier
    let rebasesOnEndpoint: Bool

    /// The access keyword generated declarations are written with.
    var access: String { accessModifier.rawValue }

    func file() -> SwiftFile {
        let namespace = service.namespaceName
        let usesFoundation = service.types.contains { $0.usesFoundation }
        var imports = [
            // The decoding helpers and the XML writer's methods are SOAPRuntime's SPI for generated code.
            "@_spi(Generated) \(accessModifier.importPrefix)import SOAPRuntime",
            "\(accessModifier.importPrefix)import SOAPXML",
        ]
        if usesFoundation {
            imports.insert("\(accessModifier.importPrefix)import Foundation", at: 0)
        }
        let primary = service.port
        var members = portMembers(primary, qualifiedName: namespace)
        members += service.additionalPorts.map(additionalPort)
        members += service.types.map(structure)
        members += service.enumerations.map(enumeration)
        let binding = "\(primary.soapVersion.displayName), \(primary.bindingStyle)"
        let header = [
            """
            smsc-wsdl-gen wrote this file from \(service.sourceFileName); edit the WSDL instead, changes here are \
            overwritten.
            """,
            """
            Service `\(primary.serviceName)`, port `\(primary.portName)`, binding `\(primary.bindingName)` \
            (\(binding)).
            """,
        ]
        var summary = [
            "The SOAP operations and types of `\(service.sourceFileName)`.",
            "",
            "Port type `\(primary.portTypeName)` through binding `\(primary.bindingName)` (\(binding))",
        ]
        if !primary.portName.isEmpty {
            summary[2] += " at port `\(primary.portName)` of service `\(primary.serviceName)`."
        } else {
            summary[2] += "."
        }
        return SwiftFile(
            headerComments: header,
            imports: imports,
            declarations: [
                .documented(
                    summary,
                    .enumeration(access: access, name: namespace, conformances: [], members: members)
                )
            ]
        )
    }

    /// The access keyword followed by a space: how a declaration written out as a signature starts.
    var prefix: String {
        access.isEmpty ? "" : access + " "
    }
}
