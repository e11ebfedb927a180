import SOAPRuntime
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite("SOAPScalar")
struct SOAPScalarTests {
    // MARK: - xsd:string

    @Test(
        "String keeps its lexical form exactly, whitespace included",
        arguments: [
            "", " ", "  a  ", "\t\n", "\r\n", "\n 5 \n", "true", "\u{A0}x\u{A0}", "Привет",
        ])
    func stringKeepsWhitespace(text: String) {
        #expect(String(soapLexicalForm: text).map { Array($0.utf8) } == Array(text.utf8))
        #expect(text.soapLexicalForm == text)
    }

    // MARK: - xsd:boolean

    @Test(
        "Bool accepts true, false, 1 and 0 with surrounding XML whitespace",
        arguments: [
            ("true", true), ("false", false), ("1", true), ("0", false),
            (" true ", true), ("\n\tfalse\r\n", false), ("\r1", true), ("0 ", false),
        ])
    func boolValid(text: String, expected: Bool) {
        #expect(Bool(soapLexicalForm: text) == expected)
    }

    @Test(
        "Bool rejects every other form",
        arguments: [
            "", " ", "TRUE", "True", "FALSE", "yes", "no", "t", "f", "01", "00", "2", "-1", "+1", "1.0", "on",
            "tr ue", "\u{A0}true",
        ])
    func boolInvalid(text: String) {
        #expect(Bool(soapLexicalForm: text) == nil)
    }

    @Test("Bool writes true and false")
    func boolOutput() {
        #expect(true.soapLexicalForm == "true")
        #expect(false.soapLexicalForm == "false")
    }

    // MARK: - Integers

    @Test(
        "Int32 accepts an optional sign, leading zeros and surrounding XML whitespace",
        arguments: [
            ("5", 5), ("+5", 5), ("-5", -5), ("0", 0), ("-0", 0), ("+0", 0), ("007", 7), ("-007", -7),
            (" 42", 42), ("42 ", 42), ("\t\n42\r\n", 42), ("\r\n -1 \t", -1),
            ("2147483647", Int32.max), ("-2147483648", Int32.min), ("+2147483647", Int32.max),
        ] as [(String, Int32)])
    func int32Valid(text: String, expected: Int32) {
        #expect(Int32(soapLexicalForm: text) == expected)
    }

    @Test(
        "Int32 rejects what xsd:int does not allow",
        arguments: [
            "", " ", "+", "-", "++5", "+-5", "-+5", "--5", "5+", "5-", "5.0", "5.", ".5", "1e3", "0x10", "0b1",
            "1_000", "1 000", "1,000", "5 5", "five", "\u{A0}5", "5\u{2003}", "١٢", "５",
            "2147483648", "-2147483649", "99999999999999999999",
        ])
    func int32Invalid(text: String) {
        #expect(Int32(soapLexicalForm: text) == nil)
    }

    @Test(
        "Int8 and Int16 reject overflow on both sides",
        arguments: [
            ("127", Int8.max as Int8?), ("-128", Int8.min), ("+127", 127), ("128", nil), ("-129", nil), ("300", nil),
            ("255", nil),
        ])
    func int8Range(text: String, expected: Int8?) {
        #expect(Int8(soapLexicalForm: text) == expected)
    }

    @Test(
        "Int16 range",
        arguments: [("32767", Int16.max as Int16?), ("-32768", Int16.min), ("32768", nil), ("-32769", nil)])
    func int16Range(text: String, expected: Int16?) {
        #expect(Int16(soapLexicalForm: text) == expected)
    }

    @Test(
        "Int64 and Int range",
        arguments: [
            ("9223372036854775807", Int64.max as Int64?), ("-9223372036854775808", Int64.min),
            ("9223372036854775808", nil), ("-9223372036854775809", nil),
        ])
    func int64Range(text: String, expected: Int64?) {
        #expect(Int64(soapLexicalForm: text) == expected)
        #expect(Int(soapLexicalForm: text) == expected.map(Int.init))
    }

    @Test(
        "unsigned types reject negatives and overflow",
        arguments: [
            ("0", 0 as UInt64?), ("+7", 7), ("18446744073709551615", UInt64.max), ("18446744073709551616", nil),
            ("-1", nil),
            ("-5", nil),
        ])
    func uint64Range(text: String, expected: UInt64?) {
        #expect(UInt64(soapLexicalForm: text) == expected)
        #expect(UInt(soapLexicalForm: text) == expected.map(UInt.init))
    }

    @Test("UInt8, UInt16 and UInt32 upper bounds")
    func smallUnsignedRanges() {
        #expect(UInt8(soapLexicalForm: "255") == 255)
        #expect(UInt8(soapLexicalForm: "256") == nil)
        #expect(UInt16(soapLexicalForm: "65535") == 65535)
        #expect(UInt16(soapLexicalForm: "65536") == nil)
        #expect(UInt32(soapLexicalForm: " 4294967295 ") == 4_294_967_295)
        #expect(UInt32(soapLexicalForm: "4294967296") == nil)
    }

    @Test("integers are written in plain decimal")
    func integerOutput() {
        #expect(Int32(-5).soapLexicalForm == "-5")
        #expect(Int32(0).soapLexicalForm == "0")
        #expect(Int8.min.soapLexicalForm == "-128")
        #expect(Int64.min.soapLexicalForm == "-9223372036854775808")
        #expect(UInt64.max.soapLexicalForm == "18446744073709551615")
        #expect(Int(1_000_000).soapLexicalForm == "1000000")
    }

    // MARK: - xsd:double and xsd:float

    @Test(
        "Double accepts decimal and exponent forms and the special values INF, -INF, NaN",
        arguments: [
            ("0", 0.0), ("1", 1.0), ("1.5", 1.5), ("-1.5", -1.5), ("+1.5", 1.5), (".5", 0.5), ("5.", 5.0),
            ("-.5", -0.5),
            ("1e3", 1000.0), ("1E3", 1000.0), ("1e+3", 1000.0), ("1E-3", 0.001), ("12.5e-1", 1.25), ("007.50", 7.5),
            (" 12.5 ", 12.5), ("\t\n-3\r\n", -3.0),
            ("INF", Double.infinity), ("+INF", Double.infinity), ("-INF", -Double.infinity),
            (" INF\n", Double.infinity),
            ("1.7976931348623157e308", Double.greatestFiniteMagnitude), ("5e-324", Double.leastNonzeroMagnitude),
        ])
    func doubleValid(text: String, expected: Double) {
        #expect(Double(soapLexicalForm: text) == expected)
    }

    @Test("Double NaN and negative zero")
    func doubleSpecials() throws {
        #expect(try #require(Double(soapLexicalForm: "NaN")).isNaN)
        #expect(try #require(Double(soapLexicalForm: " NaN ")).isNaN)
        let negativeZero = try #require(Double(soapLexicalForm: "-0"))
        #expect(negativeZero == 0 && negativeZero.sign == .minus)
        #expect(try #require(Float(soapLexicalForm: "NaN")).isNaN)
    }

    @Test(
        "Double rejects Swift-only spellings (inf, nan, hex floats) and other malformed text",
        arguments: [
            "", " ", "inf", "-inf", "+inf", "Inf", "infinity", "Infinity", "nan", "NAN", "-NaN", "+NaN", "snan",
            "0x1p3", "0x10", "0X1P-2", "1e", "e3", "E", ".", "+", "-", "1.2.3", "--1", "+-1", "1e3.5", "1 000", "1,5",
            "1_0", "١", "５", "1d", "1f", "- INF", "INF5", "\u{A0}1",
        ])
    func doubleInvalid(text: String) {
        #expect(Double(soapLexicalForm: text) == nil)
        #expect(Float(soapLexicalForm: text) == nil)
    }

    @Test(
        "Float accepts the same lexical forms",
        arguments: [
            ("1.5", Float(1.5)), ("-2.25e1", -22.5), ("INF", .infinity), ("-INF", -.infinity), (" 3 ", 3),
        ])
    func floatValid(text: String, expected: Float) {
        #expect(Float(soapLexicalForm: text) == expected)
    }

    @Test("Double and Float write INF, -INF and NaN")
    func floatingSpecialOutput() {
        #expect(Double.infinity.soapLexicalForm == "INF")
        #expect((-Double.infinity).soapLexicalForm == "-INF")
        #expect(Double.nan.soapLexicalForm == "NaN")
        #expect((-Double.nan).soapLexicalForm == "NaN")
        #expect(Float.infinity.soapLexicalForm == "INF")
        #expect((-Float.infinity).soapLexicalForm == "-INF")
        #expect(Float.nan.soapLexicalForm == "NaN")
        #expect(1.5.soapLexicalForm == "1.5")
        #expect((-0.25).soapLexicalForm == "-0.25")
    }

    @Test(
        "finite Doubles round-trip exactly through their lexical form",
        arguments: [
            0.1, -0.0, 1.0, -1.5, 1e20, 1e-20, 123456789.125, Double.pi, Double.greatestFiniteMagnitude,
            -Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude, Double.leastNormalMagnitude,
        ])
    func doubleRoundTrip(value: Double) throws {
        let parsed = try #require(Double(soapLexicalForm: value.soapLexicalForm))
        #expect(parsed.bitPattern == value.bitPattern, "\(value.soapLexicalForm)")
    }

    @Test(
        "finite Floats round-trip exactly through their lexical form",
        arguments: [
            Float(0.1), -0.0, Float.greatestFiniteMagnitude, Float.leastNonzeroMagnitude, Float.leastNormalMagnitude,
            16_777_216, -2.5,
        ])
    func floatRoundTrip(value: Float) throws {
        let parsed = try #require(Float(soapLexicalForm: value.soapLexicalForm))
        #expect(parsed.bitPattern == value.bitPattern, "\(value.soapLexicalForm)")
    }

    // MARK: - xsd:decimal

    @Test(
        "Decimal accepts an optional sign and at most one point, without an exponent",
        arguments: [
            ("1.5", "1.5"), ("-1.5", "-1.5"), ("+1.5", "1.5"), (".5", "0.5"), ("5.", "5"), ("-.5", "-0.5"),
            ("007", "7"),
            ("0", "0"), ("-0", "0"), (" 3.25 ", "3.25"), ("\n\t-12.345\r\n", "-12.345"),
            ("123456789.123456789", "123456789.123456789"), ("0.000001", "0.000001"), ("-0.00", "0"),
            // 19 digits are built from the digits; longer values go through Foundation's parser.
            ("9999999999999999999", "9999999999999999999"), ("-999999999.9999999999", "-999999999.9999999999"),
            ("12345678901234567890.5", "12345678901234567890.5"),
            ("-12345678901234567890123", "-12345678901234567890123"),
        ])
    func decimalValid(text: String, expected: String) throws {
        let value = try #require(Decimal(soapLexicalForm: text))
        #expect(value == Decimal(string: expected, locale: nil))
    }

    @Test(
        "Decimal rejects exponents, special values and other malformed text",
        arguments: [
            "1e3", "1E3", "1.5e-2", "", " ", ".", "+", "-", "+.", "-.", "1.2.3", "1,5", "1 000", "NaN", "INF", "-INF",
            "nan", "0x1", "--1", "+-1", "-+1", "++1", "1-", "1_0", "١", "５", "\u{A0}1", "abc",
        ])
    func decimalInvalid(text: String) {
        #expect(Decimal(soapLexicalForm: text) == nil)
    }

    @Test(
        "Decimal writes plain decimal notation that reads back equal",
        arguments: [
            "1.5", "-12.345", "0", "7", "123456789.123456789", "0.000001",
        ])
    func decimalOutput(text: String) throws {
        let value = try #require(Decimal(string: text, locale: nil))
        #expect(value.soapLexicalForm == text)
        #expect(Decimal(soapLexicalForm: value.soapLexicalForm) == value)
    }
}
