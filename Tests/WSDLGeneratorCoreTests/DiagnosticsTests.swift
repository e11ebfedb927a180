import Testing

@testable import WSDLGeneratorCore

/// A small WSDL 1.1 document/literal service, `echo`, with replaceable pieces, so that every test states only
/// the construct it is about and the line numbers in expected diagnostics stay easy to check.
///
/// With the defaults the document reads, line by line:
///
///      1     <?xml …?>
///      2     <definitions …>
///      3-4   <types>, <xsd:schema targetNamespace="urn:test">
///      5-11  element `echo` (anonymous complexType, child `text`: xsd:string)
///     12-18  element `echoResponse` (anonymous complexType, child `result`: tns:Result)
///     19-23  `types`: complexType `Result` with one child `value` (xsd:string) on line 21
///     26-31  `messages`: `echoIn` (part on line 27), `echoOut` (part on line 30)
///     32-37  `portType`: operation `echo` on line 33, input 34, output 35
///     38-45  `binding`: soap:binding 39, operation 40, soap:operation 41, input body 42, output body 43
///     46-50  `service`: port `EchoPortSoap` on line 47
///
/// Tests about schema constructs replace `types` (which starts on line 19); tests about the WSDL parts replace
/// one of the later pieces and keep the default `types`, so those lines hold too.
enum Echo {
    static let defaultTypes = """
            <xsd:complexType name="Result">
              <xsd:sequence>
                <xsd:element name="value" type="xsd:string"/>
              </xsd:sequence>
            </xsd:complexType>
        """

    static let defaultMessages = """
          <message name="echoIn">
            <part name="parameters" element="tns:echo"/>
          </message>
          <message name="echoOut">
            <part name="parameters" element="tns:echoResponse"/>
          </message>
        """

    static let defaultPortType = """
          <portType name="EchoPort">
            <operation name="echo">
              <input message="tns:echoIn"/>
              <output message="tns:echoOut"/>
            </operation>
          </portType>
        """

    static let defaultBinding = """
          <binding name="EchoBinding" type="tns:EchoPort">
            <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
            <operation name="echo">
              <soap:operation soapAction="urn:test#echo"/>
              <input><soap:body use="literal"/></input>
              <output><soap:body use="literal"/></output>
            </operation>
          </binding>
        """

    static let defaultService = """
          <service name="EchoService">
            <port name="EchoPortSoap" binding="tns:EchoBinding">
              <soap:address location="https://example.com/echo"/>
            </port>
          </service>
        """

    static func wsdl(
        types: String = defaultTypes,
        messages: String = defaultMessages,
        portType: String = defaultPortType,
        binding: String = defaultBinding,
        service: String = defaultService,
        schemaAttributes: String = ""
    ) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" xmlns:http="http://schemas.xmlsoap.org/wsdl/http/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:test" targetNamespace="urn:test">
          <types>
            <xsd:schema targetNamespace="urn:test"\(schemaAttributes)>
              <xsd:element name="echo">
                <xsd:complexType>
                  <xsd:sequence>
                    <xsd:element name="text" type="xsd:string"/>
                  </xsd:sequence>
                </xsd:complexType>
              </xsd:element>
              <xsd:element name="echoResponse">
                <xsd:complexType>
                  <xsd:sequence>
                    <xsd:element name="result" type="tns:Result"/>
                  </xsd:sequence>
                </xsd:complexType>
              </xsd:element>
        \(types)
            </xsd:schema>
          </types>
        \(messages)
        \(portType)
        \(binding)
        \(service)
        </definitions>

        """
    }

    /// `types` with complexType `Result` holding `content` (one or more lines, already indented or not).
    static func result(_ content: String, attributes: String = "") -> String {
        """
            <xsd:complexType name="Result"\(attributes)>
        \(content)
            </xsd:complexType>
        """
    }
}

/// What one generator run produced.
struct GeneratorRun {
    var diagnostics: [String]
    var output: InMemoryOutputFile?
    var failure: GeneratorFailure?

    init(
        _ wsdl: String, path: String = "test.wsdl", documents: [String: String] = [:],
        configuration: GeneratorConfiguration = .init()
    ) {
        self.init(bytes: Array(wsdl.utf8), path: path, documents: documents, configuration: configuration)
    }

    init(
        bytes: [UInt8], path: String = "test.wsdl", documents: [String: String] = [:],
        configuration: GeneratorConfiguration = .init()
    ) {
        let collector = AccumulatingDiagnosticCollector()
        let pipeline = GeneratorPipeline(
            configuration: configuration,
            documentLoader: InMemoryDocumentLoader(documents: documents.mapValues { Array($0.utf8) })
        )
        do {
            output = try pipeline.generate(InMemoryInputFile(path: path, contents: bytes), diagnostics: collector)
        } catch {
            failure = error
        }
        diagnostics = collector.diagnostics.map(\.description)
    }

    var errors: [String] { diagnostics.filter { $0.contains(": error: ") } }
}

/// One input that must fail, with every diagnostic it must produce, in order.
struct FailureCase: CustomTestStringConvertible, Sendable {
    var name: String
    var wsdl: String
    var documents: [String: String] = [:]
    var expected: [String]

    var testDescription: String { name }
}

/// The sequence `Result` has by default, for cases that only add something after it.
private let valueSequence = """
          <xsd:sequence>
            <xsd:element name="value" type="xsd:string"/>
          </xsd:sequence>
    """

/// `Result` holding one element `value` declared by `element` (on line 21).
private func resultWithValue(_ element: String) -> String {
    Echo.result(
        """
              <xsd:sequence>
        \(element)
              </xsd:sequence>
        """
    )
}

struct DiagnosticsTests {
    // MARK: Documents that are not WSDL 1.1

    static let documentCases: [FailureCase] = [
        FailureCase(
            name: "truncated XML",
            wsdl: """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://schemas.xmlsoap.org/wsdl/">
                  <types>
                """,
            // libxml2's push parser calls this "Extra content at the end of the document", the opposite of what
            // happened; its ordinary parser says this.
            expected: ["test.wsdl:3: error: not well-formed XML: Premature end of data in tag types line 3"]
        ),
        FailureCase(
            name: "empty file",
            wsdl: "",
            expected: ["test.wsdl: error: not well-formed XML: the document is empty"]
        ),
        FailureCase(
            name: "only whitespace",
            wsdl: "\n\n  \n",
            expected: ["test.wsdl: error: not well-formed XML: the document is empty"]
        ),
        FailureCase(
            name: "text instead of XML",
            wsdl: "this is not XML\n",
            // libxml2's push parser says "Document is empty"; its ordinary parser says this.
            expected: ["test.wsdl:1: error: not well-formed XML: Start tag expected, '<' not found"]
        ),
        FailureCase(
            name: "mismatched end tag",
            wsdl: """
                <?xml version="1.0"?>
                <definitions xmlns="http://schemas.xmlsoap.org/wsdl/">
                  <types>
                  </type>
                </definitions>
                """,
            expected: [
                "test.wsdl:4: error: not well-formed XML: Opening and ending tag mismatch: types line 3 and type"
            ]
        ),
        FailureCase(
            name: "DOCTYPE with an entity",
            wsdl: """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [
                  <!ENTITY xxe SYSTEM "file:///etc/passwd">
                ]>
                <definitions xmlns="http://schemas.xmlsoap.org/wsdl/">&xxe;</definitions>
                """,
            expected: [
                "test.wsdl:2: error: a DOCTYPE is not allowed in a WSDL or schema (no DTD or external entity is "
                    + "ever loaded)"
            ]
        ),
        FailureCase(
            name: "root is an XML Schema",
            wsdl: """
                <?xml version="1.0"?>

                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"/>
                """,
            expected: [
                "test.wsdl:3: error: the document element is {http://www.w3.org/2001/XMLSchema}schema, not WSDL 1.1 "
                    + "`definitions` in namespace http://schemas.xmlsoap.org/wsdl/"
            ]
        ),
        FailureCase(
            name: "definitions without the WSDL namespace",
            wsdl: "<definitions targetNamespace=\"urn:test\"/>",
            expected: [
                "test.wsdl:1: error: the document element is definitions, not WSDL 1.1 `definitions` in namespace "
                    + "http://schemas.xmlsoap.org/wsdl/"
            ]
        ),
        FailureCase(
            name: "WSDL 2.0",
            wsdl: """
                <?xml version="1.0"?>
                <description xmlns="http://www.w3.org/ns/wsdl" targetNamespace="urn:test">
                </description>
                """,
            expected: ["test.wsdl:2: error: WSDL 2.0 (`description`) is not supported; only WSDL 1.1 `definitions` is"]
        ),
    ]

    @Test(arguments: documentCases)
    func documentThatIsNotWSDL11(_ testCase: FailureCase) {
        expectFailure(testCase)
    }

    // MARK: Schema constructs in types that operations use

    static let schemaCases: [FailureCase] = [
        FailureCase(
            name: "a repeated element in a xsd:choice",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:choice>
                            <xsd:element name="a" type="xsd:string" maxOccurs="2"/>
                            <xsd:element name="b" type="xsd:int"/>
                          </xsd:choice>
                    """
                )
            ),
            expected: [
                "test.wsdl:21: error: an element of a `xsd:choice` in complexType `Result` that occurs more than "
                    + "once is not supported"
            ]
        ),
        FailureCase(
            name: "a repeated xsd:choice",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:sequence>
                            <xsd:element name="value" type="xsd:string"/>
                            <xsd:choice maxOccurs="unbounded">
                              <xsd:element name="a" type="xsd:string"/>
                            </xsd:choice>
                          </xsd:sequence>
                    """
                )
            ),
            expected: [
                "test.wsdl:22: error: a repeated `xsd:choice` (maxOccurs other than 1, or minOccurs above 1) in "
                    + "complexType `Result` is not supported"
            ]
        ),
        FailureCase(
            name: "a sequence inside a xsd:choice",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:choice>
                            <xsd:element name="value" type="xsd:string"/>
                            <xsd:sequence><xsd:element name="a" type="xsd:string"/></xsd:sequence>
                          </xsd:choice>
                    """
                )
            ),
            expected: [
                "test.wsdl:22: error: `xsd:sequence` inside a `xsd:choice` in complexType `Result` is not supported"
            ]
        ),
        FailureCase(
            name: "xsd:all",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:all>
                            <xsd:element name="a" type="xsd:string"/>
                          </xsd:all>
                    """
                )
            ),
            expected: ["test.wsdl:20: error: `xsd:all` in complexType `Result` is not supported"]
        ),
        FailureCase(
            name: "xsd:any inside a xsd:choice",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:choice>
                            <xsd:element name="value" type="xsd:string"/>
                            <xsd:any processContents="lax"/>
                          </xsd:choice>
                    """
                )
            ),
            expected: ["test.wsdl:22: error: `xsd:any` inside a `xsd:choice` in complexType `Result` is not supported"]
        ),
        FailureCase(
            name: "xsd:group reference",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:sequence>
                            <xsd:group ref="tns:Common"/>
                          </xsd:sequence>
                    """
                )
            ),
            expected: ["test.wsdl:21: error: `xsd:group` in complexType `Result` is not supported"]
        ),
        FailureCase(
            name: "a restriction of soapenc:Array",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:complexContent>
                            <xsd:restriction base="soapenc:Array" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/">
                              <xsd:attribute ref="soapenc:arrayType"/>
                            </xsd:restriction>
                          </xsd:complexContent>
                    """
                )
            ),
            expected: [
                "test.wsdl:21: error: complexType `Result` restricts soapenc:Array, a SOAP-encoded array "
                    + "(rpc/encoded style), which is not supported; a document/literal array is an element with "
                    + "maxOccurs=\"unbounded\""
            ]
        ),
        FailureCase(
            name: "a type that derives from itself",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:complexContent>
                            <xsd:extension base="tns:Base"/>
                          </xsd:complexContent>
                    """
                ) + """

                        <xsd:complexType name="Base">
                          <xsd:complexContent>
                            <xsd:extension base="tns:Result"/>
                          </xsd:complexContent>
                        </xsd:complexType>
                    """
            ),
            expected: ["test.wsdl:26: error: complexType `Base` derives from itself through tns:Result"]
        ),
        FailureCase(
            name: "a complexContent extension of an undefined or simple type",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:complexContent>
                            <xsd:extension base="xsd:string"/>
                          </xsd:complexContent>
                    """
                )
            ),
            expected: [
                "test.wsdl:21: error: base xsd:string of the complexContent extension in complexType `Result` is a "
                    + "simple type; only simpleContent derives from one"
            ]
        ),
        FailureCase(
            name: "a simpleContent extension of a type without simple content",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:simpleContent>
                            <xsd:extension base="tns:Base"/>
                          </xsd:simpleContent>
                    """
                ) + """

                        <xsd:complexType name="Base">
                          <xsd:sequence>
                            <xsd:element name="value" type="xsd:string"/>
                          </xsd:sequence>
                        </xsd:complexType>
                    """
            ),
            expected: [
                "test.wsdl:21: error: base tns:Base of the simpleContent extension in complexType `Result` has no "
                    + "simple content"
            ]
        ),
        FailureCase(
            name: "an attribute group that contains itself, and an undefined one",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    valueSequence
                        + "\n      <xsd:attributeGroup ref=\"tns:Loop\"/>\n      <xsd:attributeGroup ref=\"tns:Nope\"/>"
                )
                    + """

                        <xsd:attributeGroup name="Loop">
                          <xsd:attributeGroup ref="tns:Loop"/>
                        </xsd:attributeGroup>
                    """
            ),
            expected: [
                "test.wsdl:27: error: attributeGroup tns:Loop refers to itself",
                "test.wsdl:24: error: attributeGroup tns:Nope is not defined",
            ]
        ),
        FailureCase(
            name: "xml:lang, an undefined attribute and a repeated attribute",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    valueSequence
                        + "\n      <xsd:attribute ref=\"xml:lang\"/>\n      <xsd:attribute ref=\"tns:nope\"/>\n     "
                        + " <xsd:attribute name=\"a\"/>\n      <xsd:attribute name=\"a\"/>"
                )
            ),
            expected: [
                "test.wsdl:23: error: attribute `xml:lang` in complexType `Result` is not supported (the xml: "
                    + "prefix cannot be bound in the namespace table)",
                "test.wsdl:24: error: attribute ref tns:nope in complexType `Result` is not defined",
                "test.wsdl:26: error: attribute `a` is declared twice in complexType `Result`",
            ]
        ),
        FailureCase(
            name: "mixed content",
            wsdl: Echo.wsdl(types: Echo.result(valueSequence, attributes: " mixed=\"true\"")),
            expected: ["test.wsdl:19: error: mixed content in complexType `Result` is not supported"]
        ),
        FailureCase(
            name: "abstract complexType",
            wsdl: Echo.wsdl(types: Echo.result(valueSequence, attributes: " abstract=\"true\"")),
            expected: ["test.wsdl:19: error: abstract complexType `Result` is not supported"]
        ),
        FailureCase(
            name: "repeated sequence",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:sequence>
                            <xsd:sequence maxOccurs="unbounded">
                              <xsd:element name="key" type="xsd:string"/>
                              <xsd:element name="value" type="xsd:string"/>
                            </xsd:sequence>
                          </xsd:sequence>
                    """
                )
            ),
            expected: [
                "test.wsdl:21: error: a `xsd:sequence` with minOccurs or maxOccurs other than 1 in complexType "
                    + "`Result` is not supported"
            ]
        ),
        FailureCase(
            name: "both default and fixed on an element",
            wsdl: Echo.wsdl(
                types: resultWithValue(
                    "        <xsd:element name=\"value\" type=\"xsd:string\" default=\"none\" fixed=\"1\"/>")),
            expected: [
                "test.wsdl:21: error: element `value` has both `default` and `fixed`, which XML Schema does not allow"
            ]
        ),
        FailureCase(
            name: "a fixed value on an element of complex type",
            wsdl: Echo.wsdl(
                types: resultWithValue("        <xsd:element name=\"value\" type=\"tns:Inner\" fixed=\"1\"/>")
                    + "\n    <xsd:complexType name=\"Inner\"><xsd:sequence><xsd:element name=\"x\" "
                    + "type=\"xsd:string\"/></xsd:sequence></xsd:complexType>"
            ),
            expected: [
                "test.wsdl:21: error: element `value` has a `fixed` value but a complex type; XML Schema allows it "
                    + "on simple content only"
            ]
        ),
        FailureCase(
            name: "xsd:list of a list",
            wsdl: Echo.wsdl(
                types: resultWithValue("        <xsd:element name=\"value\" type=\"tns:Codes\"/>") + """

                        <xsd:simpleType name="Codes">
                          <xsd:list itemType="tns:Inner"/>
                        </xsd:simpleType>
                        <xsd:simpleType name="Inner">
                          <xsd:list itemType="xsd:int"/>
                        </xsd:simpleType>
                    """
            ),
            expected: ["test.wsdl:24: error: list item type tns:Inner is not a defined simple type other than a list"]
        ),
        FailureCase(
            name: "xsd:union in a named simpleType",
            wsdl: Echo.wsdl(
                types: resultWithValue("        <xsd:element name=\"value\" type=\"tns:Either\"/>") + """

                        <xsd:simpleType name="Either">
                          <xsd:union memberTypes="xsd:int xsd:date"/>
                        </xsd:simpleType>
                    """
            ),
            expected: ["test.wsdl:25: error: `xsd:union` in simpleType `Either` is not supported"]
        ),
        FailureCase(
            name: "xsd:list with an inline item type",
            wsdl: Echo.wsdl(
                types: resultWithValue(
                    """
                            <xsd:element name="value">
                              <xsd:simpleType>
                                <xsd:list>
                                  <xsd:simpleType><xsd:restriction base="xsd:int"/></xsd:simpleType>
                                </xsd:list>
                              </xsd:simpleType>
                            </xsd:element>
                    """
                )
            ),
            expected: [
                "test.wsdl:23: error: an `xsd:list` without an itemType (an inline item type) in anonymous "
                    + "simpleType is not supported"
            ]
        ),
        FailureCase(
            name: "restriction of an unknown built-in type",
            wsdl: Echo.wsdl(
                types: resultWithValue("        <xsd:element name=\"value\" type=\"tns:Code\"/>") + """

                        <xsd:simpleType name="Code">
                          <xsd:restriction base="xsd:strang"/>
                        </xsd:simpleType>
                    """
            ),
            expected: ["test.wsdl:24: error: restriction base xsd:strang is not an XML Schema built-in simple type"]
        ),
        FailureCase(
            name: "xsd:anyType",
            wsdl: Echo.wsdl(types: resultWithValue("        <xsd:element name=\"value\" type=\"xsd:anyType\"/>")),
            expected: ["test.wsdl:21: error: element `value`: xsd:anyType is not supported"]
        ),
        FailureCase(
            name: "unknown XML Schema type",
            wsdl: Echo.wsdl(types: resultWithValue("        <xsd:element name=\"value\" type=\"xsd:strang\"/>")),
            expected: ["test.wsdl:21: error: element `value`: xsd:strang is not an XML Schema built-in type"]
        ),
        FailureCase(
            name: "element without a type",
            wsdl: Echo.wsdl(types: resultWithValue("        <xsd:element name=\"value\"/>")),
            expected: ["test.wsdl:21: error: element `value` has no type; xsd:anyType is not supported"]
        ),
        FailureCase(
            name: "undefined type",
            wsdl: Echo.wsdl(types: resultWithValue("        <xsd:element name=\"value\" type=\"tns:Missing\"/>")),
            expected: ["test.wsdl:21: error: type tns:Missing of element `value` is not defined"]
        ),
        FailureCase(
            name: "type with an undeclared prefix",
            wsdl: Echo.wsdl(types: resultWithValue("        <xsd:element name=\"value\" type=\"nope:Missing\"/>")),
            expected: ["test.wsdl:21: error: type 'nope:Missing' of element `value` uses an undeclared prefix"]
        ),
        FailureCase(
            name: "undefined element reference",
            wsdl: Echo.wsdl(types: resultWithValue("        <xsd:element ref=\"tns:missing\"/>")),
            expected: ["test.wsdl:21: error: element ref tns:missing is not defined"]
        ),
        // Types that contain themselves through optional or repeated children, or through other types, generate
        // (Resources/Reference/Recursion); a required child of the type's own type admits no finite value.
        FailureCase(
            name: "a required child of its own type",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:sequence>
                            <xsd:element name="value" type="xsd:string"/>
                            <xsd:element name="next" type="tns:Result"/>
                          </xsd:sequence>
                    """
                )
            ),
            expected: [
                "test.wsdl:22: error: element `next` is a required child of its own type, so no finite value "
                    + "exists; make it optional (minOccurs=\"0\")"
            ]
        ),
        FailureCase(
            name: "a schema in an obsolete XML Schema namespace",
            wsdl: Echo.wsdl().replacing(
                "http://www.w3.org/2001/XMLSchema", with: "http://www.w3.org/2000/10/XMLSchema"),
            expected: [
                "test.wsdl:4: error: the schema is in the obsolete XML Schema draft namespace "
                    + "'http://www.w3.org/2000/10/XMLSchema'; only XML Schema 1.0 "
                    + "('http://www.w3.org/2001/XMLSchema') is supported, so its types are not read: change the "
                    + "namespace, or regenerate the WSDL with a current toolkit"
            ]
        ),
        FailureCase(
            name: "negative minOccurs",
            wsdl: Echo.wsdl(
                types: resultWithValue("        <xsd:element name=\"value\" type=\"xsd:string\" minOccurs=\"-1\"/>")),
            expected: ["test.wsdl:21: error: minOccurs '-1' of element `value` is not a non-negative integer"]
        ),
        FailureCase(
            name: "minOccurs that is not a number",
            wsdl: Echo.wsdl(
                types: resultWithValue("        <xsd:element name=\"value\" type=\"xsd:string\" minOccurs=\"abc\"/>")),
            expected: ["test.wsdl:21: error: minOccurs 'abc' of element `value` is not a non-negative integer"]
        ),
        FailureCase(
            name: "maxOccurs that is not a number",
            wsdl: Echo.wsdl(
                types: resultWithValue("        <xsd:element name=\"value\" type=\"xsd:string\" maxOccurs=\"many\"/>")),
            expected: [
                "test.wsdl:21: error: maxOccurs 'many' of element `value` is neither a non-negative integer nor "
                    + "'unbounded'"
            ]
        ),
        FailureCase(
            name: "maxOccurs below minOccurs",
            wsdl: Echo.wsdl(
                types: resultWithValue(
                    "        <xsd:element name=\"value\" type=\"xsd:string\" minOccurs=\"2\" maxOccurs=\"1\"/>")
            ),
            expected: ["test.wsdl:21: error: element `value` has maxOccurs 1 below minOccurs 2"]
        ),
        FailureCase(
            name: "maxOccurs below the default minOccurs",
            wsdl: Echo.wsdl(
                types: resultWithValue(
                    "        <xsd:element name=\"value\" type=\"xsd:string\" maxOccurs=\"0\" minOccurs=\"3\"/>")),
            expected: ["test.wsdl:21: error: element `value` has maxOccurs 0 below minOccurs 3"]
        ),
        FailureCase(
            name: "body element with a simple type",
            wsdl: Echo.wsdl(
                types: Echo.defaultTypes + "\n    <xsd:element name=\"reply\" type=\"xsd:string\"/>",
                messages: Echo.defaultMessages.replacing("tns:echoResponse", with: "tns:reply")
            ),
            expected: ["test.wsdl:24: error: body element `reply` must have a complex type; xsd:string is not one"]
        ),
        FailureCase(
            name: "body element without a type",
            wsdl: Echo.wsdl(
                types: Echo.defaultTypes + "\n    <xsd:element name=\"reply\"/>",
                messages: Echo.defaultMessages.replacing("tns:echoResponse", with: "tns:reply")
            ),
            expected: ["test.wsdl:24: error: body element `reply` must have a complex type"]
        ),
        FailureCase(
            // Saying "tns:Missing is not one" suggests the type exists and is simple.
            name: "body element with an undefined type",
            wsdl: Echo.wsdl(
                types: Echo.defaultTypes + "\n    <xsd:element name=\"reply\" type=\"tns:Missing\"/>",
                messages: Echo.defaultMessages.replacing("tns:echoResponse", with: "tns:reply")
            ),
            expected: ["test.wsdl:24: error: type tns:Missing of element `reply` is not defined"]
        ),
        FailureCase(
            // The same broken simple type used twice is one problem, reported once.
            name: "a broken simpleType used by two elements",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:sequence>
                            <xsd:element name="a" type="tns:Code"/>
                            <xsd:element name="b" type="tns:Code"/>
                          </xsd:sequence>
                    """
                ) + """

                        <xsd:simpleType name="Code">
                          <xsd:restriction base="tns:Nope"/>
                        </xsd:simpleType>
                    """
            ),
            expected: ["test.wsdl:25: error: restriction base tns:Nope is not a defined simple type"]
        ),
        FailureCase(
            // The decoder matches children by local name: two fields with one name cannot both be decoded.
            name: "the same element name twice in one sequence",
            wsdl: Echo.wsdl(
                types: Echo.result(
                    """
                          <xsd:sequence>
                            <xsd:element name="value" type="xsd:string"/>
                            <xsd:element name="other" type="xsd:string"/>
                            <xsd:element name="value" type="xsd:string"/>
                          </xsd:sequence>
                    """
                )
            ),
            expected: [
                "test.wsdl:23: error: element `value` occurs twice in complexType `Result`; repeated element names "
                    + "in one type are not supported"
            ]
        ),
    ]

    @Test(arguments: schemaCases)
    func unsupportedSchemaConstructInAUsedType(_ testCase: FailureCase) async {
        // Run in a child process: a generator crash must fail this case, not the whole test run.
        await expectFailureWithoutCrashing(testCase)
    }

    // MARK: WSDL constructs

    static let wsdlCases: [FailureCase] = [
        FailureCase(
            name: "a style that is neither document nor rpc, on the binding",
            wsdl: Echo.wsdl(binding: Echo.defaultBinding.replacing("style=\"document\"", with: "style=\"message\"")),
            expected: [
                "test.wsdl:40: error: operation `echo` uses style \"message\"; only document and rpc (with "
                    + "use=\"literal\") are supported"
            ]
        ),
        FailureCase(
            name: "a style that is neither document nor rpc, on the operation",
            wsdl: Echo.wsdl(
                binding: Echo.defaultBinding.replacing(
                    "soapAction=\"urn:test#echo\"", with: "soapAction=\"urn:test#echo\" style=\"message\"")
            ),
            expected: [
                "test.wsdl:40: error: operation `echo` uses style \"message\"; only document and rpc (with "
                    + "use=\"literal\") are supported"
            ]
        ),
        FailureCase(
            name: "use=encoded",
            wsdl: Echo.wsdl(
                binding: Echo.defaultBinding.replacing(
                    "use=\"literal\"",
                    with: "use=\"encoded\" encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\""
                )
            ),
            expected: [
                "test.wsdl:42: error: operation `echo` uses use=\"encoded\"; only use=\"literal\" is supported "
                    + "(encoded is not)",
                "test.wsdl:43: error: operation `echo` uses use=\"encoded\"; only use=\"literal\" is supported "
                    + "(encoded is not)",
            ]
        ),
        FailureCase(
            name: "rpc/encoded is named as the cause, once",
            wsdl: Echo.wsdl(
                binding: Echo.defaultBinding
                    .replacing("style=\"document\"", with: "style=\"rpc\"")
                    .replacing(
                        "use=\"literal\"",
                        with: "use=\"encoded\" encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"")
            ),
            expected: [
                "test.wsdl:42: error: operation `echo` is rpc/encoded (SOAP section 5 encoding), which is not "
                    + "supported; only document/literal is"
            ]
        ),
        FailureCase(
            name: "message with two parts",
            wsdl: Echo.wsdl(
                messages: Echo.defaultMessages.replacing(
                    "<part name=\"parameters\" element=\"tns:echo\"/>",
                    with:
                        "<part name=\"parameters\" element=\"tns:echo\"/>\n    <part name=\"extra\" "
                            + "element=\"tns:echo\"/>"
                )
            ),
            expected: [
                "test.wsdl:26: error: message `echoIn` has 2 parts; document/literal needs exactly one element part "
                    + "in the body (name it with soap:body parts=)"
            ]
        ),
        FailureCase(
            name: "message without parts",
            wsdl: Echo.wsdl(
                messages: Echo.defaultMessages.replacing(
                    "<part name=\"parameters\" element=\"tns:echoResponse\"/>", with: "")
            ),
            expected: [
                "test.wsdl:29: error: message `echoOut` has 0 parts; document/literal needs exactly one element "
                    + "part in the body"
            ]
        ),
        FailureCase(
            name: "part with type= instead of element=",
            wsdl: Echo.wsdl(
                messages: Echo.defaultMessages.replacing(
                    "<part name=\"parameters\" element=\"tns:echo\"/>",
                    with: "<part name=\"text\" type=\"xsd:string\"/>")
            ),
            expected: [
                "test.wsdl:27: error: part `text` of message `echoIn` uses type=, which is rpc style; only element= "
                    + "parts (document/literal) are supported"
            ]
        ),
        FailureCase(
            name: "part with an undeclared prefix",
            wsdl: Echo.wsdl(messages: Echo.defaultMessages.replacing("tns:echoResponse", with: "nope:echoResponse")),
            expected: [
                "test.wsdl:30: error: element 'nope:echoResponse' of part `parameters` uses an undeclared prefix"
            ]
        ),
        FailureCase(
            name: "notification (output only)",
            wsdl: Echo.wsdl(
                portType: Echo.defaultPortType.replacing("      <input message=\"tns:echoIn\"/>\n", with: ""),
                binding: Echo.defaultBinding.replacing("      <input><soap:body use=\"literal\"/></input>\n", with: "")
            ),
            expected: [
                "test.wsdl:33: error: operation `echo` sends output before input (notification or "
                    + "solicit-response), which is not supported"
            ]
        ),
        FailureCase(
            name: "solicit-response (output before input)",
            wsdl: Echo.wsdl(
                portType: """
                      <portType name="EchoPort">
                        <operation name="echo">
                          <output message="tns:echoOut"/>
                          <input message="tns:echoIn"/>
                        </operation>
                      </portType>
                    """
            ),
            expected: [
                "test.wsdl:33: error: operation `echo` sends output before input (notification or "
                    + "solicit-response), which is not supported"
            ]
        ),
        FailureCase(
            name: "soap:header without a message",
            wsdl: Echo.wsdl(
                binding: Echo.defaultBinding.replacing(
                    "      <input><soap:body use=\"literal\"/></input>\n",
                    with: """
                              <input>
                                <soap:body use="literal"/>
                                <soap:header part="token"/>
                              </input>

                        """
                )
            ),
            expected: [
                "test.wsdl:44: error: soap:header in operation `echo` needs a message (with a declared prefix) and "
                    + "a part"
            ]
        ),
        FailureCase(
            name: "soap:header naming what is not there, encoded, or a type= part",
            wsdl: Echo.wsdl(
                messages: Echo.defaultMessages + """

                      <message name="rpcHeader">
                        <part name="token" type="xsd:string"/>
                      </message>
                    """,
                binding: Echo.defaultBinding.replacing(
                    "      <input><soap:body use=\"literal\"/></input>\n",
                    with: """
                              <input>
                                <soap:body use="literal"/>
                                <soap:header message="tns:nope" part="auth" use="literal"/>
                                <soap:header message="tns:echoIn" part="auth" use="literal"/>
                                <soap:header message="tns:echoIn" part="parameters" use="encoded"/>
                                <soap:header message="tns:rpcHeader" part="token" use="literal"/>
                              </input>

                        """
                )
            ),
            expected: [
                "test.wsdl:47: error: message `nope` of a soap:header in operation `echo` is not defined",
                "test.wsdl:48: error: soap:header in operation `echo` names part `auth`, which message `echoIn` "
                    + "does not have (its parts: `parameters`)",
                "test.wsdl:49: error: soap:header of operation `echo` uses use=\"encoded\"; only use=\"literal\" is "
                    + "supported (encoded is not)",
                "test.wsdl:33: error: part `token` of message `rpcHeader`, a soap:header of operation `echo`, uses "
                    + "type=; header parts must be element= parts (document/literal)",
            ]
        ),
        FailureCase(
            name: "a remote wsdl:import",
            wsdl: Echo.wsdl(
                messages: "  <import namespace=\"urn:other\" location=\"http://example.com/other.wsdl\"/>\n"
                    + Echo.defaultMessages),
            expected: [
                "test.wsdl:26: error: cannot load the `wsdl:import` location 'http://example.com/other.wsdl': "
                    + "'http://example.com/other.wsdl' is remote: only local files next to the WSDL are loaded, never "
                    + "the network"
            ]
        ),
        FailureCase(
            name: "part referencing an undefined element",
            wsdl: Echo.wsdl(messages: Echo.defaultMessages.replacing("tns:echo\"", with: "tns:missing\"")),
            expected: [
                "test.wsdl:27: error: element tns:missing of message `echoIn` is not defined in the WSDL's schemas"
            ]
        ),
        FailureCase(
            // The problem is the reference on line 34, not the operation.
            name: "undefined message",
            wsdl: Echo.wsdl(portType: Echo.defaultPortType.replacing("tns:echoIn", with: "tns:nope")),
            expected: ["test.wsdl:34: error: message `nope` of operation `echo` is not defined"]
        ),
        FailureCase(
            // Was reported as "sends output before input": the input exists, its message name does not resolve.
            name: "message with an undeclared prefix",
            wsdl: Echo.wsdl(portType: Echo.defaultPortType.replacing("tns:echoIn", with: "nope:echoIn")),
            expected: ["test.wsdl:34: error: message 'nope:echoIn' of operation `echo` uses an undeclared prefix"]
        ),
        FailureCase(
            name: "binding referencing a missing port type",
            wsdl: Echo.wsdl(binding: Echo.defaultBinding.replacing("type=\"tns:EchoPort\"", with: "type=\"tns:Nope\"")),
            expected: ["test.wsdl:38: error: binding `EchoBinding` refers to port type `Nope`, which is not defined"]
        ),
        FailureCase(
            name: "port referencing a missing binding",
            wsdl: Echo.wsdl(service: Echo.defaultService.replacing("tns:EchoBinding", with: "tns:Nope")),
            expected: ["test.wsdl:47: error: port `EchoPortSoap` refers to binding `Nope`, which is not defined"]
        ),
        FailureCase(
            name: "operation missing from the binding",
            wsdl: Echo.wsdl(
                binding: Echo.defaultBinding.replacing("<operation name=\"echo\">", with: "<operation name=\"other\">")),
            expected: ["test.wsdl:33: error: operation `echo` has no operation in binding `EchoBinding`"]
        ),
        FailureCase(
            name: "port type without operations",
            wsdl: Echo.wsdl(portType: "  <portType name=\"EchoPort\"/>"),
            expected: ["test.wsdl:32: error: port type `EchoPort` has no operations"]
        ),
        FailureCase(
            name: "operation overloading",
            wsdl: Echo.wsdl(
                portType: Echo.defaultPortType.replacing(
                    "  </portType>",
                    with: """
                            <operation name="echo">
                              <input message="tns:echoOut"/>
                              <output message="tns:echoIn"/>
                            </operation>
                          </portType>
                        """
                )
            ),
            expected: [
                "test.wsdl:37: error: port type `EchoPort` declares operation `echo` twice; overloaded operations "
                    + "are not supported"
            ]
        ),
        FailureCase(
            name: "only an HTTP binding",
            wsdl: Echo.wsdl(
                binding: """
                      <binding name="EchoBinding" type="tns:EchoPort">
                        <http:binding verb="POST"/>
                        <operation name="echo">
                          <http:operation location="/echo"/>
                          <input><http:urlEncoded/></input>
                          <output/>
                        </operation>
                      </binding>
                    """,
                service: Echo.defaultService.replacing("soap:address", with: "http:address")
            ),
            expected: ["test.wsdl:2: error: the WSDL has no SOAP 1.1 or SOAP 1.2 binding"]
        ),
        FailureCase(
            name: "transport that is not HTTP",
            wsdl: Echo.wsdl(
                binding: Echo.defaultBinding.replacing(
                    "http://schemas.xmlsoap.org/soap/http", with: "http://schemas.xmlsoap.org/soap/smtp")
            ),
            expected: [
                "test.wsdl:38: error: binding `EchoBinding` uses transport 'http://schemas.xmlsoap.org/soap/smtp'; "
                    + "only SOAP over HTTP is supported"
            ]
        ),
        FailureCase(
            name: "soap:body naming another part",
            wsdl: Echo.wsdl(
                binding: Echo.defaultBinding.replacing(
                    "<input><soap:body use=\"literal\"/></input>",
                    with: "<input><soap:body use=\"literal\" parts=\"other\"/></input>"
                )
            ),
            expected: [
                "test.wsdl:42: error: soap:body parts=\"other\" of operation `echo` must name exactly one part of "
                    + "message `echoIn` (its parts: `parameters`)"
            ]
        ),
    ]

    @Test(arguments: wsdlCases)
    func unsupportedWSDLConstruct(_ testCase: FailureCase) async {
        await expectFailureWithoutCrashing(testCase)
    }

    // MARK: Schemas loaded by schemaLocation

    static let common = """
        <?xml version="1.0"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:test" targetNamespace="urn:test">
          <xsd:complexType name="Result">
            <xsd:sequence>
              <xsd:element name="value" type="xsd:string"/>
            </xsd:sequence>
          </xsd:complexType>
        </xsd:schema>
        """

    static let schemaLocationCases: [FailureCase] = [
        FailureCase(
            name: "remote xsd:import",
            wsdl: Echo.wsdl(
                types: "    <xsd:import namespace=\"urn:other\" schemaLocation=\"http://example.com/other.xsd\"/>\n"
                    + Echo.defaultTypes
            ),
            expected: [
                "test.wsdl:19: error: cannot load schemaLocation 'http://example.com/other.xsd': "
                    + "'http://example.com/other.xsd' is remote: only local files next to the WSDL are loaded, never "
                    + "the network"
            ]
        ),
        FailureCase(
            name: "remote xsd:include",
            wsdl: Echo.wsdl(types: "    <xsd:include schemaLocation=\"https://example.com/common.xsd\"/>"),
            expected: [
                "test.wsdl:19: error: cannot load schemaLocation 'https://example.com/common.xsd': "
                    + "'https://example.com/common.xsd' is remote: only local files next to the WSDL are loaded, "
                    + "never the network"
            ]
        ),
        FailureCase(
            name: "absolute path",
            wsdl: Echo.wsdl(types: "    <xsd:include schemaLocation=\"/etc/passwd\"/>\n" + Echo.defaultTypes),
            expected: [
                "test.wsdl:19: error: cannot load schemaLocation '/etc/passwd': '/etc/passwd' is an absolute path: "
                    + "only paths relative to the WSDL are loaded"
            ]
        ),
        FailureCase(
            name: "path leaving the folder",
            wsdl: Echo.wsdl(types: "    <xsd:include schemaLocation=\"../x.xsd\"/>\n" + Echo.defaultTypes),
            expected: [
                "test.wsdl:19: error: cannot load schemaLocation '../x.xsd': '../x.xsd' leaves the WSDL's folder"
            ]
        ),
        FailureCase(
            name: "missing file",
            wsdl: Echo.wsdl(types: "    <xsd:include schemaLocation=\"types/missing.xsd\"/>\n" + Echo.defaultTypes),
            expected: [
                "test.wsdl:19: error: cannot load schemaLocation 'types/missing.xsd': 'types/missing.xsd' does not "
                    + "exist"
            ]
        ),
        FailureCase(
            name: "include without schemaLocation",
            wsdl: Echo.wsdl(types: "    <xsd:include/>\n" + Echo.defaultTypes),
            expected: ["test.wsdl:19: error: `xsd:include` needs a schemaLocation"]
        ),
        FailureCase(
            name: "included schema with another targetNamespace",
            wsdl: Echo.wsdl(types: "    <xsd:include schemaLocation=\"common.xsd\"/>"),
            documents: [
                "common.xsd": common.replacing("targetNamespace=\"urn:test\"", with: "targetNamespace=\"urn:other\"")
            ],
            expected: [
                "test.wsdl:19: error: 'common.xsd' declares targetNamespace 'urn:other' but is imported or included "
                    + "as 'urn:test'"
            ]
        ),
        FailureCase(
            name: "imported schema with another targetNamespace",
            wsdl: Echo.wsdl(
                types: "    <xsd:import namespace=\"urn:a\" schemaLocation=\"a.xsd\"/>\n" + Echo.defaultTypes),
            documents: ["a.xsd": common.replacing("targetNamespace=\"urn:test\"", with: "targetNamespace=\"urn:b\"")],
            expected: [
                "test.wsdl:19: error: 'a.xsd' declares targetNamespace 'urn:b' but is imported or included as 'urn:a'"
            ]
        ),
        FailureCase(
            name: "included document that is not a schema",
            wsdl: Echo.wsdl(types: "    <xsd:include schemaLocation=\"common.xsd\"/>"),
            documents: ["common.xsd": "<definitions xmlns=\"http://schemas.xmlsoap.org/wsdl/\"/>"],
            expected: ["test.wsdl:19: error: 'common.xsd' is not an XML Schema: its document element is `definitions`"]
        ),
        FailureCase(
            name: "included document with a DOCTYPE",
            wsdl: Echo.wsdl(types: "    <xsd:include schemaLocation=\"types/common.xsd\"/>"),
            documents: [
                "types/common.xsd": common.replacing(
                    "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\"?>\n<!DOCTYPE schema>")
            ],
            expected: [
                "types/common.xsd:2: error: a DOCTYPE is not allowed in a WSDL or schema (no DTD or external entity "
                    + "is ever loaded)"
            ]
        ),
        FailureCase(
            name: "included document that is not well-formed",
            wsdl: Echo.wsdl(types: "    <xsd:include schemaLocation=\"types/common.xsd\"/>"),
            documents: ["types/common.xsd": common.replacing("</xsd:sequence>", with: "</xsd:sequenc>")],
            expected: [
                "types/common.xsd:6: error: not well-formed XML: Opening and ending tag mismatch: sequence line 4 "
                    + "and sequenc"
            ]
        ),
        FailureCase(
            name: "unsupported construct in an included schema",
            wsdl: Echo.wsdl(types: "    <xsd:include schemaLocation=\"types/common.xsd\"/>"),
            documents: [
                "types/common.xsd": common.replacing(
                    "</xsd:sequence>", with: "</xsd:sequence>\n    <xsd:assert test=\"true()\"/>")
            ],
            expected: ["types/common.xsd:7: error: `xsd:assert` in complexType `Result` is not supported"]
        ),
        FailureCase(
            name: "xsd:import without schemaLocation of an unknown namespace",
            wsdl: Echo.wsdl(types: "    <xsd:import namespace=\"urn:other\"/>\n" + Echo.defaultTypes),
            expected: [
                "test.wsdl:19: error: `xsd:import` of namespace 'urn:other' has no schemaLocation and no schema in "
                    + "this WSDL declares it"
            ]
        ),
    ]

    @Test(arguments: schemaLocationCases)
    func schemaLocationProblem(_ testCase: FailureCase) {
        expectFailure(testCase)
    }

    /// Toolkits import the SOAP encoding and XML namespaces with no location and never use them: no diagnostic.
    @Test
    func importsOfTheEncodingAndXMLNamespacesWithoutLocationAreTolerated() {
        let imports = """
                <xsd:import namespace="http://schemas.xmlsoap.org/soap/encoding/"/>
                <xsd:import namespace="http://www.w3.org/XML/1998/namespace"/>

            """
        let run = GeneratorRun(Echo.wsdl(types: imports + Echo.defaultTypes))
        #expect(run.diagnostics == [])
        #expect(run.output != nil)
    }

    // MARK: Several problems at once

    @Test
    func everyTranslationErrorIsReported() {
        let wsdl = Echo.wsdl(
            types: Echo.result(
                """
                      <xsd:sequence>
                        <xsd:element name="value" type="xsd:strang"/>
                        <xsd:element name="count" type="tns:Nope"/>
                        <xsd:element name="note" type="xsd:string" nillable="true"/>
                      </xsd:sequence>
                      <xsd:assert test="true()"/>
                """
            ),
            binding: Echo.defaultBinding
                .replacing(
                    "<output><soap:body use=\"literal\"/></output>",
                    with: "<output><soap:body use=\"encoded\"/></output>")
        )
        expectFailure(
            FailureCase(
                name: "several",
                wsdl: wsdl,
                expected: [
                    "test.wsdl:46: error: operation `echo` uses use=\"encoded\"; only use=\"literal\" is supported "
                        + "(encoded is not)",
                    "test.wsdl:25: error: `xsd:assert` in complexType `Result` is not supported",
                    "test.wsdl:21: error: element `value`: xsd:strang is not an XML Schema built-in type",
                    "test.wsdl:22: error: type tns:Nope of element `count` is not defined",
                ]
            )
        )
    }

    @Test
    func everyParseErrorIsReported() {
        let wsdl = Echo.wsdl(
            types: """
                    <xsd:import namespace="urn:other" schemaLocation="http://example.com/other.xsd"/>
                    <xsd:include schemaLocation="../up.xsd"/>
                    <xsd:complexType name="Result">
                      <xsd:sequence>
                        <xsd:element name="value" type="xsd:string" minOccurs="abc"/>
                      </xsd:sequence>
                    </xsd:complexType>
                """,
            messages: "  <import namespace=\"urn:other\" location=\"other.wsdl\"/>\n" + Echo.defaultMessages
        )
        expectFailure(
            FailureCase(
                name: "several",
                wsdl: wsdl,
                expected: [
                    "test.wsdl:19: error: cannot load schemaLocation 'http://example.com/other.xsd': "
                        + "'http://example.com/other.xsd' is remote: only local files next to the WSDL are loaded, "
                        + "never the network",
                    "test.wsdl:20: error: cannot load schemaLocation '../up.xsd': '../up.xsd' leaves the WSDL's folder",
                    "test.wsdl:23: error: minOccurs 'abc' of element `value` is not a non-negative integer",
                    "test.wsdl:28: error: cannot load the `wsdl:import` location 'other.wsdl': 'other.wsdl' does "
                        + "not exist",
                ]
            )
        )
    }

    @Test
    func errorsInSeveralOperationsAreAllReported() {
        let wsdl = Echo.wsdl(
            types: Echo.defaultTypes + """

                    <xsd:element name="ping">
                      <xsd:complexType>
                        <xsd:all>
                          <xsd:element name="a" type="xsd:string"/>
                        </xsd:all>
                      </xsd:complexType>
                    </xsd:element>
                """,
            messages: Echo.defaultMessages + """

                  <message name="pingIn">
                    <part name="parameters" element="tns:ping"/>
                  </message>
                """,
            portType: Echo.defaultPortType.replacing(
                "  </portType>",
                with: """
                        <operation name="ping">
                          <input message="tns:pingIn"/>
                          <output message="tns:echoOut"/>
                        </operation>
                      </portType>
                    """
            ),
            binding: Echo.defaultBinding
                .replacing(
                    "<input><soap:body use=\"literal\"/></input>",
                    with: "<input><soap:body use=\"literal\" parts=\"text\"/></input>"
                )
                .replacing(
                    "  </binding>",
                    with: """
                            <operation name="ping">
                              <soap:operation soapAction="urn:test#ping"/>
                              <input><soap:body use="literal"/></input>
                              <output><soap:body use="literal"/></output>
                            </operation>
                          </binding>
                        """
                )
        )
        expectFailure(
            FailureCase(
                name: "several operations",
                wsdl: wsdl,
                expected: [
                    "test.wsdl:56: error: soap:body parts=\"text\" of operation `echo` must name exactly one part "
                        + "of message `echoIn` (its parts: `parameters`)",
                    "test.wsdl:26: error: `xsd:all` in anonymous complexType is not supported",
                ]
            )
        )
    }

    // MARK: Unsupported constructs nobody uses

    @Test
    func unsupportedConstructsInUnusedTypesAreNotErrors() throws {
        let wsdl = Echo.wsdl(
            types: Echo.defaultTypes + """

                    <xsd:complexType name="Unused">
                      <xsd:choice>
                        <xsd:element name="a" type="xsd:anyType" nillable="true"/>
                        <xsd:any/>
                      </xsd:choice>
                      <xsd:attribute name="lang" type="xsd:string"/>
                    </xsd:complexType>
                    <xsd:complexType name="Derived" mixed="true">
                      <xsd:complexContent>
                        <xsd:extension base="tns:Unused"/>
                      </xsd:complexContent>
                    </xsd:complexType>
                    <xsd:simpleType name="Codes">
                      <xsd:list itemType="xsd:int"/>
                    </xsd:simpleType>
                    <xsd:element name="unusedElement" nillable="true" default="x" type="xsd:strang"/>
                    <xsd:element name="unusedRecursion">
                      <xsd:complexType>
                        <xsd:sequence>
                          <xsd:element ref="tns:unusedRecursion"/>
                          <xsd:element name="missing" type="tns:Missing"/>
                        </xsd:sequence>
                      </xsd:complexType>
                    </xsd:element>
                """
        )
        let run = GeneratorRun(wsdl)
        #expect(run.diagnostics == [])
        let output = try #require(run.output)
        #expect(output.name == "test.wsdl.swift")
        // The generated code embeds no WSDL text (only `--emit document` does), so nothing may mention them.
        #expect(!output.text.contains("Unused"))
        #expect(!output.text.contains("Codes"))
    }

    // MARK: Supported shapes

    @Test
    func recursionThroughARepeatedElementIsFine() throws {
        let wsdl = Echo.wsdl(
            types: Echo.result(
                """
                      <xsd:sequence>
                        <xsd:element name="value" type="xsd:string"/>
                        <xsd:element name="children" type="tns:Result" minOccurs="0" maxOccurs="unbounded"/>
                      </xsd:sequence>
                """
            )
        )
        let run = GeneratorRun(wsdl)
        #expect(run.diagnostics == [])
        let text = try #require(run.output).text
        // `Result` is a standard-library name: the generated type is `ResultType`, so it cannot shadow `Swift.Result`.
        #expect(text.contains("public var children: [TestSOAP.ResultType]"))
    }

    @Test
    func soap12BindingWithTheSOAP12HTTPTransportURI() throws {
        // "http://www.w3.org/2003/05/soap/bindings/HTTP/" is SOAP 1.2's own name for its HTTP binding; WSDLs
        // generated by several stacks use it in soap12:binding. It is SOAP over HTTP.
        let wsdl = Echo.wsdl(
            binding: Echo.defaultBinding
                .replacing("soap:", with: "soap12:")
                .replacing(
                    "http://schemas.xmlsoap.org/soap/http", with: "http://www.w3.org/2003/05/soap/bindings/HTTP/"),
            service: Echo.defaultService.replacing("soap:", with: "soap12:")
        )
        let run = GeneratorRun(wsdl)
        #expect(run.diagnostics == [])
        let text = try #require(run.output).text
        #expect(text.contains("soapVersion: .soap12"))
    }

    @Test
    func xsdImportWithoutSchemaLocationOfAnInlineSchemaNamespace() throws {
        let wsdl = Echo.wsdl(
            types: """
                    <xsd:import namespace="urn:other"/>
                    <xsd:complexType name="Result">
                      <xsd:sequence>
                        <xsd:element name="value" type="other:Value"/>
                      </xsd:sequence>
                    </xsd:complexType>
                  </xsd:schema>
                  <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:other">
                    <xsd:simpleType name="Value">
                      <xsd:restriction base="xsd:string">
                        <xsd:maxLength value="10"/>
                      </xsd:restriction>
                    </xsd:simpleType>
                """,
            schemaAttributes: " xmlns:other=\"urn:other\""
        )
        let run = GeneratorRun(wsdl)
        #expect(run.diagnostics == [])
        let text = try #require(run.output).text
        #expect(text.contains("public var value: Swift.String"))
        #expect(text.contains("Restricted by the schema: maxLength=10."))
    }

    @Test
    func includeAndImportServedByTheDocumentLoader() throws {
        let wsdl = Echo.wsdl(
            types: """
                    <xsd:include schemaLocation="types/common.xsd"/>
                    <xsd:import namespace="urn:money" schemaLocation="./types/../types/money.xsd"/>
                """,
            schemaAttributes: " xmlns:money=\"urn:money\""
        )
        let documents = [
            // A chameleon include (no targetNamespace) that includes its neighbour by a path relative to itself.
            "types/common.xsd": """
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:test" xmlns:money="urn:money">
              <xsd:include schemaLocation="result.xsd"/>
              <xsd:complexType name="Line">
                <xsd:sequence>
                  <xsd:element name="label" type="xsd:string"/>
                  <xsd:element name="amount" type="money:Amount"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:schema>
            """,
            "types/result.xsd": """
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:test" targetNamespace="urn:test">
              <xsd:complexType name="Result">
                <xsd:sequence>
                  <xsd:element name="lines" type="tns:Line" maxOccurs="unbounded"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:schema>
            """,
            "types/money.xsd": """
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:money">
              <xsd:simpleType name="Amount">
                <xsd:restriction base="xsd:decimal"/>
              </xsd:simpleType>
            </xsd:schema>
            """,
        ]
        let run = GeneratorRun(wsdl, documents: documents)
        #expect(run.diagnostics == [])
        let text = try #require(run.output).text
        #expect(text.contains("public import Foundation"))
        #expect(text.contains("public var lines: [TestSOAP.Line]"))
        #expect(text.contains("public var amount: Foundation.Decimal"))
    }

    // MARK: Warnings and notes

    static let collidingNames = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:test" targetNamespace="urn:test">
          <types>
            <xsd:schema targetNamespace="urn:test">
              <xsd:element name="get_x">
                <xsd:complexType>
                  <xsd:sequence>
                    <xsd:element name="request" type="tns:GetXRequest"/>
                  </xsd:sequence>
                </xsd:complexType>
              </xsd:element>
              <xsd:element name="dates" type="tns:Dates"/>
              <xsd:complexType name="GetXRequest">
                <xsd:sequence/>
              </xsd:complexType>
              <xsd:complexType name="Dates">
                <xsd:sequence>
                  <xsd:element name="last_date" type="xsd:date"/>
                  <xsd:element name="lastDate" type="xsd:string"/>
                  <xsd:element name="LastDate" type="xsd:string" minOccurs="0"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:schema>
          </types>
          <message name="in"><part name="parameters" element="tns:get_x"/></message>
          <message name="out"><part name="parameters" element="tns:dates"/></message>
          <portType name="Port">
            <operation name="get_x">
              <input message="tns:in"/>
              <output message="tns:out"/>
            </operation>
            <operation name="GetX">
              <input message="tns:in"/>
              <output message="tns:out"/>
            </operation>
          </portType>
          <binding name="Binding" type="tns:Port">
            <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
            <operation name="get_x">
              <soap:operation soapAction="get_x"/>
              <input><soap:body use="literal"/></input>
              <output><soap:body use="literal"/></output>
            </operation>
            <operation name="GetX">
              <soap:operation soapAction="GetX"/>
              <input><soap:body use="literal"/></input>
              <output><soap:body use="literal"/></output>
            </operation>
          </binding>
          <service name="Service">
            <port name="PortSoap" binding="tns:Binding">
              <soap:address location="https://example.com/x"/>
            </port>
          </service>
        </definitions>
        """

    @Test
    func nameCollisionsAreWarningsWithDeterministicSuffixes() throws {
        let run = GeneratorRun(Self.collidingNames)
        #expect(
            run.diagnostics == [
                "test.wsdl:32: warning: Swift name `GetX` is already taken; operation `GetX` is generated as `GetX2`",
                "test.wsdl:13: warning: Swift name `GetXRequest` is already taken; complexType `GetXRequest` is "
                    + "generated as `GetXRequest2`",
                "test.wsdl:19: warning: element `lastDate` would be property `lastDate` twice; it is generated as "
                    + "`lastDate2`",
                "test.wsdl:20: warning: element `LastDate` would be property `lastDate` twice; it is generated as "
                    + "`lastDate3`",
            ]
        )
        let text = try #require(run.output).text
        #expect(text.contains("public enum GetX: SOAPRuntime.SOAPOperation"))
        #expect(text.contains("public enum GetX2: SOAPRuntime.SOAPOperation"))
        #expect(text.contains("public static let operationName = \"GetX\""))
        #expect(text.contains("public struct GetXRequest: SOAPRuntime.SOAPBodyElement"))
        #expect(text.contains("public struct GetXRequest2: SOAPRuntime.SOAPElementCodable"))
        #expect(text.contains("public var request: TestSOAP.GetXRequest2"))
        #expect(text.contains("public var lastDate: Swift.String\n"))
        #expect(text.contains("public var lastDate2: Swift.String\n"))
        #expect(text.contains("public var lastDate3: Swift.String?\n"))
        // Wire names stay as written.
        #expect(text.contains("try writer.writeElement(\"last_date\", value: self.lastDate)"))
        #expect(text.contains("try writer.writeElement(\"lastDate\", value: self.lastDate2)"))
        #expect(text.contains("try writer.writeElement(\"LastDate\", value: value)"))
    }

    /// Every SOAP port generates: the SOAP 1.1 one at the top of the namespace, the other in an enum of its own.
    @Test
    func secondSOAPPortIsGeneratedInAnEnumOfItsOwn() throws {
        let binding12 = Echo.defaultBinding
            .replacing("EchoBinding", with: "EchoBinding12")
            .replacing("soap:", with: "soap12:")
        let wsdl = Echo.wsdl(
            binding: binding12 + "\n" + Echo.defaultBinding,
            service: """
                  <service name="EchoService">
                    <port name="EchoPortSoap12" binding="tns:EchoBinding12">
                      <soap12:address location="https://example.com/echo12"/>
                    </port>
                    <port name="EchoPortSoap" binding="tns:EchoBinding">
                      <soap:address location="https://example.com/echo"/>
                    </port>
                  </service>
                """
        )
        let run = GeneratorRun(wsdl)
        #expect(run.diagnostics == [])
        let text = try #require(run.output).text
        #expect(
            text.contains("address: \"https://example.com/echo\", namespaces: [\"urn:test\"], soapVersion: .soap11)"))
        #expect(text.contains("public enum EchoPortSOAP12 {"))
        #expect(
            text.contains("address: \"https://example.com/echo12\", namespaces: [\"urn:test\"], soapVersion: .soap12)"))
        #expect(text.contains("TestSOAP.EchoPortSOAP12.service"))
    }

    @Test
    func faultIsANote() throws {
        let wsdl = Echo.wsdl(
            messages: Echo.defaultMessages
                + "\n  <message name=\"echoFault\"><part name=\"detail\" element=\"tns:echo\"/></message>",
            portType: Echo.defaultPortType.replacing(
                "      <output message=\"tns:echoOut\"/>\n",
                with:
                    "      <output message=\"tns:echoOut\"/>\n      <fault name=\"echoFault\" "
                        + "message=\"tns:echoFault\"/>\n"
            ),
            binding: Echo.defaultBinding.replacing(
                "      <output><soap:body use=\"literal\"/></output>\n",
                with:
                    "      <output><soap:body use=\"literal\"/></output>\n      <fault "
                        + "name=\"echoFault\"><soap:fault name=\"echoFault\" use=\"literal\"/></fault>\n"
            )
        )
        let run = GeneratorRun(wsdl)
        #expect(
            run.diagnostics == [
                "test.wsdl:34: note: fault `echoFault` of operation `echo` is decoded as a generic SOAP fault"
            ])
        #expect(run.output != nil)
    }

    /// `soap:body parts=` picks the body's part of a message with several: the operation generates around it.
    @Test
    func soapBodyPartsPicksTheBodyPart() throws {
        let wsdl = Echo.wsdl(
            messages: Echo.defaultMessages.replacing(
                "<part name=\"parameters\" element=\"tns:echo\"/>",
                with:
                    "<part name=\"trace\" element=\"tns:echoResponse\"/>\n    <part name=\"parameters\" "
                        + "element=\"tns:echo\"/>"
            ),
            binding: Echo.defaultBinding.replacing(
                "<input><soap:body use=\"literal\"/></input>",
                with: "<input><soap:body use=\"literal\" parts=\"parameters\"/></input>")
        )
        let run = GeneratorRun(wsdl)
        #expect(run.diagnostics == [])
        let code = try #require(run.output.map { String(decoding: $0.contents, as: UTF8.self) })
        #expect(code.contains("Input element `echo`, output element `echoResponse`"))
    }

    /// Notes are summarised: several faults make one note, not one per fault or operation.
    @Test
    func severalFaultsMakeOneNote() throws {
        let faults = (1...7).map { "      <fault name=\"f\($0)\" message=\"tns:echoFault\"/>\n" }.joined()
        let wsdl = Echo.wsdl(
            messages: Echo.defaultMessages
                + "\n  <message name=\"echoFault\"><part name=\"detail\" element=\"tns:echo\"/></message>",
            portType: Echo.defaultPortType.replacing(
                "      <output message=\"tns:echoOut\"/>\n", with: "      <output message=\"tns:echoOut\"/>\n" + faults)
        )
        let run = GeneratorRun(wsdl)
        #expect(
            run.diagnostics == [
                "test.wsdl:34: note: 7 faults (`f1` of `echo`, `f2` of `echo`, `f3` of `echo`, `f4` of `echo`, `f5` "
                    + "of `echo` and 2 more) are decoded as generic SOAP faults"
            ]
        )
        #expect(run.output != nil)
    }

    @Test
    func portlessSOAPBindingIsAWarning() throws {
        let run = GeneratorRun(Echo.wsdl(service: ""))
        #expect(
            run.diagnostics == [
                "test.wsdl:38: warning: no service port uses binding `EchoBinding`, so the WSDL gives no address "
                    + "for it; clients must pass an endpoint"
            ]
        )
        #expect(try #require(run.output).text.contains("address: \"\""))
    }

    // MARK: Generated code that would not compile

    @Test
    func decoderLocalsNeverCollide() throws {
        // `element` is renamed to the local `elementValue` in the decoder; `element_value` must not get it too.
        let wsdl = Echo.wsdl(
            types: Echo.result(
                """
                      <xsd:sequence>
                        <xsd:element name="element" type="xsd:string"/>
                        <xsd:element name="element_value" type="xsd:string"/>
                      </xsd:sequence>
                """
            )
        )
        let text = try #require(GeneratorRun(wsdl).output).text
        // Decoder locals start out as `nil` or `[]`; `lexicalValues` has its own `var values = [...](minimumCapacity:)`.
        let locals = text.split(separator: "\n")
            .filter { $0.hasPrefix("            var ") && !$0.contains("(minimumCapacity:") }
            .map { $0.split(separator: ":")[0] }
        #expect(Set(locals).count == locals.count, "\(locals)")
    }

    @Test(arguments: ["type", "Type", "Protocol", "any"])
    func typeNamesThatMeanMetatypes(_ name: String) throws {
        // `X.Type` and `X.Protocol` are metatypes, even with backticks, in `\(swiftType).self`; `X.Any` does not
        // parse.
        let wsdl = Echo.wsdl(
            types: Echo.result(
                """
                      <xsd:sequence>
                        <xsd:element name="\(name)">
                          <xsd:complexType>
                            <xsd:sequence>
                              <xsd:element name="a" type="xsd:string"/>
                            </xsd:sequence>
                          </xsd:complexType>
                        </xsd:element>
                        <xsd:element name="named" type="tns:\(name)"/>
                      </xsd:sequence>
                """
            ) + "\n    <xsd:complexType name=\"\(name)\"><xsd:sequence/></xsd:complexType>"
        )
        let text = try #require(GeneratorRun(wsdl).output).text
        let metatype = try Regex(#"TestSOAP(\.Result)?\.`?(Type|Protocol|Any)(?![\w`])"#)
        #expect(!text.contains(metatype))
    }

    @Test(arguments: ["Swift", "SOAPRuntime", "SOAPXML", "Foundation", "test_soap"])
    func typeNamesNeverShadowModulesOrTheNamespace(_ name: String) throws {
        // Generated code qualifies everything (`Swift.String`, `TestSOAP.Result`): a struct with one of these
        // names inside `TestSOAP` would capture those references.
        let wsdl = Echo.wsdl(
            types: resultWithValue("        <xsd:element name=\"value\" type=\"tns:\(name)\"/>")
                + "\n    <xsd:complexType name=\"\(name)\"><xsd:sequence/></xsd:complexType>"
        )
        let run = GeneratorRun(wsdl)
        let text = try #require(run.output).text
        let shadowing = SwiftNaming.typeName(name)
        #expect(!text.contains("public struct \(shadowing):"))
    }

    // MARK: Determinism

    @Test
    func generationIsDeterministic() throws {
        let first = GeneratorRun(Self.collidingNames)
        let second = GeneratorRun(Self.collidingNames)
        #expect(first.diagnostics == second.diagnostics)
        let firstOutput = try #require(first.output)
        #expect(firstOutput.contents == second.output?.contents)
    }

    @Test
    func generationIsDeterministicAcrossProcesses() async throws {
        // Hash seeds differ between processes: any dependence on Set or Dictionary order shows here.
        let local = try #require(GeneratorRun(Self.collidingNames).output)
        let result = await #expect(processExitsWith: .success, observing: [\.standardOutputContent]) {
            let run = GeneratorRun(DiagnosticsTests.collidingNames)
            print(run.output?.text ?? "", terminator: "")
        }
        #expect(result?.standardOutputContent == local.contents)
    }

    // MARK: Helpers

    func expectFailure(_ testCase: FailureCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let run = GeneratorRun(testCase.wsdl, documents: testCase.documents)
        #expect(run.output == nil, sourceLocation: sourceLocation)
        #expect(run.failure != nil, sourceLocation: sourceLocation)
        #expect(run.diagnostics == testCase.expected, sourceLocation: sourceLocation)
        #expect(run.failure?.errors.map(\.description) == run.errors, sourceLocation: sourceLocation)
    }

    /// Like ``expectFailure(_:sourceLocation:)``, after checking in a child process that the generator does
    /// not crash on the input.
    func expectFailureWithoutCrashing(
        _ testCase: FailureCase, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async {
        let wsdl = testCase.wsdl
        let documents = testCase.documents
        let result = await #expect(processExitsWith: .success, "the generator crashed", sourceLocation: sourceLocation)
        { [wsdl = wsdl as String, documents = documents as [String: String]] in
            _ = GeneratorRun(wsdl, documents: documents)
        }
        guard result != nil, result?.exitStatus == .exitCode(0) else { return }
        expectFailure(testCase, sourceLocation: sourceLocation)
    }
}
