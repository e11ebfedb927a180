import SOAPRuntime
import SOAPXML

extension SMSCError {
    /// Gives a runtime failure SMSC's meaning.
    init(callError: SOAPCallError, operation: SMSCOperation, maximumResponseSize: Int) {
        let response = callError.response
        switch callError.code {
        case .encoding:
            // A request is written before any attempt (`SMSCClient.prepare`), so only a caller of the runtime that
            // writes it per attempt meets this; it is named as the same refusal.
            self = .unwritable(
                callError.encodingError ?? SOAPEncodingError(path: "request", rule: "cannot be written"),
                operation: operation
            )
        case .transport:
            let transport = callError.transportError
            let code: Code =
                switch transport?.code {
                case .cancelled?: .cancelled
                // The reply was refused for its size as it arrived: a reply problem, found by the transport.
                case .responseTooLarge?: .invalidResponse
                default: .transport
                }
            self.init(
                code: code,
                operation: operation,
                message: transport?.message ?? "the HTTP exchange failed",
                mayHaveReachedServer: callError.requestMayHaveReachedServer,
                responseHeadReceived: callError.responseHeadReceived,
                responseSizeLimit: transport?.responseSizeLimit,
                transportError: transport
            )
        case .fault:
            let fault = callError.fault
            let status = response.map { " (HTTP \($0.status))" } ?? ""
            self.init(
                code: .fault,
                operation: operation,
                message: "SOAP fault \(Self.quoted(fault?.code ?? "?")): \(Self.quoted(fault?.reason ?? ""))\(status)",
                mayHaveReachedServer: true,
                responseHeadReceived: true,
                fault: fault,
                response: response
            )
        case .httpStatus:
            let prefix = Redaction.redact(response?.bodyPrefixDescription ?? "an empty body")
            self.init(
                code: .httpStatus,
                operation: operation,
                message: "HTTP status \(response?.status ?? 0); the body starts \(prefix)",
                mayHaveReachedServer: true,
                responseHeadReceived: true,
                response: response
            )
        default:
            self.init(
                invalidResponse: callError.envelopeError,
                response: response,
                operation: operation,
                maximumResponseSize: maximumResponseSize
            )
        }
    }

    private init(
        invalidResponse error: SOAPEnvelopeError?,
        response: SOAPResponseSummary?,
        operation: SMSCOperation,
        maximumResponseSize: Int
    ) {
        var explanation: String
        var sizeLimit: Int?
        if let xml = error?.xmlError {
            switch xml.kind {
            case .doctypeForbidden:
                explanation = "it has a DOCTYPE, which is refused"
            case .tooDeep:
                explanation = "elements nest deeper than the limit"
            case .tooLarge:
                explanation = "it is larger than the limit: \(xml.message)"
                sizeLimit = maximumResponseSize
            case .unsupportedEncoding:
                explanation = "unsupported character encoding: \(xml.message)"
            default:
                explanation = "not well-formed XML: \(xml.description)"
            }
        } else if let decoding = error?.decodingError {
            explanation = "it does not match the WSDL: \(decoding)"
        } else {
            explanation = error?.description ?? "not the expected SOAP response"
        }
        let status = response.map { " (HTTP \($0.status))" } ?? ""
        let prefix = Redaction.redact(response?.bodyPrefixDescription ?? "an empty body")
        self.init(
            code: .invalidResponse,
            operation: operation,
            message: "invalid reply\(status): \(explanation); the body starts \(prefix)",
            mayHaveReachedServer: true,
            responseHeadReceived: true,
            response: response,
            responseSizeLimit: sizeLimit,
            envelopeError: error
        )
    }

    /// Names the fields the envelope carries (`mes`, `psw`) as the caller knows them (`message`, `password`).
    private static let fieldsByElement = ["mes": "message", "psw": "password"]

    /// A value the envelope's writer refused: a validation error naming the field as the caller knows it.
    static func unwritable(_ error: SOAPEncodingError, operation: SMSCOperation) -> SMSCError {
        let element = error.path.split(separator: "/").last.map(String.init) ?? error.path
        return .validation(operation, field: fieldsByElement[element] ?? element, rule: error.rule)
    }

    /// A reply field the service must send is missing.
    static func missingReplyField(_ field: String, operation: SMSCOperation, response: SOAPResponseSummary) -> SMSCError
    {
        SMSCError(
            code: .invalidResponse,
            operation: operation,
            message: "invalid reply (HTTP \(response.status)): it has no `\(field)`",
            mayHaveReachedServer: true,
            field: field,
            response: response
        )
    }

    /// A reply field holds text its meaning does not allow.
    static func invalidReplyValue(
        _ field: String,
        _ value: String,
        operation: SMSCOperation,
        response: SOAPResponseSummary
    ) -> SMSCError {
        SMSCError(
            code: .invalidResponse,
            operation: operation,
            message: """
                invalid reply (HTTP \(response.status)): `\(field)` is "\(Self.quoted(value))", which is not a valid \
                value
                """,
            mayHaveReachedServer: true,
            field: field,
            response: response
        )
    }

    /// The service answered with a non-zero `error` code.
    static func service(_ code: Int, operation: SMSCOperation, response: SOAPResponseSummary) -> SMSCError {
        let serviceError = SMSCServiceError(code: code, operation: operation)
        return SMSCError(
            code: .service,
            operation: operation,
            message: "the service answered error \(code): \(serviceError.meaning)",
            mayHaveReachedServer: true,
            serviceError: serviceError,
            response: response
        )
    }
}
