/// One operation of a port: its binding's style and use, its input and output bodies and its headers.
extension ServiceTranslator {
    /// `operation` as bound in `binding`, named `swiftName`; `nil` when it cannot be generated, with the cause
    /// reported.
    mutating func translate(_ operation: PortTypeOperation, swiftName: String, binding: Binding) -> GeneratedOperation?
    {
        let location = operation.location
        guard let bound = binding.operations.first(where: { $0.name == operation.name }) else {
            diagnostics.error(
                "operation `\(operation.name)` has no operation in binding `\(binding.name.localName)`",
                at: location
            )
            return nil
        }
        let style = bound.style ?? binding.style ?? "document"
        let bodies = [bound.inputBody, bound.outputBody].compactMap { $0 }
        if style == "rpc", let encoded = bodies.first(where: { $0.use == "encoded" }) {
            // The usual pair: one cause, not one error for the style, one for the use and one per type= part.
            diagnostics.error(
                """
                operation `\(operation.name)` is rpc/encoded (SOAP section 5 encoding), which is not supported; \
                only document/literal is
                """,
                at: encoded.location
            )
            return nil
        }
        if style != "document" && style != "rpc" {
            diagnostics.error(
                """
                operation `\(operation.name)` uses style \"\(style)\"; only document and rpc (with \
                use=\"literal\") are supported
                """,
                at: bound.location
            )
        }
        for body in [bound.inputBody, bound.outputBody].compactMap({ $0 }) where (body.use ?? "literal") != "literal" {
            diagnostics.error(
                """
                operation `\(operation.name)` uses use=\"\(body.use!)\"; only use=\"literal\" is supported \
                (encoded is not)
                """,
                at: body.location
            )
        }
        for location in bound.headerFaultLocations {
            state.genericFaults.append((operation.name, "soap:headerfault", location))
        }
        if operation.outputFirst {
            diagnostics.error(
                """
                operation `\(operation.name)` sends output before input (notification or solicit-response), which \
                is not supported
                """,
                at: location
            )
            return nil
        }
        guard let inputMessage = operation.input else {
            diagnostics.error("operation `\(operation.name)` has no input message", at: location)
            return nil
        }

        for fault in operation.faults {
            state.genericFaults.append((operation.name, fault, location))
        }
        let isRPC = style == "rpc"
        guard
            let (inputElement, inputType) = body(
                of: inputMessage,
                isRPC: isRPC,
                wrapperName: operation.name,
                operation: operation.name,
                body: bound.inputBody,
                preferredName: swiftName + "Request",
                role: "input",
                at: operation.inputLocation ?? location
            )
        else { return nil }
        let inputHeaderType = headerStruct(
            bound.inputHeaders,
            operation: operation.name,
            preferredName: swiftName + "RequestHeader",
            role: "input"
        )
        guard let outputMessage = operation.output else {
            // One-way: the service answers with a 2xx status and no body element.
            for header in bound.outputHeaders {
                diagnostics.error(
                    """
                    operation `\(operation.name)` is one-way, so its soap:header on an output has no message to \
                    travel in
                    """,
                    at: header.location
                )
            }
            return GeneratedOperation(
                wireName: operation.name,
                swiftName: swiftName,
                soapAction: bound.soapAction ?? "",
                inputType: inputType,
                outputType: "SOAPRuntime.SOAPNoResponse",
                inputElement: inputElement,
                outputElement: nil,
                inputHeaderType: inputHeaderType
            )
        }
        guard
            let (outputElement, outputType) = body(
                of: outputMessage,
                isRPC: isRPC,
                wrapperName: operation.name + "Response",
                operation: operation.name,
                body: bound.outputBody,
                preferredName: swiftName + "Response",
                role: "output",
                at: operation.outputLocation ?? location
            )
        else { return nil }
        return GeneratedOperation(
            wireName: operation.name,
            swiftName: swiftName,
            soapAction: bound.soapAction ?? "",
            inputType: inputType,
            outputType: outputType,
            inputElement: inputElement,
            outputElement: outputElement,
            inputHeaderType: inputHeaderType,
            outputHeaderType: headerStruct(
                bound.outputHeaders,
                operation: operation.name,
                preferredName: swiftName + "ResponseHeader",
                role: "output"
            )
        )
    }
}
