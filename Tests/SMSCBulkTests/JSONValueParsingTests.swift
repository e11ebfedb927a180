import Testing

@testable import SMSCBulk

struct JSONValueParsingTests {
    @Test(arguments: [
        #"{"a":1,"b":[true,false,null],"c":"x"}"#,
        #"{"money":2.50,"big":12345678901234567890,"exp":-1.5e+3}"#,
        #"{"text":"quote \" backslash \\ newline \n tab \t ctl \u0001 line sep \u2028 ünï 👋"}"#,
        #"[]"#,
        #"{}"#,
        #""""#,
    ])
    func parsingThenSerializingGivesTheSameText(text: String) throws {
        let value = try JSONValue(parsing: Array(text.utf8))
        #expect(value.serialized == text)
    }

    @Test func keepsNumbersAsTextAndKeysInOrder() throws {
        let value = try JSONValue(parsing: Array(#" { "z" : 2.50 , "a" : [ 1 , 2 ] } "#.utf8))
        #expect(value == .object([("z", .number("2.50")), ("a", .array([.number("1"), .number("2")]))]))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONValue(parsing: Array(#""\u00e9\ud83d\udc4b\/""#.utf8))
        #expect(value == .string("é👋/"))
    }

    @Test(arguments: [#"{"a":1"#, #"{"a":01}"#, #"[1,]"#, #""\ud800""#, "tru", #"{"a":1} x"#, "\"a\nb\""])
    func rejectsMalformedText(text: String) {
        #expect(throws: JSONValue.ParsingError.self) {
            try JSONValue(parsing: Array(text.utf8))
        }
    }

    @Test func rejectsDeepNesting() {
        let text = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONValue.ParsingError.self) {
            try JSONValue(parsing: Array(text.utf8))
        }
    }
}
