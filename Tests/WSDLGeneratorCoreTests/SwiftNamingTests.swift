import Testing

@testable import WSDLGeneratorCore

struct SwiftNamingTests {
    @Test(
        "typeName",
        arguments: [
            // The SMSC WSDL's names.
            ("send_sms2", "SendSMS2"),
            ("get_sms_cost2", "GetSMSCost2"),
            ("get_balance", "GetBalance"),
            ("get_status", "GetStatus"),
            ("BalanceResponseType", "BalanceResponseType"),
            ("Send2ResponseType", "Send2ResponseType"),
            ("sendresult", "Sendresult"),
            ("last_date", "LastDate"),
            ("sender_id", "SenderID"),
            // Standard-library type names would shadow Swift's in code that uses the namespace.
            ("Error", "ErrorType"),
            ("error", "ErrorType"),
            ("String", "StringType"),
            ("result", "ResultType"),
            // Acronyms, with digits after them.
            ("sms", "SMS"),
            ("smsc_soap", "SMSCSOAP"),
            ("http_url", "HTTPURL"),
            ("sms2_id", "SMS2ID"),
            ("getSMSCost", "GetSMSCost"),
            // camelCase input keeps its words.
            ("lastDate", "LastDate"),
            ("senderID", "SenderID"),
            ("phone2Number", "Phone2Number"),
            // Keywords stay as they are (escaped() adds backticks).
            ("operator", "Operator"),
            ("default", "Default"),
            ("self", "Self"),
            // Leading digits.
            ("2fa_code", "_2faCode"),
            ("123", "_123"),
            // Hyphens, dots, spaces and leading underscores separate words.
            ("first-name", "FirstName"),
            ("com.example.Order", "ComExampleOrder"),
            ("phone number", "PhoneNumber"),
            ("_private", "Private"),
            ("a-b.c_d", "ABCD"),
            // Non-ASCII letters are kept.
            ("имя_отправителя", "ИмяОтправителя"),
            ("größe", "Größe"),
            ("café_id", "CaféID"),
            ("名前", "名前"),
            // Nothing usable.
            ("", "Unnamed"),
            ("_", "Unnamed"),
            ("--", "Unnamed"),
        ]
    )
    func typeName(_ wireName: String, _ expected: String) {
        #expect(SwiftNaming.typeName(wireName) == expected)
    }

    @Test(
        "typeName never produces a name that means a metatype or a keyword type",
        arguments: ["type", "Type", "protocol", "Protocol", "any", "Any", "self", "Self"]
    )
    func typeNameAvoidsMetatypeNames(_ wireName: String) {
        // `NS.X.Type` / `NS.X.Protocol` are metatypes even with backticks and `NS.X.Any` does not parse; generated
        // code writes qualified names without backticks (`NS.X.self`, `NS.X?`), so these names must not be used.
        let name = SwiftNaming.typeName(wireName)
        #expect(!["Type", "Protocol", "Any"].contains(name), "\(name)")
    }

    @Test(
        "propertyName",
        arguments: [
            ("last_date", "lastDate"),
            ("sender_id", "senderID"),
            ("status_name", "statusName"),
            ("sendresult", "sendresult"),
            ("balance", "balance"),
            ("BalanceResponseType", "balanceResponseType"),
            ("send_sms2", "sendSMS2"),
            ("sms_cost", "smsCost"),
            ("ID", "id"),
            ("id", "id"),
            ("URL", "url"),
            ("sms_id", "smsID"),
            ("http_url", "httpURL"),
            ("smsc_login", "smscLogin"),
            ("lastDate", "lastDate"),
            ("LastDate", "lastDate"),
            ("senderID", "senderID"),
            ("last_date2", "lastDate2"),
            ("phones2", "phones2"),
            // Keywords: escaped() adds backticks where they are needed.
            ("operator", "operator"),
            ("default", "default"),
            ("Type", "type"),
            ("Protocol", "protocol"),
            // Names backticks do not make usable as stored properties and initializer parameters.
            ("self", "self_"),
            ("Self", "self_"),
            ("super", "super_"),
            ("init", "init_"),
            ("deinit", "deinit_"),
            ("subscript", "subscript_"),
            // Leading digits.
            ("2nd_phone", "_2ndPhone"),
            ("9", "_9"),
            // Hyphens, dots and spaces.
            ("first-name", "firstName"),
            ("order.total", "orderTotal"),
            ("phone number", "phoneNumber"),
            ("x-forwarded-for", "xForwardedFor"),
            // Non-ASCII letters are kept.
            ("имя_отправителя", "имяОтправителя"),
            ("Größe", "größe"),
            ("café_id", "caféID"),
            // Nothing usable.
            ("", "unnamed"),
            ("_", "unnamed"),
            ("-.-", "unnamed"),
        ]
    )
    func propertyName(_ wireName: String, _ expected: String) {
        #expect(SwiftNaming.propertyName(wireName) == expected)
    }

    @Test(
        "escaped",
        arguments: [
            ("operator", "`operator`"),
            ("default", "`default`"),
            ("class", "`class`"),
            ("func", "`func`"),
            ("in", "`in`"),
            ("is", "`is`"),
            ("repeat", "`repeat`"),
            ("throws", "`throws`"),
            ("Type", "`Type`"),
            ("Self", "`Self`"),
            ("Any", "`Any`"),
            ("Protocol", "`Protocol`"),
            // `await` is reserved in expressions: `self.x = await` does not compile.
            ("await", "`await`"),
            // Already usable as identifiers.
            ("self_", "self_"),
            ("lastDate", "lastDate"),
            ("SendSMS2", "SendSMS2"),
            ("type", "type"),
            ("get", "get"),
            ("set", "set"),
            ("async", "async"),
            ("some", "`some`"),
        ]
    )
    func escaped(_ identifier: String, _ expected: String) {
        #expect(SwiftNaming.escaped(identifier) == expected)
    }

    @Test(
        "words",
        arguments: [
            ("send_sms2", ["send", "sms2"]),
            ("BalanceResponseType", ["Balance", "Response", "Type"]),
            ("senderID", ["sender", "ID"]),
            ("phone2Number", ["phone2", "Number"]),
            ("a__b", ["a", "b"]),
            ("__", []),
        ]
    )
    func words(_ name: String, _ expected: [String]) {
        #expect(SwiftNaming.words(name) == expected)
    }

    @Test(
        "every generated identifier is a valid Swift identifier",
        arguments: [
            "send_sms2", "operator", "self", "2fa", "имя", "a-b", "", "_", "x·y", "ab\u{301}c",
        ]
    )
    func identifiersAreValid(_ wireName: String) {
        for name in [SwiftNaming.typeName(wireName), SwiftNaming.propertyName(wireName)] {
            let scalars = Array(name.unicodeScalars)
            #expect(!scalars.isEmpty)
            #expect(scalars.first.map { $0 == "_" || $0.properties.isXIDStart } == true, "\(name)")
            #expect(scalars.allSatisfy { $0.properties.isXIDContinue }, "\(name)")
            #expect(name != "_")
        }
    }
}
