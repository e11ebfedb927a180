import Testing

@testable import WSDLGeneratorCore

struct LocalReferenceTests {
    @Test(
        "resolves relative locations inside the WSDL's folder",
        arguments: [
            // From the root WSDL.
            ("a.xsd", "test.wsdl", "a.xsd"),
            ("types/a.xsd", "test.wsdl", "types/a.xsd"),
            ("./a.xsd", "test.wsdl", "a.xsd"),
            ("types/../a.xsd", "test.wsdl", "a.xsd"),
            ("types/./nested/../a.xsd", "test.wsdl", "types/a.xsd"),
            ("types//a.xsd", "test.wsdl", "types/a.xsd"),
            // From a schema in a subfolder: relative to that schema's folder.
            ("a.xsd", "types/common.xsd", "types/a.xsd"),
            ("./a.xsd", "types/common.xsd", "types/a.xsd"),
            ("types/a.xsd", "types/common.xsd", "types/types/a.xsd"),
            ("types/../a.xsd", "types/common.xsd", "types/a.xsd"),
            ("../a.xsd", "types/common.xsd", "a.xsd"),
            ("../types/a.xsd", "types/common.xsd", "types/a.xsd"),
            ("../other/a.xsd", "types/common.xsd", "other/a.xsd"),
            // Two levels down.
            ("a.xsd", "types/v1/common.xsd", "types/v1/a.xsd"),
            ("../a.xsd", "types/v1/common.xsd", "types/a.xsd"),
            ("../../a.xsd", "types/v1/common.xsd", "a.xsd"),
            ("./../v2/./a.xsd", "types/v1/common.xsd", "types/v2/a.xsd"),
        ]
    )
    func resolves(_ location: String, _ base: String, _ expected: String) throws {
        #expect(try LocalReference.resolve(location, relativeTo: base) == expected)
    }

    @Test(
        "rejects locations outside the WSDL's folder",
        arguments: [
            // Remote.
            (
                "http://example.com/a.xsd", "test.wsdl",
                "'http://example.com/a.xsd' is remote: only local files next to the WSDL are loaded, never the network"
            ),
            (
                "HTTPS://EXAMPLE.COM/a.xsd", "test.wsdl",
                "'HTTPS://EXAMPLE.COM/a.xsd' is remote: only local files next to the WSDL are loaded, never the network"
            ),
            (
                "ftp://example.com/a.xsd", "test.wsdl",
                "'ftp://example.com/a.xsd' is remote: only local files next to the WSDL are loaded, never the network"
            ),
            (
                "//example.com/a.xsd", "test.wsdl",
                "'//example.com/a.xsd' is remote: only local files next to the WSDL are loaded, never the network"
            ),
            (
                "http:a.xsd", "test.wsdl",
                "'http:a.xsd' is remote: only local files next to the WSDL are loaded, never the network"
            ),
            (
                "file:///etc/passwd", "test.wsdl",
                "'file:///etc/passwd' is remote: only local files next to the WSDL are loaded, never the network"
            ),
            (
                "FILE:a.xsd", "types/common.xsd",
                "'FILE:a.xsd' is remote: only local files next to the WSDL are loaded, never the network"
            ),
            // Absolute.
            (
                "/etc/passwd", "test.wsdl",
                "'/etc/passwd' is an absolute path: only paths relative to the WSDL are loaded"
            ),
            ("/a.xsd", "types/common.xsd", "'/a.xsd' is an absolute path: only paths relative to the WSDL are loaded"),
            (
                "\\\\server\\share\\a.xsd", "test.wsdl",
                "'\\\\server\\share\\a.xsd' is an absolute path: only paths relative to the WSDL are loaded"
            ),
            // Leaving the folder.
            ("../x.xsd", "test.wsdl", "'../x.xsd' leaves the WSDL's folder"),
            ("types/../../x.xsd", "test.wsdl", "'types/../../x.xsd' leaves the WSDL's folder"),
            ("../../x.xsd", "types/common.xsd", "'../../x.xsd' leaves the WSDL's folder"),
            ("../../../etc/passwd", "types/v1/common.xsd", "'../../../etc/passwd' leaves the WSDL's folder"),
            ("./../x.xsd", "test.wsdl", "'./../x.xsd' leaves the WSDL's folder"),
            // Going out and back in is still going out: the folder above is never looked at.
            ("../main/a.xsd", "test.wsdl", "'../main/a.xsd' leaves the WSDL's folder"),
            // No file.
            ("", "test.wsdl", "'' does not name a file"),
            (".", "test.wsdl", "'.' does not name a file"),
            ("./", "test.wsdl", "'./' does not name a file"),
            ("types/..", "test.wsdl", "'types/..' does not name a file"),
            ("..", "types/common.xsd", "'..' does not name a file"),
        ]
    )
    func rejects(_ location: String, _ base: String, _ message: String) {
        #expect(throws: DocumentLoaderError(message)) {
            try LocalReference.resolve(location, relativeTo: base)
        }
    }

    @Test
    func documentLoaderErrorDescriptionIsItsMessage() {
        #expect(DocumentLoaderError("'a.xsd' does not exist").description == "'a.xsd' does not exist")
    }

    @Test
    func inMemoryLoaderServesNormalisedPaths() throws {
        let loader = InMemoryDocumentLoader(documents: ["types/a.xsd": Array("<x/>".utf8)])
        let file = try loader.load(try LocalReference.resolve("./types/../types/a.xsd", relativeTo: "test.wsdl"))
        #expect(file.path == "types/a.xsd")
        #expect(file.contents == Array("<x/>".utf8))
        #expect(throws: DocumentLoaderError("'types/b.xsd' does not exist")) {
            try loader.load("types/b.xsd")
        }
    }
}
