import SOAPRuntime

/// The documented input rules, checked before anything is sent; each failure names the field and the rule.
/// Characters XML cannot carry are refused by the envelope's writer, which checks every value once
/// (``SMSCError/init(callError:operation:maximumResponseSize:)`` names the field as the caller knows it).
enum Validation {
    static func checkSend(
        _ operation: SMSCOperation,
        message: String,
        phones: [String],
        id: SMSCMessageID?,
        sender: String?
    ) throws(SMSCError) {
        let length = message.unicodeScalars.count
        if length == 0 {
            throw .validation(operation, field: "message", rule: "must not be empty")
        }
        if length > 1000 {
            throw .validation(operation, field: "message", rule: "must be at most 1000 characters, but has \(length)")
        }
        try checkRecipients(operation, phones)
        if let id, let problem = id.validationProblem {
            throw .validation(operation, field: "id", rule: problem)
        }
        if let sender {
            let count = sender.unicodeScalars.count
            let isDigits = !sender.isEmpty && sender.allSatisfy { $0.isASCII && $0.isNumber }
            if isDigits ? count > 15 : count > 11 {
                throw .validation(
                    operation,
                    field: "sender",
                    rule: "must be at most 11 characters, or at most 15 digits"
                )
            }
        }
    }

    static func checkStatus(_ operation: SMSCOperation, phone: String, id: SMSCMessageID) throws(SMSCError) {
        if phone.allSatisfy({ $0.isWhitespace || $0 == "," || $0 == ";" }) {
            throw .validation(operation, field: "phone", rule: "must name the recipient")
        }
        if id.rawValue.isEmpty {
            throw .validation(operation, field: "id", rule: "must not be empty")
        }
    }

    /// One recipient per element: the client joins them with commas, so a comma or semicolon inside one would
    /// silently turn it into several.
    private static func checkRecipients(_ operation: SMSCOperation, _ phones: [String]) throws(SMSCError) {
        if phones.isEmpty {
            throw .validation(operation, field: "phones", rule: "must name at least one recipient")
        }
        for (index, phone) in phones.enumerated() {
            if phone.allSatisfy(\.isWhitespace) {
                throw .validation(operation, field: "phones[\(index)]", rule: "must not be empty")
            }
            if phone.contains(where: { $0 == "," || $0 == ";" }) {
                throw .validation(
                    operation,
                    field: "phones[\(index)]",
                    rule: "must be one recipient, not a list: give each one as an element of its own"
                )
            }
        }
    }
}
