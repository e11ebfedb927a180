import BuiltinTypesFixture
import Foundation
import SOAPRuntime
import SOAPXML
import Testing

/// The XML Schema built-in simple types: each becomes the Swift type of its range (so a value out of it is refused
/// when read, naming the element), numbers are written in their XML Schema lexical form and read in any of them, and
/// the types kept as `String` (dates, durations, binary, names) carry their lexical form unchanged both ways.
struct BuiltinTypesTests {
    /// Every field at the low end of its type's range, or an edge of its lexical space.
    static let lowest = BuiltinsSOAP.Values(
        short: .min, byte: .min, int: .min, long: .min, integer: .min, nonNegativeInteger: 0, positiveInteger: 1,
        nonPositiveInteger: 0, negativeInteger: -1, unsignedByte: .min, unsignedShort: .min, unsignedInt: .min,
        unsignedLong: .min, float: -.infinity, double: -.greatestFiniteMagnitude, decimal: Decimal(string: "-0.000001"),
        boolean: false, dateTime: "0001-01-01T00:00:00Z", date: "-0044-03-15", time: "00:00:00.000001",
        duration: "-P1Y2M3DT4H5M6.7S", gYear: "-0001", gYearMonth: "1999-12", gMonth: "--01", gMonthDay: "--02-29",
        gDay: "---31", base64Binary: "", hexBinary: "", normalizedString: "", token: "a", language: "x-klingon",
        name: "_:a", ncname: "_a", nmtoken: "-", nmtokens: "a b", id: "id-1", idref: "id-1", idrefs: "id-1 id-2",
        qname: "tns:Values", anyURI: "", anySimpleType: ""
    )

    /// Every field at the high end of its type's range, or another edge of its lexical space.
    static let highest = BuiltinsSOAP.Values(
        short: .max, byte: .max, int: .max, long: .max, integer: .max, nonNegativeInteger: .max, positiveInteger: .max,
        nonPositiveInteger: .min, negativeInteger: .min, unsignedByte: .max, unsignedShort: .max, unsignedInt: .max,
        unsignedLong: .max, float: .greatestFiniteMagnitude, double: .infinity,
        decimal: Decimal(string: "79228162514264337593543950335"), boolean: true,
        dateTime: "9999-12-31T23:59:59.999+14:00", date: "2024-02-29Z", time: "23:59:59-12:00",
        duration: "PT0S", gYear: "12345", gYearMonth: "2024-02+03:00", gMonth: "--12", gMonthDay: "--12-31",
        gDay: "---01Z", base64Binary: "AAEC/w==", hexBinary: "00FFab", normalizedString: "a b  c", token: "a b c",
        language: "ru-RU", name: "Values", ncname: "Values.v2", nmtoken: "2024-01", nmtokens: "x", id: "Z", idref: "Z",
        idrefs: "Z", qname: "Values", anyURI: "https://smsc.ru/sys/soap.php?wsdl#x y", anySimpleType: "<&>\"'"
    )

    static func reply(_ values: String) -> [UInt8] {
        Array(
            (#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>"#
                + #"<b:echoResponse xmlns:b="urn:example:builtins"><values>\#(values)</values></b:echoResponse>"#
                + "</s:Body></s:Envelope>").utf8
        )
    }

    @Test(arguments: [lowest, highest, BuiltinsSOAP.Values()])
    func everyValueSurvivesEncodingAndDecoding(_ values: BuiltinsSOAP.Values) throws {
        let request = BuiltinsSOAP.EchoRequest(values: values)
        let envelope = try SOAPEnvelope.encode(request, version: .soap11, namespaces: BuiltinsSOAP.service.namespaces)
        #expect(try SOAPEnvelope.decode(BuiltinsSOAP.EchoRequest.self, from: envelope) == request)
        let response = BuiltinsSOAP.EchoResponse(values: values)
        let reply = try SOAPEnvelope.encode(response, version: .soap11, namespaces: BuiltinsSOAP.service.namespaces)
        #expect(try SOAPEnvelope.decode(BuiltinsSOAP.EchoResponse.self, from: reply) == response)
    }

    @Test func numbersAreWrittenInTheirLexicalForm() throws {
        let envelope = try SOAPEnvelope.encode(
            BuiltinsSOAP.EchoRequest(values: Self.highest), version: .soap11,
            namespaces: BuiltinsSOAP.service.namespaces
        )
        let text = String(decoding: envelope, as: UTF8.self)
        for element in [
            "<short>32767</short>", "<byte>127</byte>", "<int>2147483647</int>", "<long>9223372036854775807</long>",
            "<integer>9223372036854775807</integer>", "<negativeInteger>-9223372036854775808</negativeInteger>",
            "<unsignedByte>255</unsignedByte>", "<unsignedShort>65535</unsignedShort>",
            "<unsignedInt>4294967295</unsignedInt>", "<unsignedLong>18446744073709551615</unsignedLong>",
            "<float>3.4028235e+38</float>", "<double>INF</double>", "<decimal>79228162514264337593543950335</decimal>",
            "<boolean>true</boolean>", "<hexBinary>00FFab</hexBinary>", "<base64Binary>AAEC/w==</base64Binary>",
            "<anySimpleType>&lt;&amp;&gt;\"'</anySimpleType>",
        ] {
            #expect(text.contains(element), "\(element) in \(text)")
        }
    }

    @Test func numbersAreReadInAnyLexicalForm() throws {
        let decoded = try SOAPEnvelope.decode(
            BuiltinsSOAP.EchoResponse.self,
            from: Self.reply(
                "<short>+5</short><byte>\n -7 \t</byte><unsignedShort>007</unsignedShort><float>1E3</float>"
                    + "<double>-INF</double><boolean>1</boolean><decimal>+.5</decimal><unsignedLong>+0</unsignedLong>"
            )
        ).values
        #expect(decoded.short == 5)
        #expect(decoded.byte == -7)
        #expect(decoded.unsignedShort == 7)
        #expect(decoded.float == 1000)
        #expect(decoded.double == -.infinity)
        #expect(decoded.boolean == true)
        #expect(decoded.decimal == Decimal(string: "0.5"))
        #expect(decoded.unsignedLong == 0)
        let notANumber = try SOAPEnvelope.decode(BuiltinsSOAP.EchoResponse.self, from: Self.reply("<float>NaN</float>"))
        #expect(notANumber.values.float?.isNaN == true)
    }

    /// A value out of the Swift type's range, or not in the XML Schema lexical space, is refused with the element's
    /// path: the mapping is to the type of that range, not to a wider one.
    @Test(arguments: [
        ("byte", "128"), ("byte", "-129"), ("short", "32768"), ("int", "-2147483649"), ("long", "9223372036854775808"),
        ("unsignedByte", "256"), ("unsignedByte", "-1"), ("unsignedShort", "65536"), ("unsignedInt", "4294967296"),
        ("unsignedLong", "18446744073709551616"), ("integer", "1.0"), ("float", "inf"), ("float", "0x1p3"),
        ("double", "1,5"), ("boolean", "yes"), ("decimal", "1e3"),
    ])
    func aValueOutsideTheTypeIsRefusedNamingItsElement(_ element: String, value: String) {
        #expect {
            let reply = Self.reply("<\(element)>\(value)</\(element)>")
            return try SOAPEnvelope.decode(BuiltinsSOAP.EchoResponse.self, from: reply)
        } throws: { error in
            "\(error)".contains("echoResponse/values/\(element)")
        }
    }

    @Test func typesKeptAsStringsCarryTheirLexicalFormUnchanged() throws {
        let decoded = try SOAPEnvelope.decode(
            BuiltinsSOAP.EchoResponse.self,
            from: Self.reply(
                "<dateTime> 2024-02-29T23:59:60Z </dateTime><duration>P1D</duration><base64Binary>AA\nEC</base64Binary>"
                    + "<QName>b:echo</QName><NMTOKENS> a  b </NMTOKENS>"
            )
        ).values
        // Parsing them is the caller's: not even whitespace is collapsed.
        #expect(decoded.dateTime == " 2024-02-29T23:59:60Z ")
        #expect(decoded.duration == "P1D")
        #expect(decoded.base64Binary == "AA\nEC")
        #expect(decoded.qname == "b:echo")
        #expect(decoded.nmtokens == " a  b ")
    }
}
