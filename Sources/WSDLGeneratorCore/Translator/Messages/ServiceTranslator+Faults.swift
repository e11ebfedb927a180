/// Faults, which generated code decodes as generic SOAP faults.
extension ServiceTranslator {
    /// One note for every `wsdl:fault`, however many operations declare them.
    mutating func noteGenericFaults() {
        // A port type bound twice (SOAP 1.1 and 1.2) declares its faults once.
        var seen: Set<String> = []
        state.genericFaults = state.genericFaults.filter {
            seen.insert("\($0.operation)\u{0}\($0.fault)\u{0}\($0.location.file):\($0.location.line)").inserted
        }
        guard let first = state.genericFaults.first else { return }
        guard state.genericFaults.count > 1 else {
            diagnostics.note(
                "fault `\(first.fault)` of operation `\(first.operation)` is decoded as a generic SOAP fault",
                at: first.location
            )
            return
        }
        let listed = state.genericFaults.prefix(5).map { "`\($0.fault)` of `\($0.operation)`" }.joined(separator: ", ")
        let more = state.genericFaults.count > 5 ? " and \(state.genericFaults.count - 5) more" : ""
        diagnostics.note(
            "\(state.genericFaults.count) faults (\(listed)\(more)) are decoded as generic SOAP faults",
            at: first.location
        )
    }
}
