// smsc-wsdl-gen wrote this file from calculator.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Calculator`, port `CalculatorSoap12`, binding `CalculatorSoap12` (SOAP 1.2, document/literal).

public import Foundation
@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `calculator.wsdl`.
///
/// Port type `CalculatorPort` through binding `CalculatorSoap12` (SOAP 1.2, document/literal) at port `CalculatorSoap12` of service `Calculator`.
public enum CalculatorSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests use the WSDL's namespaces and soapActions whatever endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "urn:example:calculator", address: "https://calc.example.com/soap", namespaces: ["urn:example:calculator"], soapVersion: .soap12)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["compute"]

    /// WSDL operation `compute` of port type `CalculatorPort`.
    ///
    /// Input element `Compute`, output element `ComputeResult`, soapAction `urn:example:calculator#compute`.
    public enum Compute: SOAPRuntime.SOAPOperation {
        /// The input body element `Compute`.
        public typealias Input = CalculatorSOAP.ComputeRequest

        /// The output body element `ComputeResult`.
        public typealias Output = CalculatorSOAP.ComputeResponse

        /// The WSDL operation name.
        public static let operationName = "compute"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "urn:example:calculator#compute"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            CalculatorSOAP.service
        }
    }

    /// WSDL element `Compute` (input of operation `compute`).
    public struct ComputeRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "Compute"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `operator`: xsd:string, required.
        public var `operator`: Swift.String
        /// WSDL element `operands`: xsd:decimal, 2 to 10 times.
        public var operands: [Foundation.Decimal]
        /// WSDL element `precision`: xsd:int, optional.
        public var precision: Swift.Int32?
        /// WSDL element `round_half_up`: xsd:boolean, optional.
        public var roundHalfUp: Swift.Bool?
        /// WSDL element `currency`: tns:Currency, optional.
        ///
        /// Restricted by the schema: length=3.
        public var currency: Swift.String?
        /// WSDL element `options`: anonymous complexType, optional.
        public var options: CalculatorSOAP.ComputeRequest.Options?
        /// WSDL element `Note`: xsd:string, optional.
        public var note: Swift.String?

        /// Creates a value from its fields.
        public init(`operator`: Swift.String, operands: [Foundation.Decimal], precision: Swift.Int32? = nil, roundHalfUp: Swift.Bool? = nil, currency: Swift.String? = nil, options: CalculatorSOAP.ComputeRequest.Options? = nil, note: Swift.String? = nil) {
            self.operator = `operator`
            self.operands = operands
            self.precision = precision
            self.roundHalfUp = roundHalfUp
            self.currency = currency
            self.options = options
            self.note = note
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 5)
            values["operator"] = self.operator.soapLexicalForm
            if let value = self.precision {
                values["precision"] = value.soapLexicalForm
            }
            if let value = self.roundHalfUp {
                values["round_half_up"] = value.soapLexicalForm
            }
            if let value = self.currency {
                values["currency"] = value.soapLexicalForm
            }
            if let value = self.note {
                values["Note"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("operator", namespaceIndex: 1, value: self.operator)
            try writer.checkCount(self.operands.count, of: "operands", minimum: 2, maximum: 10)
            for item in self.operands {
                try writer.writeElement("operands", namespaceIndex: 1, value: item)
            }
            if let value = self.precision {
                try writer.writeElement("precision", namespaceIndex: 1, value: value)
            }
            if let value = self.roundHalfUp {
                try writer.writeElement("round_half_up", namespaceIndex: 1, value: value)
            }
            if let value = self.currency {
                try writer.writeElement("currency", namespaceIndex: 1, value: value)
            }
            if let value = self.options {
                try writer.writeElement("options", namespaceIndex: 1, value: value)
            }
            if let value = self.note {
                try writer.writeElement("Note", namespaceIndex: 1, value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var `operator`: Swift.String? = nil
            var operands: [Foundation.Decimal] = []
            var precision: Swift.Int32? = nil
            var roundHalfUp: Swift.Bool? = nil
            var currency: Swift.String? = nil
            var options: CalculatorSOAP.ComputeRequest.Options? = nil
            var note: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "operator":
                    `operator` = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: `operator`, from: child, in: element, xsdType: "xsd:string")
                case "operands":
                    operands.append(try SOAPRuntime.SOAPDecoding.scalarItem(Foundation.Decimal.self, from: child, in: element, xsdType: "xsd:decimal"))
                case "precision":
                    precision = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int32.self, current: precision, from: child, in: element, xsdType: "xsd:int")
                case "round_half_up":
                    roundHalfUp = try SOAPRuntime.SOAPDecoding.scalar(Swift.Bool.self, current: roundHalfUp, from: child, in: element, xsdType: "xsd:boolean")
                case "currency":
                    currency = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: currency, from: child, in: element, xsdType: "tns:Currency")
                case "options":
                    options = try SOAPRuntime.SOAPDecoding.element(CalculatorSOAP.ComputeRequest.Options.self, current: options, from: child, in: element)
                case "Note":
                    note = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: note, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.operator = try SOAPRuntime.SOAPDecoding.required(`operator`, "operator", in: element)
            self.operands = try SOAPRuntime.SOAPDecoding.checkCount(operands, "operands", minimum: 2, in: element)
            self.precision = precision
            self.roundHalfUp = roundHalfUp
            self.currency = currency
            self.options = options
            self.note = note
        }

        /// WSDL the anonymous complexType of element `options`.
        public struct Options: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
            /// WSDL element `trace_id`: xsd:long, required.
            public var traceID: Swift.Int64
            /// WSDL element `tag`: xsd:string, 0 to unbounded times.
            public var tag: [Swift.String]

            /// Creates a value from its fields.
            public init(traceID: Swift.Int64, tag: [Swift.String] = []) {
                self.traceID = traceID
                self.tag = tag
            }

            /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
            /// fields are not included).
            public var lexicalValues: [Swift.String: Swift.String] {
                var values = [Swift.String: Swift.String](minimumCapacity: 1)
                values["trace_id"] = self.traceID.soapLexicalForm
                return values
            }

            /// Writes the children of this element in schema order.
            public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
                try writer.writeElement("trace_id", namespaceIndex: 1, value: self.traceID)
                for item in self.tag {
                    try writer.writeElement("tag", namespaceIndex: 1, value: item)
                }
            }

            /// Reads the element's children by local name, in any order; unknown children are skipped.
            ///
            /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
            public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
                var traceID: Swift.Int64? = nil
                var tag: [Swift.String] = []
                for child in element.children {
                    switch child.localName {
                    case "trace_id":
                        traceID = try SOAPRuntime.SOAPDecoding.scalar(Swift.Int64.self, current: traceID, from: child, in: element, xsdType: "xsd:long")
                    case "tag":
                        tag.append(try SOAPRuntime.SOAPDecoding.scalarItem(Swift.String.self, from: child, in: element, xsdType: "xsd:string"))
                    default:
                        // Elements the schema does not list are skipped: services add fields over time.
                        continue
                    }
                }
                self.traceID = try SOAPRuntime.SOAPDecoding.required(traceID, "trace_id", in: element)
                self.tag = tag
            }
        }
    }

    /// WSDL complexType `Result`.
    public struct ResultType: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `value`: xsd:decimal, required.
        public var value: Foundation.Decimal
        /// WSDL element `ratio`: xsd:double, optional.
        public var ratio: Swift.Double?
        /// WSDL element `steps`: xsd:unsignedInt, 0 to unbounded times.
        public var steps: [Swift.UInt32]
        /// WSDL element `self`: xsd:string, optional.
        public var self_: Swift.String?
        /// WSDL element `history`: tns:Result, 0 to unbounded times.
        public var history: [CalculatorSOAP.ResultType]

        /// Creates a value from its fields.
        public init(value: Foundation.Decimal, ratio: Swift.Double? = nil, steps: [Swift.UInt32] = [], self_: Swift.String? = nil, history: [CalculatorSOAP.ResultType] = []) {
            self.value = value
            self.ratio = ratio
            self.steps = steps
            self.self_ = self_
            self.history = history
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 3)
            values["value"] = self.value.soapLexicalForm
            if let value = self.ratio {
                values["ratio"] = value.soapLexicalForm
            }
            if let value = self.self_ {
                values["self"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("value", namespaceIndex: 1, value: self.value)
            if let value = self.ratio {
                try writer.writeElement("ratio", namespaceIndex: 1, value: value)
            }
            for item in self.steps {
                try writer.writeElement("steps", namespaceIndex: 1, value: item)
            }
            if let value = self.self_ {
                try writer.writeElement("self", namespaceIndex: 1, value: value)
            }
            for item in self.history {
                try writer.writeElement("history", namespaceIndex: 1, value: item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var valueValue: Foundation.Decimal? = nil
            var ratio: Swift.Double? = nil
            var steps: [Swift.UInt32] = []
            var self_: Swift.String? = nil
            var history: [CalculatorSOAP.ResultType] = []
            for child in element.children {
                switch child.localName {
                case "value":
                    valueValue = try SOAPRuntime.SOAPDecoding.scalar(Foundation.Decimal.self, current: valueValue, from: child, in: element, xsdType: "xsd:decimal")
                case "ratio":
                    ratio = try SOAPRuntime.SOAPDecoding.scalar(Swift.Double.self, current: ratio, from: child, in: element, xsdType: "xsd:double")
                case "steps":
                    steps.append(try SOAPRuntime.SOAPDecoding.scalarItem(Swift.UInt32.self, from: child, in: element, xsdType: "xsd:unsignedInt"))
                case "self":
                    self_ = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: self_, from: child, in: element, xsdType: "xsd:string")
                case "history":
                    history.append(try SOAPRuntime.SOAPDecoding.elementItem(CalculatorSOAP.ResultType.self, from: child, in: element, index: history.count))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.value = try SOAPRuntime.SOAPDecoding.required(valueValue, "value", in: element)
            self.ratio = ratio
            self.steps = steps
            self.self_ = self_
            self.history = history
        }
    }

    /// WSDL element `ComputeResult` of complexType `Result` (output of operation `compute`).
    public struct ComputeResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "ComputeResult"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `value`: xsd:decimal, required.
        public var value: Foundation.Decimal
        /// WSDL element `ratio`: xsd:double, optional.
        public var ratio: Swift.Double?
        /// WSDL element `steps`: xsd:unsignedInt, 0 to unbounded times.
        public var steps: [Swift.UInt32]
        /// WSDL element `self`: xsd:string, optional.
        public var self_: Swift.String?
        /// WSDL element `history`: tns:Result, 0 to unbounded times.
        public var history: [CalculatorSOAP.ResultType]

        /// Creates a value from its fields.
        public init(value: Foundation.Decimal, ratio: Swift.Double? = nil, steps: [Swift.UInt32] = [], self_: Swift.String? = nil, history: [CalculatorSOAP.ResultType] = []) {
            self.value = value
            self.ratio = ratio
            self.steps = steps
            self.self_ = self_
            self.history = history
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 3)
            values["value"] = self.value.soapLexicalForm
            if let value = self.ratio {
                values["ratio"] = value.soapLexicalForm
            }
            if let value = self.self_ {
                values["self"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("value", namespaceIndex: 1, value: self.value)
            if let value = self.ratio {
                try writer.writeElement("ratio", namespaceIndex: 1, value: value)
            }
            for item in self.steps {
                try writer.writeElement("steps", namespaceIndex: 1, value: item)
            }
            if let value = self.self_ {
                try writer.writeElement("self", namespaceIndex: 1, value: value)
            }
            for item in self.history {
                try writer.writeElement("history", namespaceIndex: 1, value: item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var valueValue: Foundation.Decimal? = nil
            var ratio: Swift.Double? = nil
            var steps: [Swift.UInt32] = []
            var self_: Swift.String? = nil
            var history: [CalculatorSOAP.ResultType] = []
            for child in element.children {
                switch child.localName {
                case "value":
                    valueValue = try SOAPRuntime.SOAPDecoding.scalar(Foundation.Decimal.self, current: valueValue, from: child, in: element, xsdType: "xsd:decimal")
                case "ratio":
                    ratio = try SOAPRuntime.SOAPDecoding.scalar(Swift.Double.self, current: ratio, from: child, in: element, xsdType: "xsd:double")
                case "steps":
                    steps.append(try SOAPRuntime.SOAPDecoding.scalarItem(Swift.UInt32.self, from: child, in: element, xsdType: "xsd:unsignedInt"))
                case "self":
                    self_ = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: self_, from: child, in: element, xsdType: "xsd:string")
                case "history":
                    history.append(try SOAPRuntime.SOAPDecoding.elementItem(CalculatorSOAP.ResultType.self, from: child, in: element, index: history.count))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.value = try SOAPRuntime.SOAPDecoding.required(valueValue, "value", in: element)
            self.ratio = ratio
            self.steps = steps
            self.self_ = self_
            self.history = history
        }
    }
}
