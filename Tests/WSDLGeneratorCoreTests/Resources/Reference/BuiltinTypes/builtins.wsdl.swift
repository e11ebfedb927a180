// smsc-wsdl-gen wrote this file from builtins.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Builtins`, port `BuiltinsSoap`, binding `BuiltinsSoap` (SOAP 1.1, document/literal).

public import Foundation
@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `builtins.wsdl`.
///
/// Port type `BuiltinsPort` through binding `BuiltinsSoap` (SOAP 1.1, document/literal) at port `BuiltinsSoap` of service `Builtins`.
public enum BuiltinsSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:builtins", address: "http://127.0.0.1:8080/builtins", namespaces: ["urn:example:builtins"], soapVersion: .soap11)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["echo"]

    /// WSDL operation `echo` of port type `BuiltinsPort`.
    ///
    /// Input element `echo`, output element `echoResponse`, soapAction `urn:example:builtins#echo`.
    public enum Echo: SOAPRuntime.SOAPOperation {
        /// The input body element `echo`.
        public typealias Input = BuiltinsSOAP.EchoRequest

        /// The output body element `echoResponse`.
        public typealias Output = BuiltinsSOAP.EchoResponse

        /// The WSDL operation name.
        public static let operationName = "echo"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:builtins#echo"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            BuiltinsSOAP.service
        }
    }

    /// WSDL complexType `Values`.
    public struct Values: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `short`: xsd:short, optional.
        public var short: Swift.Int16?
        /// WSDL element `byte`: xsd:byte, optional.
        public var byte: Swift.Int8?
        /// WSDL element `int`: xsd:int, optional.
        public var int: Swift.Int32?
        /// WSDL element `long`: xsd:long, optional.
        public var long: Swift.Int64?
        /// WSDL element `integer`: xsd:integer, optional.
        public var integer: Swift.Int?
        /// WSDL element `nonNegativeInteger`: xsd:nonNegativeInteger, optional.
        public var nonNegativeInteger: Swift.Int?
        /// WSDL element `positiveInteger`: xsd:positiveInteger, optional.
        public var positiveInteger: Swift.Int?
        /// WSDL element `nonPositiveInteger`: xsd:nonPositiveInteger, optional.
        public var nonPositiveInteger: Swift.Int?
        /// WSDL element `negativeInteger`: xsd:negativeInteger, optional.
        public var negativeInteger: Swift.Int?
        /// WSDL element `unsignedByte`: xsd:unsignedByte, optional.
        public var unsignedByte: Swift.UInt8?
        /// WSDL element `unsignedShort`: xsd:unsignedShort, optional.
        public var unsignedShort: Swift.UInt16?
        /// WSDL element `unsignedInt`: xsd:unsignedInt, optional.
        public var unsignedInt: Swift.UInt32?
        /// WSDL element `unsignedLong`: xsd:unsignedLong, optional.
        public var unsignedLong: Swift.UInt64?
        /// WSDL element `float`: xsd:float, optional.
        public var float: Swift.Float?
        /// WSDL element `double`: xsd:double, optional.
        public var double: Swift.Double?
        /// WSDL element `decimal`: xsd:decimal, optional.
        public var decimal: Foundation.Decimal?
        /// WSDL element `boolean`: xsd:boolean, optional.
        public var boolean: Swift.Bool?
        /// WSDL element `dateTime`: xsd:dateTime, optional.
        public var dateTime: Swift.String?
        /// WSDL element `date`: xsd:date, optional.
        public var date: Swift.String?
        /// WSDL element `time`: xsd:time, optional.
        public var time: Swift.String?
        /// WSDL element `duration`: xsd:duration, optional.
        public var duration: Swift.String?
        /// WSDL element `gYear`: xsd:gYear, optional.
        public var gYear: Swift.String?
        /// WSDL element `gYearMonth`: xsd:gYearMonth, optional.
        public var gYearMonth: Swift.String?
        /// WSDL element `gMonth`: xsd:gMonth, optional.
        public var gMonth: Swift.String?
        /// WSDL element `gMonthDay`: xsd:gMonthDay, optional.
        public var gMonthDay: Swift.String?
        /// WSDL element `gDay`: xsd:gDay, optional.
        public var gDay: Swift.String?
        /// WSDL element `base64Binary`: xsd:base64Binary, optional.
        public var base64Binary: Swift.String?
        /// WSDL element `hexBinary`: xsd:hexBinary, optional.
        public var hexBinary: Swift.String?
        /// WSDL element `normalizedString`: xsd:normalizedString, optional.
        public var normalizedString: Swift.String?
        /// WSDL element `token`: xsd:token, optional.
        public var token: Swift.String?
        /// WSDL element `language`: xsd:language, optional.
        public var language: Swift.String?
        /// WSDL element `Name`: xsd:Name, optional.
        public var name: Swift.String?
        /// WSDL element `NCName`: xsd:NCName, optional.
        public var ncname: Swift.String?
        /// WSDL element `NMTOKEN`: xsd:NMTOKEN, optional.
        public var nmtoken: Swift.String?
        /// WSDL element `NMTOKENS`: xsd:NMTOKENS, optional.
        public var nmtokens: Swift.String?
        /// WSDL element `ID`: xsd:ID, optional.
        public var id: Swift.String?
        /// WSDL element `IDREF`: xsd:IDREF, optional.
        public var idref: Swift.String?
        /// WSDL element `IDREFS`: xsd:IDREFS, optional.
        public var idrefs: Swift.String?
        /// WSDL element `QName`: xsd:QName, optional.
        public var qname: Swift.String?
        /// WSDL element `anyURI`: xsd:anyURI, optional.
        public var anyURI: Swift.String?
        /// WSDL element `anySimpleType`: xsd:anySimpleType, optional.
        public var anySimpleType: Swift.String?

        /// Creates a value from its fields.
        public init(short: Swift.Int16? = nil, byte: Swift.Int8? = nil, int: Swift.Int32? = nil, long: Swift.Int64? = nil, integer: Swift.Int? = nil, nonNegativeInteger: Swift.Int? = nil, positiveInteger: Swift.Int? = nil, nonPositiveInteger: Swift.Int? = nil, negativeInteger: Swift.Int? = nil, unsignedByte: Swift.UInt8? = nil, unsignedShort: Swift.UInt16? = nil, unsignedInt: Swift.UInt32? = nil, unsignedLong: Swift.UInt64? = nil, float: Swift.Float? = nil, double: Swift.Double? = nil, decimal: Foundation.Decimal? = nil, boolean: Swift.Bool? = nil, dateTime: Swift.String? = nil, date: Swift.String? = nil, time: Swift.String? = nil, duration: Swift.String? = nil, gYear: Swift.String? = nil, gYearMonth: Swift.String? = nil, gMonth: Swift.String? = nil, gMonthDay: Swift.String? = nil, gDay: Swift.String? = nil, base64Binary: Swift.String? = nil, hexBinary: Swift.String? = nil, normalizedString: Swift.String? = nil, token: Swift.String? = nil, language: Swift.String? = nil, name: Swift.String? = nil, ncname: Swift.String? = nil, nmtoken: Swift.String? = nil, nmtokens: Swift.String? = nil, id: Swift.String? = nil, idref: Swift.String? = nil, idrefs: Swift.String? = nil, qname: Swift.String? = nil, anyURI: Swift.String? = nil, anySimpleType: Swift.String? = nil) {
            self.short = short
            self.byte = byte
            self.int = int
            self.long = long
            self.integer = integer
            self.nonNegativeInteger = nonNegativeInteger
            self.positiveInteger = positiveInteger
            self.nonPositiveInteger = nonPositiveInteger
            self.negativeInteger = negativeInteger
            self.unsignedByte = unsignedByte
            self.unsignedShort = unsignedShort
            self.unsignedInt = unsignedInt
            self.unsignedLong = unsignedLong
            self.float = float
            self.double = double
            self.decimal = decimal
            self.boolean = boolean
            self.dateTime = dateTime
            self.date = date
            self.time = time
            self.duration = duration
            self.gYear = gYear
            self.gYearMonth = gYearMonth
            self.gMonth = gMonth
            self.gMonthDay = gMonthDay
            self.gDay = gDay
            self.base64Binary = base64Binary
            self.hexBinary = hexBinary
            self.normalizedString = normalizedString
            self.token = token
            self.language = language
            self.name = name
            self.ncname = ncname
            self.nmtoken = nmtoken
            self.nmtokens = nmtokens
            self.id = id
            self.idref = idref
            self.idrefs = idrefs
            self.qname = qname
            self.anyURI = anyURI
            self.anySimpleType = anySimpleType
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 41)
            if let value = self.short {
                values["short"] = value.soapLexicalForm
            }
            if let value = self.byte {
                values["byte"] = value.soapLexicalForm
            }
            if let value = self.int {
                values["int"] = value.soapLexicalForm
            }
            if let value = self.long {
                values["long"] = value.soapLexicalForm
            }
            if let value = self.integer {
                values["integer"] = value.soapLexicalForm
            }
            if let value = self.nonNegativeInteger {
                values["nonNegativeInteger"] = value.soapLexicalForm
            }
            if let value = self.positiveInteger {
                values["positiveInteger"] = value.soapLexicalForm
            }
            if let value = self.nonPositiveInteger {
                values["nonPositiveInteger"] = value.soapLexicalForm
            }
            if let value = self.negativeInteger {
                values["negativeInteger"] = value.soapLexicalForm
            }
            if let value = self.unsignedByte {
                values["unsignedByte"] = value.soapLexicalForm
            }
            if let value = self.unsignedShort {
                values["unsignedShort"] = value.soapLexicalForm
            }
            if let value = self.unsignedInt {
                values["unsignedInt"] = value.soapLexicalForm
            }
            if let value = self.unsignedLong {
                values["unsignedLong"] = value.soapLexicalForm
            }
            if let value = self.float {
                values["float"] = value.soapLexicalForm
            }
            if let value = self.double {
                values["double"] = value.soapLexicalForm
            }
            if let value = self.decimal {
                values["decimal"] = value.soapLexicalForm
            }
            if let value = self.boolean {
                values["boolean"] = value.soapLexicalForm
            }
            if let value = self.dateTime {
                values["dateTime"] = value.soapLexicalForm
            }
            if let value = self.date {
                values["date"] = value.soapLexicalForm
            }
            if let value = self.time {
                values["time"] = value.soapLexicalForm
            }
            if let value = self.duration {
                values["duration"] = value.soapLexicalForm
            }
            if let value = self.gYear {
                values["gYear"] = value.soapLexicalForm
            }
            if let value = self.gYearMonth {
                values["gYearMonth"] = value.soapLexicalForm
            }
            if let value = self.gMonth {
                values["gMonth"] = value.soapLexicalForm
            }
            if let value = self.gMonthDay {
                values["gMonthDay"] = value.soapLexicalForm
            }
            if let value = self.gDay {
                values["gDay"] = value.soapLexicalForm
            }
            if let value = self.base64Binary {
                values["base64Binary"] = value.soapLexicalForm
            }
            if let value = self.hexBinary {
                values["hexBinary"] = value.soapLexicalForm
            }
            if let value = self.normalizedString {
                values["normalizedString"] = value.soapLexicalForm
            }
            if let value = self.token {
                values["token"] = value.soapLexicalForm
            }
            if let value = self.language {
                values["language"] = value.soapLexicalForm
            }
            if let value = self.name {
                values["Name"] = value.soapLexicalForm
            }
            if let value = self.ncname {
                values["NCName"] = value.soapLexicalForm
            }
            if let value = self.nmtoken {
                values["NMTOKEN"] = value.soapLexicalForm
            }
            if let value = self.nmtokens {
                values["NMTOKENS"] = value.soapLexicalForm
            }
            if let value = self.id {
                values["ID"] = value.soapLexicalForm
            }
            if let value = self.idref {
                values["IDREF"] = value.soapLexicalForm
            }
            if let value = self.idrefs {
                values["IDREFS"] = value.soapLexicalForm
            }
            if let value = self.qname {
                values["QName"] = value.soapLexicalForm
            }
            if let value = self.anyURI {
                values["anyURI"] = value.soapLexicalForm
            }
            if let value = self.anySimpleType {
                values["anySimpleType"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.short {
                try writer.writeElement("short", value: value)
            }
            if let value = self.byte {
                try writer.writeElement("byte", value: value)
            }
            if let value = self.int {
                try writer.writeElement("int", value: value)
            }
            if let value = self.long {
                try writer.writeElement("long", value: value)
            }
            if let value = self.integer {
                try writer.writeElement("integer", value: value)
            }
            if let value = self.nonNegativeInteger {
                try writer.writeElement("nonNegativeInteger", value: value)
            }
            if let value = self.positiveInteger {
                try writer.writeElement("positiveInteger", value: value)
            }
            if let value = self.nonPositiveInteger {
                try writer.writeElement("nonPositiveInteger", value: value)
            }
            if let value = self.negativeInteger {
                try writer.writeElement("negativeInteger", value: value)
            }
            if let value = self.unsignedByte {
                try writer.writeElement("unsignedByte", value: value)
            }
            if let value = self.unsignedShort {
                try writer.writeElement("unsignedShort", value: value)
            }
            if let value = self.unsignedInt {
                try writer.writeElement("unsignedInt", value: value)
            }
            if let value = self.unsignedLong {
                try writer.writeElement("unsignedLong", value: value)
            }
            if let value = self.float {
                try writer.writeElement("float", value: value)
            }
            if let value = self.double {
                try writer.writeElement("double", value: value)
            }
            if let value = self.decimal {
                try writer.writeElement("decimal", value: value)
            }
            if let value = self.boolean {
                try writer.writeElement("boolean", value: value)
            }
            if let value = self.dateTime {
                try writer.writeElement("dateTime", value: value)
            }
            if let value = self.date {
                try writer.writeElement("date", value: value)
            }
            if let value = self.time {
                try writer.writeElement("time", value: value)
            }
            if let value = self.duration {
                try writer.writeElement("duration", value: value)
            }
            if let value = self.gYear {
                try writer.writeElement("gYear", value: value)
            }
            if let value = self.gYearMonth {
                try writer.writeElement("gYearMonth", value: value)
            }
            if let value = self.gMonth {
                try writer.writeElement("gMonth", value: value)
            }
            if let value = self.gMonthDay {
                try writer.writeElement("gMonthDay", value: value)
            }
            if let value = self.gDay {
                try writer.writeElement("gDay", value: value)
            }
            if let value = self.base64Binary {
                try writer.writeElement("base64Binary", value: value)
            }
            if let value = self.hexBinary {
                try writer.writeElement("hexBinary", value: value)
            }
            if let value = self.normalizedString {
                try writer.writeElement("normalizedString", value: value)
            }
            if let value = self.token {
                try writer.writeElement("token", value: value)
            }
            if let value = self.language {
                try writer.writeElement("language", value: value)
            }
            if let value = self.name {
                try writer.writeElement("Name", value: value)
            }
            if let value = self.ncname {
                try writer.writeElement("NCName", value: value)
            }
            if let value = self.nmtoken {
                try writer.writeElement("NMTOKEN", value: value)
            }
            if let value = self.nmtokens {
                try writer.writeElement("NMTOKENS", value: value)
            }
            if let value = self.id {
                try writer.writeElement("ID", value: value)
            }
            if let value = self.idref {
                try writer.writeElement("IDREF", value: value)
            }
            if let value = self.idrefs {
                try writer.writeElement("IDREFS", value: value)
            }
            if let value = self.qname {
                try writer.writeElement("QName", value: value)
            }
            if let value = self.anyURI {
                try writer.writeElement("anyURI", value: value)
            }
            if let value = self.anySimpleType {
                try writer.writeElement("anySimpleType", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var short: Swift.Int16? = nil
            var byte: Swift.Int8? = nil
            var int: Swift.Int32? = nil
            var long: Swift.Int64? = nil
            var integer: Swift.Int? = nil
            var nonNegativeInteger: Swift.Int? = nil
            var positiveInteger: Swift.Int? = nil
            var nonPositiveInteger: Swift.Int? = nil
            var negativeInteger: Swift.Int? = nil
            var unsignedByte: Swift.UInt8? = nil
            var unsignedShort: Swift.UInt16? = nil
            var unsignedInt: Swift.UInt32? = nil
            var unsignedLong: Swift.UInt64? = nil
            var float: Swift.Float? = nil
            var double: Swift.Double? = nil
            var decimal: Foundation.Decimal? = nil
            var boolean: Swift.Bool? = nil
            var dateTime: Swift.String? = nil
            var date: Swift.String? = nil
            var time: Swift.String? = nil
            var duration: Swift.String? = nil
            var gYear: Swift.String? = nil
            var gYearMonth: Swift.String? = nil
            var gMonth: Swift.String? = nil
            var gMonthDay: Swift.String? = nil
            var gDay: Swift.String? = nil
            var base64Binary: Swift.String? = nil
            var hexBinary: Swift.String? = nil
            var normalizedString: Swift.String? = nil
            var token: Swift.String? = nil
            var language: Swift.String? = nil
            var name: Swift.String? = nil
            var ncname: Swift.String? = nil
            var nmtoken: Swift.String? = nil
            var nmtokens: Swift.String? = nil
            var id: Swift.String? = nil
            var idref: Swift.String? = nil
            var idrefs: Swift.String? = nil
            var qname: Swift.String? = nil
            var anyURI: Swift.String? = nil
            var anySimpleType: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "short":
                    short = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int16.self, current: short, from: child, in: element, xsdType: "xsd:short")
                case "byte":
                    byte = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int8.self, current: byte, from: child, in: element, xsdType: "xsd:byte")
                case "int":
                    int = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int32.self, current: int, from: child, in: element, xsdType: "xsd:int")
                case "long":
                    long = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int64.self, current: long, from: child, in: element, xsdType: "xsd:long")
                case "integer":
                    integer = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int.self, current: integer, from: child, in: element, xsdType: "xsd:integer")
                case "nonNegativeInteger":
                    nonNegativeInteger = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int.self, current: nonNegativeInteger, from: child, in: element, xsdType: "xsd:nonNegativeInteger")
                case "positiveInteger":
                    positiveInteger = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int.self, current: positiveInteger, from: child, in: element, xsdType: "xsd:positiveInteger")
                case "nonPositiveInteger":
                    nonPositiveInteger = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int.self, current: nonPositiveInteger, from: child, in: element, xsdType: "xsd:nonPositiveInteger")
                case "negativeInteger":
                    negativeInteger = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int.self, current: negativeInteger, from: child, in: element, xsdType: "xsd:negativeInteger")
                case "unsignedByte":
                    unsignedByte = try SOAPRuntime.SOAPDecoding.scalar(Swift.UInt8.self, current: unsignedByte, from: child, in: element, xsdType: "xsd:unsignedByte")
                case "unsignedShort":
                    unsignedShort = try SOAPRuntime.SOAPDecoding.scalar(Swift.UInt16.self, current: unsignedShort, from: child, in: element, xsdType: "xsd:unsignedShort")
                case "unsignedInt":
                    unsignedInt = try SOAPRuntime.SOAPDecoding.scalar(Swift.UInt32.self, current: unsignedInt, from: child, in: element, xsdType: "xsd:unsignedInt")
                case "unsignedLong":
                    unsignedLong = try SOAPRuntime.SOAPDecoding.scalar(Swift.UInt64.self, current: unsignedLong, from: child, in: element, xsdType: "xsd:unsignedLong")
                case "float":
                    float = try SOAPRuntime.SOAPDecoding.scalar(Swift.Float.self, current: float, from: child, in: element, xsdType: "xsd:float")
                case "double":
                    double = try SOAPRuntime.SOAPDecoding.scalar(Swift.Double.self, current: double, from: child, in: element, xsdType: "xsd:double")
                case "decimal":
                    decimal = try SOAPRuntime.SOAPDecoding.scalar(Foundation.Decimal.self, current: decimal, from: child, in: element, xsdType: "xsd:decimal")
                case "boolean":
                    boolean = try SOAPRuntime.SOAPDecoding.scalar(Swift.Bool.self, current: boolean, from: child, in: element, xsdType: "xsd:boolean")
                case "dateTime":
                    dateTime = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: dateTime, from: child, in: element, xsdType: "xsd:dateTime")
                case "date":
                    date = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: date, from: child, in: element, xsdType: "xsd:date")
                case "time":
                    time = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: time, from: child, in: element, xsdType: "xsd:time")
                case "duration":
                    duration = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: duration, from: child, in: element, xsdType: "xsd:duration")
                case "gYear":
                    gYear = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: gYear, from: child, in: element, xsdType: "xsd:gYear")
                case "gYearMonth":
                    gYearMonth = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: gYearMonth, from: child, in: element, xsdType: "xsd:gYearMonth")
                case "gMonth":
                    gMonth = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: gMonth, from: child, in: element, xsdType: "xsd:gMonth")
                case "gMonthDay":
                    gMonthDay = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: gMonthDay, from: child, in: element, xsdType: "xsd:gMonthDay")
                case "gDay":
                    gDay = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: gDay, from: child, in: element, xsdType: "xsd:gDay")
                case "base64Binary":
                    base64Binary = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: base64Binary, from: child, in: element, xsdType: "xsd:base64Binary")
                case "hexBinary":
                    hexBinary = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: hexBinary, from: child, in: element, xsdType: "xsd:hexBinary")
                case "normalizedString":
                    normalizedString = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: normalizedString, from: child, in: element, xsdType: "xsd:normalizedString")
                case "token":
                    token = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: token, from: child, in: element, xsdType: "xsd:token")
                case "language":
                    language = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: language, from: child, in: element, xsdType: "xsd:language")
                case "Name":
                    name = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: name, from: child, in: element, xsdType: "xsd:Name")
                case "NCName":
                    ncname = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: ncname, from: child, in: element, xsdType: "xsd:NCName")
                case "NMTOKEN":
                    nmtoken = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: nmtoken, from: child, in: element, xsdType: "xsd:NMTOKEN")
                case "NMTOKENS":
                    nmtokens = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: nmtokens, from: child, in: element, xsdType: "xsd:NMTOKENS")
                case "ID":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: id, from: child, in: element, xsdType: "xsd:ID")
                case "IDREF":
                    idref = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: idref, from: child, in: element, xsdType: "xsd:IDREF")
                case "IDREFS":
                    idrefs = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: idrefs, from: child, in: element, xsdType: "xsd:IDREFS")
                case "QName":
                    qname = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: qname, from: child, in: element, xsdType: "xsd:QName")
                case "anyURI":
                    anyURI = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: anyURI, from: child, in: element, xsdType: "xsd:anyURI")
                case "anySimpleType":
                    anySimpleType = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: anySimpleType, from: child, in: element, xsdType: "xsd:anySimpleType")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.short = short
            self.byte = byte
            self.int = int
            self.long = long
            self.integer = integer
            self.nonNegativeInteger = nonNegativeInteger
            self.positiveInteger = positiveInteger
            self.nonPositiveInteger = nonPositiveInteger
            self.negativeInteger = negativeInteger
            self.unsignedByte = unsignedByte
            self.unsignedShort = unsignedShort
            self.unsignedInt = unsignedInt
            self.unsignedLong = unsignedLong
            self.float = float
            self.double = double
            self.decimal = decimal
            self.boolean = boolean
            self.dateTime = dateTime
            self.date = date
            self.time = time
            self.duration = duration
            self.gYear = gYear
            self.gYearMonth = gYearMonth
            self.gMonth = gMonth
            self.gMonthDay = gMonthDay
            self.gDay = gDay
            self.base64Binary = base64Binary
            self.hexBinary = hexBinary
            self.normalizedString = normalizedString
            self.token = token
            self.language = language
            self.name = name
            self.ncname = ncname
            self.nmtoken = nmtoken
            self.nmtokens = nmtokens
            self.id = id
            self.idref = idref
            self.idrefs = idrefs
            self.qname = qname
            self.anyURI = anyURI
            self.anySimpleType = anySimpleType
        }
    }

    /// WSDL element `echo` (input of operation `echo`).
    public struct EchoRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "echo"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `values`: tns:Values, required.
        public var values: BuiltinsSOAP.Values

        /// Creates a value from its fields.
        public init(values: BuiltinsSOAP.Values) {
            self.values = values
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("values", value: self.values)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var values: BuiltinsSOAP.Values? = nil
            for child in element.children {
                switch child.localName {
                case "values":
                    values = try SOAPRuntime.SOAPDecoding.element(BuiltinsSOAP.Values.self, current: values, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.values = try SOAPRuntime.SOAPDecoding.required(values, "values", in: element)
        }
    }

    /// WSDL element `echoResponse` (output of operation `echo`).
    public struct EchoResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "echoResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `values`: tns:Values, required.
        public var values: BuiltinsSOAP.Values

        /// Creates a value from its fields.
        public init(values: BuiltinsSOAP.Values) {
            self.values = values
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("values", value: self.values)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var values: BuiltinsSOAP.Values? = nil
            for child in element.children {
                switch child.localName {
                case "values":
                    values = try SOAPRuntime.SOAPDecoding.element(BuiltinsSOAP.Values.self, current: values, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.values = try SOAPRuntime.SOAPDecoding.required(values, "values", in: element)
        }
    }
}
