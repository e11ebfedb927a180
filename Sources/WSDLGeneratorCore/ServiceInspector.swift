/// A plain-text description of a service, for `smsc-wsdl-gen inspect`.
enum ServiceInspector {
    static func describe(_ service: GeneratedService) -> String {
        var lines: [String] = []
        let primary = service.port
        lines.append("Service: \(primary.serviceName.isEmpty ? "(none)" : primary.serviceName)")
        lines.append(
            """
              Port: \(primary.portName.isEmpty ? "(none)" : primary.portName) (\(primary.soapVersion.displayName), \
            \(primary.bindingStyle))
            """
        )
        lines.append("  Binding: \(primary.bindingName), port type: \(primary.portTypeName)")
        lines.append("  Address: \(primary.address.isEmpty ? "(none)" : primary.address)")
        lines.append("  Target namespace: \(service.targetNamespace)")
        lines.append("  Swift namespace: \(service.namespaceName)")
        lines.append("")
        lines.append("Operations:")
        let types = Dictionary(uniqueKeysWithValues: allTypes(service.types).map { ($0.qualifiedName, $0) })
        describeOperations(primary.operations, types: types, into: &lines)
        for port in service.additionalPorts {
            lines.append("")
            let place =
                port.portName.isEmpty
                ? "Binding \(port.bindingName), no port" : "Port \(port.portName) of service \(port.serviceName)"
            lines.append("\(place) -> \(service.namespaceName).\(port.swiftName ?? "")")
            lines.append(
                """
                  Binding: \(port.bindingName) (\(port.soapVersion.displayName), \(port.bindingStyle)), port type: \
                \(port.portTypeName)
                """
            )
            lines.append("  Address: \(port.address.isEmpty ? "(none)" : port.address)")
            lines.append("Operations:")
            describeOperations(port.operations, types: types, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describeOperations(
        _ operations: [GeneratedOperation],
        types: [String: GeneratedStruct],
        into lines: inout [String]
    ) {
        for operation in operations {
            lines.append("  \(operation.wireName) (\(operation.swiftName)), soapAction \"\(operation.soapAction)\"")
            if let header = operation.inputHeaderType {
                lines.append("    input header -> \(header)")
                describeFields(of: types[header], types: types, indent: "      ", into: &lines, seen: [header])
            }
            lines.append("    input  \(operation.inputElement) -> \(operation.inputType)")
            describeFields(
                of: types[operation.inputType],
                types: types,
                indent: "      ",
                into: &lines,
                seen: [operation.inputType]
            )
            if let header = operation.outputHeaderType {
                lines.append("    output header -> \(header)")
                describeFields(of: types[header], types: types, indent: "      ", into: &lines, seen: [header])
            }
            lines.append(
                operation.outputElement.map { "    output \($0) -> \(operation.outputType)" }
                    ?? "    output none (one-way)"
            )
            describeFields(
                of: types[operation.outputType],
                types: types,
                indent: "      ",
                into: &lines,
                seen: [operation.outputType]
            )
        }
    }

    private static func describeFields(
        of type: GeneratedStruct?,
        types: [String: GeneratedStruct],
        indent: String,
        into lines: inout [String],
        seen: Set<String>
    ) {
        guard let type else { return }
        for field in type.fields {
            lines.append(
                """
                \(indent)\(field.displayName): \(field.kind.schemaType) (\(field.occurrenceDescription)) -> \
                \(field.swiftName): \(field.propertyType)
                """
            )
            if case .structure(let swiftType, _) = field.kind {
                if seen.contains(swiftType) {
                    lines.append("\(indent)  (\(swiftType), described above)")
                } else {
                    describeFields(
                        of: types[swiftType],
                        types: types,
                        indent: indent + "  ",
                        into: &lines,
                        seen: seen.union([swiftType])
                    )
                }
            }
        }
    }

    private static func allTypes(_ types: [GeneratedStruct]) -> [GeneratedStruct] {
        types.flatMap { [$0] + allTypes($0.nested) }
    }
}
