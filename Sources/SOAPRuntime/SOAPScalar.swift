import SOAPXML

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A Swift type that stands for an XML Schema built-in simple type.
///
/// The generator maps `xsd:string` and the other string-like built-ins to `String` (the lexical form is kept
/// exactly as sent), `xsd:boolean` to `Bool`, the integer types to the matching fixed-width integers,
/// `xsd:decimal` to `Decimal`, and `xsd:double`/`xsd:float` to `Double`/`Float`.
public protocol SOAPScalar: Sendable, Hashable {
    /// Parses the XML Schema lexical form; `nil` when the text is not a valid value.
    init?(soapLexicalForm text: String)
    /// The XML Schema lexical form of the value.
    var soapLexicalForm: String { get }
}

extension String: SOAPScalar {
    public init?(soapLexicalForm text: String) {
        self = text
    }

    public var soapLexicalForm: String { self }
}

extension Bool: SOAPScalar {
    public init?(soapLexicalForm text: String) {
        switch text.trimmingXMLWhitespace() {
        case "true", "1": self = true
        case "false", "0": self = false
        default: return nil
        }
    }

    public var soapLexicalForm: String { self ? "true" : "false" }
}

extension SOAPScalar where Self: FixedWidthInteger {
    public init?(soapLexicalForm text: String) {
        // Swift's parser already takes one optional `+` or `-`; dropping a `+` first would let "++5" and "+-5" in.
        guard let value = Self(text.trimmingXMLWhitespace(), radix: 10) else { return nil }
        self = value
    }

    public var soapLexicalForm: String { String(self) }
}

extension Int: SOAPScalar {}
extension Int8: SOAPScalar {}
extension Int16: SOAPScalar {}
extension Int32: SOAPScalar {}
extension Int64: SOAPScalar {}
extension UInt: SOAPScalar {}
extension UInt8: SOAPScalar {}
extension UInt16: SOAPScalar {}
extension UInt32: SOAPScalar {}
extension UInt64: SOAPScalar {}

extension SOAPScalar where Self: BinaryFloatingPoint & LosslessStringConvertible {
    public init?(soapLexicalForm text: String) {
        switch text.trimmingXMLWhitespace() {
        case "INF", "+INF": self = .infinity
        case "-INF": self = -.infinity
        case "NaN": self = .nan
        case let other:
            // Swift also accepts "inf", "nan" and hexadecimal floats, which XML Schema does not.
            guard other.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }), let value = Self(other)
            else { return nil }
            self = value
        }
    }

    public var soapLexicalForm: String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-INF" : "INF" }
        return "\(self)"
    }
}

extension Double: SOAPScalar {}
extension Float: SOAPScalar {}

extension Decimal: SOAPScalar {
    public init?(soapLexicalForm text: String) {
        let trimmed = text.trimmingXMLWhitespace()
        // xsd:decimal: optional sign, digits with at most one '.', no exponent. Checked byte by byte; a value of up to
        // 19 digits (every amount a SOAP service sends) is built from its digits, longer ones by Foundation's parser.
        var bytes = Substring(trimmed).utf8[...]
        var isNegative = false
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            isNegative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits += 1
                if seenPoint { fractionDigits += 1 }
                if digits <= 19 { significand = significand * 10 + UInt64(byte - UInt8(ascii: "0")) }
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        if digits <= 19 {
            // A negative zero would be Foundation's NaN: zero is zero, whatever its sign.
            self = Decimal(
                sign: isNegative && significand != 0 ? .minus : .plus,
                exponent: -fractionDigits,
                significand: Decimal(significand)
            )
            return
        }
        guard let value = Decimal(string: String(Substring(bytes)), locale: nil) else { return nil }
        self = isNegative ? -value : value
    }

    public var soapLexicalForm: String { "\(self)" }
}

/// `xsd:list`: the items' lexical forms separated by single spaces; read at any run of XML whitespace.
extension Array: SOAPScalar where Element: SOAPScalar {
    public init?(soapLexicalForm text: String) {
        var items: [Element] = []
        // By scalars: "\r\n" is one Character, which a comparison with "\n" or "\r" would not split at.
        for token in text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        {
            guard let item = Element(soapLexicalForm: String(String.UnicodeScalarView(token))) else { return nil }
            items.append(item)
        }
        self = items
    }

    public var soapLexicalForm: String {
        map(\.soapLexicalForm).joined(separator: " ")
    }
}
