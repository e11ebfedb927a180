import SOAPRuntime
import SOAPXML

extension SMSCError {
    /// Gives a runtime failure SMSC's meaning.
    init(callError: SOAPCallError, operation: SMSCOperation) {
        switch callError.reason {
        case .encoding(let error):
            // Validation catches these first; a field the generated builder refuses is still reported by name.
            self.init(operation: operation, reason: .validation(field: error.path, rule: error.rule), requestMayHaveBeenSent: false)
        case .transport(let error):
            let failure: TransportFailure
            switch error.kind {
            case .connect: failure = .connect
            case .tls: failure = .tls
            case .timeout: failure = .timeout
            case .cancelled: failure = .cancelled
            case .other: failure = .other
            case .responseTooLarge(let limit):
                self.init(
                    operation: operation,
                    reason: .protocolViolation(.tooLarge(limit: limit), httpStatus: 0, bodyPrefix: "(not kept)"),
                    requestMayHaveBeenSent: true
                )
                return
            }
            self.init(operation: operation, reason: .transport(failure, message: error.message), requestMayHaveBeenSent: error.requestMayHaveReachedServer)
        case .fault(let fault, let response):
            self.init(operation: operation, reason: .fault(fault, httpStatus: response.status), requestMayHaveBeenSent: true)
        case .httpStatus(let response):
            self.init(
                operation: operation,
                reason: .httpStatus(response.status, bodyPrefix: CredentialRedaction.redact(response.bodyPrefixDescription)),
                requestMayHaveBeenSent: true
            )
        case .invalidResponse(let error, let response):
            let violation: ProtocolViolation
            switch error {
            case .invalidXML(let xml):
                switch xml.kind {
                case .doctypeForbidden: violation = .doctype
                case .tooDeep: violation = .tooDeep
                case .tooLarge: violation = .tooLarge(limit: response.bodyLength)
                case .unsupportedEncoding: violation = .unsupportedEncoding(xml.message)
                case .malformed, .outOfMemory: violation = .malformedXML(xml.description)
                }
            case .notAnEnvelope, .missingBody, .unexpectedBodyElement, .fault:
                violation = .notSOAP(error.description)
            case .invalidBody(let decoding):
                violation = .schemaMismatch(decoding.description)
            }
            self.init(
                operation: operation,
                reason: .protocolViolation(violation, httpStatus: response.status, bodyPrefix: CredentialRedaction.redact(response.bodyPrefixDescription)),
                requestMayHaveBeenSent: true
            )
        }
    }
}
