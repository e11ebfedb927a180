import Foundation
import SOAPRuntime

/// Reads the typed meaning out of a reply's fields (all `xsd:string` in the WSDL), naming the field and quoting
/// the reply when one holds what its meaning does not allow.
struct ReplyReader {
    let operation: SMSCOperation
    let response: SOAPResponseSummary

    /// Throws the service's `error` code when it is there and not 0.
    func checkServiceError(_ error: String?) throws(SMSCError) {
        guard let error else { return }
        guard let code = Int(soapLexicalForm: error) else {
            throw .invalidReplyValue("error", error, operation: operation, response: response)
        }
        if code != 0 {
            throw .service(code, operation: operation, response: response)
        }
    }

    func decimal(_ text: String?, _ field: String, required: Bool = false) throws(SMSCError) -> Decimal? {
        guard let text = try present(text, field, required: required) else { return nil }
        // The service's money fields are xsd:decimal lexical forms ("1234.50"), as the runtime reads them.
        guard let value = Decimal(soapLexicalForm: text) else { throw invalid(field, text) }
        return value
    }

    func integer(_ text: String?, _ field: String, required: Bool = false) throws(SMSCError) -> Int? {
        guard let text = try present(text, field, required: required) else { return nil }
        guard let value = Int(soapLexicalForm: text) else { throw invalid(field, text) }
        return value
    }

    func moscowDate(_ text: String?, _ field: String) throws(SMSCError) -> Date? {
        guard let text = try present(text, field, required: false) else { return nil }
        guard let date = MoscowTime.date(from: text) else { throw invalid(field, text) }
        return date
    }

    func timestamp(_ text: String?, _ field: String) throws(SMSCError) -> Date? {
        guard let text = try present(text, field, required: false) else { return nil }
        guard let date = MoscowTime.date(fromTimestamp: text) else { throw invalid(field, text) }
        return date
    }

    private func present(_ text: String?, _ field: String, required: Bool) throws(SMSCError) -> String? {
        guard let text, !text.isEmpty else {
            if required {
                throw .missingReplyField(field, operation: operation, response: response)
            }
            return nil
        }
        return text
    }

    private func invalid(_ field: String, _ text: String) -> SMSCError {
        .invalidReplyValue(field, text, operation: operation, response: response)
    }
}
