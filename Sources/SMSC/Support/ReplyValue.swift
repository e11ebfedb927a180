import Foundation
import SOAPRuntime

/// Reads the service's text fields into typed values; a value that does not parse is a protocol violation
/// naming the field, never a silent `nil`.
enum ReplyValue {
    static func decimal(_ text: String?, _ field: String, _ operation: SMSCOperation, required: Bool = false) throws(SMSCError) -> Decimal? {
        guard let text = try present(text, field, operation, required: required) else { return nil }
        // The service's money fields are xsd:decimal lexical forms ("1234.50"), as the runtime reads them.
        guard let value = Decimal(soapLexicalForm: text) else { throw invalid(field, text, operation) }
        return value
    }

    static func integer(_ text: String?, _ field: String, _ operation: SMSCOperation, required: Bool = false) throws(SMSCError) -> Int? {
        guard let text = try present(text, field, operation, required: required) else { return nil }
        guard let value = Int(soapLexicalForm: text) else { throw invalid(field, text, operation) }
        return value
    }

    static func moscowDate(_ text: String?, _ field: String, _ operation: SMSCOperation) throws(SMSCError) -> Date? {
        guard let text = try present(text, field, operation, required: false) else { return nil }
        guard let date = MoscowTime.date(from: text) else { throw invalid(field, text, operation) }
        return date
    }

    static func timestamp(_ text: String?, _ field: String, _ operation: SMSCOperation) throws(SMSCError) -> Date? {
        guard let text = try present(text, field, operation, required: false) else { return nil }
        guard let date = MoscowTime.date(fromTimestamp: text) else { throw invalid(field, text, operation) }
        return date
    }

    /// The text, or `nil` for an absent or empty field; a required field must be there.
    private static func present(_ text: String?, _ field: String, _ operation: SMSCOperation, required: Bool) throws(SMSCError) -> String? {
        guard let text, !text.isEmpty else {
            if required {
                throw SMSCError(
                    operation: operation,
                    reason: .protocolViolation(.schemaMismatch("the reply has no `\(field)`"), httpStatus: 200, bodyPrefix: ""),
                    requestMayHaveBeenSent: true
                )
            }
            return nil
        }
        return text
    }

    private static func invalid(_ field: String, _ text: String, _ operation: SMSCOperation) -> SMSCError {
        SMSCError(
            operation: operation,
            reason: .protocolViolation(.invalidValue(field: field, value: text), httpStatus: 200, bodyPrefix: ""),
            requestMayHaveBeenSent: true
        )
    }
}
