/// The documented input rules, checked before anything is sent; each failure names the field and the rule.
enum Validation {
    static func checkSend(_ operation: SMSCOperation, message: String, phones: String, id: SMSCMessageID?, sender: String?) throws(SMSCError) {
        let length = message.unicodeScalars.count
        if length > 1000 {
            throw .validation(operation, field: "message", rule: "must be at most 1000 characters, but has \(length)")
        }
        try checkPhones(operation, phones, field: "phones")
        if let id, let problem = id.validationProblem {
            throw .validation(operation, field: "id", rule: problem)
        }
        if let sender {
            let count = sender.unicodeScalars.count
            let isDigits = !sender.isEmpty && sender.allSatisfy { $0.isASCII && $0.isNumber }
            if isDigits ? count > 15 : count > 11 {
                throw .validation(operation, field: "sender", rule: "must be at most 11 characters, or at most 15 digits")
            }
        }
        try check(operation, [("message", message), ("phones", phones), ("id", id?.rawValue), ("sender", sender)])
    }

    static func checkStatus(_ operation: SMSCOperation, phone: String, id: SMSCMessageID) throws(SMSCError) {
        try checkPhones(operation, phone, field: "phone")
        if id.rawValue.isEmpty {
            throw .validation(operation, field: "id", rule: "must not be empty")
        }
        try check(operation, [("phone", phone), ("id", id.rawValue)])
    }

    /// Refuses characters XML 1.0 cannot carry (NUL and the C0 controls except tab, LF and CR; U+FFFE, U+FFFF).
    static func check(_ operation: SMSCOperation, _ fields: [(String, String?)]) throws(SMSCError) {
        for (field, value) in fields {
            guard let value else { continue }
            for (offset, scalar) in value.unicodeScalars.enumerated() {
                let code = scalar.value
                if (code < 0x20 && code != 0x09 && code != 0x0A && code != 0x0D) || code == 0xFFFE || code == 0xFFFF {
                    let hex = String(code, radix: 16, uppercase: true)
                    throw .validation(
                        operation,
                        field: field,
                        rule: "character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) at offset \(offset) cannot be carried by XML 1.0"
                    )
                }
            }
        }
    }

    private static func checkPhones(_ operation: SMSCOperation, _ phones: String, field: String) throws(SMSCError) {
        if phones.allSatisfy({ $0.isWhitespace || $0 == "," || $0 == ";" }) {
            throw .validation(operation, field: field, rule: "must name at least one recipient")
        }
    }
}
