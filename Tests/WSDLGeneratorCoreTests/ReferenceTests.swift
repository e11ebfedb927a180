import Foundation
import Testing
import WSDLGeneratorCore

/// Generates Swift from WSDLs and compares it with committed expected files.
///
/// Cases live in `Resources/Reference/<Case>/`: the WSDL (and any schemas it loads), the expected
/// `<name>.wsdl.swift`, and `diagnostics.txt` with the expected warnings and notes (absent: none). The SMSC case
/// reads the package's own `wsdl/smsc.wsdl`, so a change to the recorded WSDL must come with a reviewed change
/// to the expected code.
///
/// To re-record after an intended change: `SMSC_RECORD_REFERENCES=1 swift test --filter ReferenceTests`,
/// then review the diff of the files it wrote.
struct ReferenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var folder: String
        var wsdlName: String
        /// Where the WSDL is read from, when not from the case folder.
        var wsdlOverride: URL?
        /// How the generator is configured (the SMSC case as Sources/SMSC/wsdl-generator-config.json says, but public).
        var configuration = GeneratorConfiguration()

        var testDescription: String { folder }
    }

    static let cases: [Case] = [
        Case(
            folder: "SMSC",
            wsdlName: "smsc.wsdl",
            wsdlOverride: packageRoot.appending(path: "wsdl/smsc.wsdl"),
            configuration: GeneratorConfiguration(rebasesOnEndpoint: true)
        ),
        Case(folder: "Calculator", wsdlName: "calculator.wsdl"),
        Case(folder: "Imports", wsdlName: "imports.wsdl"),
        // Types that contain themselves (through ref, named types, mutually) and reserved member names: these
        // overflowed the generator's stack before.
        Case(folder: "Recursion", wsdlName: "recursion.wsdl"),
        Case(folder: "Nillable", wsdlName: "nillable.wsdl"),
        Case(folder: "Enumeration", wsdlName: "enumeration.wsdl"),
        Case(folder: "ValueConstraints", wsdlName: "constraints.wsdl"),
        Case(folder: "OneWay", wsdlName: "oneway.wsdl"),
        Case(folder: "List", wsdlName: "list.wsdl"),
        Case(folder: "Choice", wsdlName: "choice.wsdl"),
        Case(folder: "Any", wsdlName: "wildcards.wsdl"),
        Case(folder: "Attributes", wsdlName: "attributes.wsdl"),
        Case(folder: "Derivation", wsdlName: "derivation.wsdl"),
        Case(folder: "Headers", wsdlName: "headers.wsdl"),
        Case(folder: "Ports", wsdlName: "ports.wsdl"),
        Case(folder: "RPCLiteral", wsdlName: "rpc.wsdl"),
        // Every XML Schema built-in simple type an element can have, and the Swift type each becomes.
        Case(folder: "BuiltinTypes", wsdlName: "builtins.wsdl"),
        // A WSDL split over local files by wsdl:import (the interface, and a schema, imported), with an import cycle.
        Case(folder: "WSDLImport", wsdlName: "service.wsdl"),
    ]

    @Test(arguments: cases)
    func generatedCodeMatchesReference(_ testCase: Case) throws {
        let folder = Self.sourceFolder(testCase.folder)
        let wsdlURL = testCase.wsdlOverride ?? folder.appending(path: testCase.wsdlName)
        let wsdl = InMemoryInputFile(path: testCase.wsdlName, contents: Array(try Data(contentsOf: wsdlURL)))
        let collector = AccumulatingDiagnosticCollector()
        let pipeline = GeneratorPipeline(
            configuration: testCase.configuration,
            documentLoader: try Self.loader(for: folder, excluding: testCase.wsdlName))
        let output = try pipeline.generate(wsdl, diagnostics: collector)
        #expect(output.name == testCase.wsdlName + ".swift")

        let diagnostics = collector.diagnostics.map { "\($0)\n" }.joined()
        try Self.compare(
            actual: output.text, expectedFile: Self.sourceFolder(testCase.folder).appending(path: output.name))
        try Self.compare(
            actual: diagnostics, expectedFile: Self.sourceFolder(testCase.folder).appending(path: "diagnostics.txt"))
    }

    @Test
    func inspectOutputMatchesReference() throws {
        let wsdl = InMemoryInputFile(
            path: "smsc.wsdl", contents: Array(try Data(contentsOf: Self.packageRoot.appending(path: "wsdl/smsc.wsdl")))
        )
        let text = try GeneratorPipeline().inspect(wsdl, diagnostics: AccumulatingDiagnosticCollector())
        try Self.compare(actual: text, expectedFile: Self.sourceFolder("SMSC").appending(path: "smsc.inspect.txt"))
    }

    @Test
    func generationIsDeterministic() throws {
        let bytes = Array(try Data(contentsOf: Self.packageRoot.appending(path: "wsdl/smsc.wsdl")))
        let runs = try (0..<3).map { _ in
            try GeneratorPipeline().generate(
                InMemoryInputFile(path: "smsc.wsdl", contents: bytes), diagnostics: AccumulatingDiagnosticCollector())
        }
        #expect(runs.allSatisfy { $0 == runs[0] })
    }

    // MARK: Support

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A case folder in the source tree: inputs are read from it and re-recording writes to it.
    static func sourceFolder(_ name: String) -> URL {
        packageRoot.appending(path: "Tests/WSDLGeneratorCoreTests/Resources/Reference/\(name)")
    }

    /// Serves every other file of the case folder, by path relative to it.
    static func loader(for folder: URL, excluding wsdlName: String) throws -> InMemoryDocumentLoader {
        var documents: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        let prefix = folder.standardizedFileURL.path + "/"
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            // Schemas and WSDLs a case imports; not its expected outputs.
            if relative != wsdlName, relative.hasSuffix(".xsd") || relative.hasSuffix(".wsdl") {
                documents[relative] = Array(try Data(contentsOf: url))
            }
        }
        return InMemoryDocumentLoader(documents: documents)
    }

    /// Compares with the expected file, or records it when `SMSC_RECORD_REFERENCES=1`.
    static func compare(actual: String, expectedFile: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["SMSC_RECORD_REFERENCES"] == "1" {
            if actual.isEmpty {
                try? FileManager.default.removeItem(at: expectedFile)
            } else {
                try Data(actual.utf8).write(to: expectedFile)
            }
            return
        }
        let expected = (try? String(contentsOf: expectedFile, encoding: .utf8)) ?? ""
        if actual != expected {
            Issue.record(
                """
                Generated output differs from \(expectedFile.path) (re-record with SMSC_RECORD_REFERENCES=1):
                \(TextDiff.unified(expected: expected, actual: actual))
                """,
                sourceLocation: sourceLocation
            )
        }
    }
}
