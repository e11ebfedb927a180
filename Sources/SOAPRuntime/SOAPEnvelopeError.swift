public import SOAPXML

/// Why a SOAP message could not be read as the expected body element.
///
/// The kinds of failure are static members of ``Code`` rather than enum cases, so that kinds can be added without
/// breaking code that switches over them; what each kind knows is in the optional properties.
public struct SOAPEnvelopeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: CatchableErrorCode, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The bytes are not acceptable XML (malformed, too large, too deep, with a DOCTYPE, …): ``xmlError``.
        public static let invalidXML = Code("invalid_xml")
        /// The document element is not a SOAP 1.1 or 1.2 `Envelope`: ``foundElement``.
        public static let notAnEnvelope = Code("not_an_envelope")
        /// The envelope has no `Body`, or the body has no element.
        public static let missingBody = Code("missing_body")
        /// The body holds a fault: ``fault``.
        public static let fault = Code("fault")
        /// The body element is not the one the operation returns: ``expectedElement`` and ``foundElement``.
        public static let unexpectedBodyElement = Code("unexpected_body_element")
        /// The body element's content does not match the schema: ``decodingError``.
        public static let invalidBody = Code("invalid_body")
        /// The `Header`'s blocks do not match the schema of the operation's `soap:header`s: ``decodingError``.
        public static let invalidHeader = Code("invalid_header")

        /// A stable snake_case name (`missing_body`).
        public var description: String { name }

        public static func code(of error: SOAPEnvelopeError) -> Code { error.code }
    }

    /// What kind of failure this is.
    public let code: Code
    /// Why the bytes are not acceptable XML, for ``Code/invalidXML``.
    public let xmlError: XMLParsingError?
    /// The element found: the document element for ``Code/notAnEnvelope``, the body element for
    /// ``Code/unexpectedBodyElement``.
    public let foundElement: XMLTree.QualifiedName?
    /// The body element the operation returns, for ``Code/unexpectedBodyElement``.
    public let expectedElement: String?
    /// The fault in the body, for ``Code/fault``.
    public let fault: SOAPFault?
    /// Where and how the content breaks the schema, for ``Code/invalidBody`` and ``Code/invalidHeader``.
    public let decodingError: SOAPDecodingError?

    private init(
        code: Code,
        xmlError: XMLParsingError? = nil,
        foundElement: XMLTree.QualifiedName? = nil,
        expectedElement: String? = nil,
        fault: SOAPFault? = nil,
        decodingError: SOAPDecodingError? = nil
    ) {
        self.code = code
        self.xmlError = xmlError
        self.foundElement = foundElement
        self.expectedElement = expectedElement
        self.fault = fault
        self.decodingError = decodingError
    }

    /// The bytes are not acceptable XML.
    public static func invalidXML(_ error: XMLParsingError) -> SOAPEnvelopeError {
        SOAPEnvelopeError(code: .invalidXML, xmlError: error)
    }

    /// The document element is not a SOAP `Envelope`.
    public static func notAnEnvelope(found: XMLTree.QualifiedName) -> SOAPEnvelopeError {
        SOAPEnvelopeError(code: .notAnEnvelope, foundElement: found)
    }

    /// The envelope has no `Body`, or the body has no element.
    public static var missingBody: SOAPEnvelopeError {
        SOAPEnvelopeError(code: .missingBody)
    }

    /// The body holds a fault.
    public static func fault(_ fault: SOAPFault) -> SOAPEnvelopeError {
        SOAPEnvelopeError(code: .fault, fault: fault)
    }

    /// The body element is not the one the operation returns.
    public static func unexpectedBodyElement(expected: String, found: XMLTree.QualifiedName) -> SOAPEnvelopeError {
        SOAPEnvelopeError(code: .unexpectedBodyElement, foundElement: found, expectedElement: expected)
    }

    /// The body element's content does not match the schema.
    public static func invalidBody(_ error: SOAPDecodingError) -> SOAPEnvelopeError {
        SOAPEnvelopeError(code: .invalidBody, decodingError: error)
    }

    /// The `Header`'s blocks do not match the schema.
    public static func invalidHeader(_ error: SOAPDecodingError) -> SOAPEnvelopeError {
        SOAPEnvelopeError(code: .invalidHeader, decodingError: error)
    }

    /// The lower-level error: the XML parser's or the decoder's.
    public var underlyingError: (any Error)? {
        if let xmlError { return xmlError }
        return decodingError
    }

    public var description: String {
        switch code {
        case .invalidXML: "not acceptable XML: \(xmlError.map { "\($0)" } ?? "")"
        case .notAnEnvelope: "not a SOAP envelope: the document element is \(foundElement.map { "\($0)" } ?? "?")"
        case .missingBody: "the SOAP envelope has no body element"
        case .fault: fault.map { "\($0)" } ?? "SOAP fault"
        case .unexpectedBodyElement:
            "expected body element `\(expectedElement ?? "?")`, found \(foundElement.map { "\($0)" } ?? "?")"
        case .invalidBody: "the SOAP body does not match the schema: \(decodingError.map { "\($0)" } ?? "")"
        case .invalidHeader: "the SOAP header does not match the schema: \(decodingError.map { "\($0)" } ?? "")"
        default: "not the expected SOAP message (\(code))"
        }
    }
}
