import Foundation
import Testing

/// Runs the built `smsc-wsdl-gen` executable the way the build plugin and users do.
struct GeneratorCommandTests {
    static var generator: String {
        PackageLayout.productsDirectory.appendingPathComponent("smsc-wsdl-gen").path
    }

    static let referenceFolder = PackageLayout.root.appendingPathComponent(
        "Tests/WSDLGeneratorCoreTests/Resources/Reference")

    @Test
    func generateWritesTheReferenceFile() async throws {
        let output = try CommandRunner.makeTemporaryDirectory(prefix: "GeneratorCommandTests")
        defer { try? FileManager.default.removeItem(at: output) }
        let wsdl = PackageLayout.root.appendingPathComponent("wsdl/smsc.wsdl").path

        // The reference is generated as SMSC's configuration says, but public.
        let result = try await CommandRunner.run(
            Self.generator, ["generate", wsdl, "--output", output.path, "--rebase-on-endpoint"])

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["smsc.wsdl.swift"])
        let generated = try Data(contentsOf: output.appendingPathComponent("smsc.wsdl.swift"))
        let expected = try Data(contentsOf: Self.referenceFolder.appendingPathComponent("SMSC/smsc.wsdl.swift"))
        #expect(generated == expected)
    }

    @Test
    func generateWritesWhatTheBuildPluginWrote() async throws {
        // The plugin ran smsc-wsdl-gen for the SMSC target when this test bundle was built.
        let buildFolder = PackageLayout.productsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        let pluginOutputs = buildFolder.appendingPathComponent("plugins/outputs")
        let enumerator = FileManager.default.enumerator(at: pluginOutputs, includingPropertiesForKeys: nil)
        var pluginFile: URL?
        while let url = enumerator?.nextObject() as? URL {
            if url.path.hasSuffix("/SMSC/destination/WSDLGeneratorPlugin/GeneratedSources/smsc.wsdl.swift") {
                pluginFile = url
            }
        }
        let pluginOutput = try #require(pluginFile, "no plugin output under \(pluginOutputs.path)")

        let output = try CommandRunner.makeTemporaryDirectory(prefix: "GeneratorCommandTests")
        defer { try? FileManager.default.removeItem(at: output) }
        let wsdl = PackageLayout.root.appendingPathComponent("wsdl/smsc.wsdl").path
        // What Sources/SMSC/wsdl-generator-config.json asks for.
        let result = try await CommandRunner.run(
            Self.generator,
            ["generate", wsdl, "--output", output.path, "--access-modifier", "package", "--rebase-on-endpoint"]
        )

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(
            try Data(contentsOf: output.appendingPathComponent("smsc.wsdl.swift")) == Data(contentsOf: pluginOutput))
        // The client's generated code is package API and carries no WSDL text.
        let code = try String(contentsOf: pluginOutput, encoding: .utf8)
        #expect(!code.contains("\npublic "))
        #expect(!code.contains("wsdlDocument"))
        #expect(!code.contains("RECONSTRUCTION"))
        // SMSC's service writes its own host into namespace and soapAction, so they follow the endpoint.
        #expect(code.contains("soapVersion: .soap11, rebasesOnEndpoint: true)"))
    }

    @Test
    func onlyTheSandboxEmbedsTheWSDLText() async throws {
        let buildFolder = PackageLayout.productsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        let pluginOutputs = buildFolder.appendingPathComponent("plugins/outputs")
        let enumerator = FileManager.default.enumerator(at: pluginOutputs, includingPropertiesForKeys: nil)
        var documents: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.lastPathComponent == "smsc.wsdl.document.swift" {
                documents.append(url.path)
            }
        }
        #expect(documents.count == 1)
        #expect(documents.allSatisfy { $0.contains("/SMSCSandbox/destination/") })
        let output = try CommandRunner.makeTemporaryDirectory(prefix: "GeneratorCommandTests")
        defer { try? FileManager.default.removeItem(at: output) }
        let wsdl = PackageLayout.root.appendingPathComponent("wsdl/smsc.wsdl").path
        let result = try await CommandRunner.run(
            Self.generator,
            ["generate", wsdl, "--output", output.path, "--access-modifier", "package", "--emit", "document"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let document = try String(
            contentsOf: output.appendingPathComponent("smsc.wsdl.document.swift"), encoding: .utf8)
        #expect(document.contains("package enum SMSCSOAPDocument {"))
        #expect(document.contains("RECONSTRUCTION of https://smsc.ru/sys/soap.php?wsdl"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("smsc.wsdl.swift").path))
        if let built = documents.first {
            #expect(try String(contentsOfFile: built, encoding: .utf8) == document)
        }
    }

    @Test
    func generateLeavesAnUnchangedFileUntouched() async throws {
        let output = try CommandRunner.makeTemporaryDirectory(prefix: "GeneratorCommandTests")
        defer { try? FileManager.default.removeItem(at: output) }
        let wsdl = PackageLayout.root.appendingPathComponent("wsdl/smsc.wsdl").path
        let file = output.appendingPathComponent("smsc.wsdl.swift")
        _ = try await CommandRunner.run(Self.generator, ["generate", wsdl, "--output", output.path])
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: file.path)

        let again = try await CommandRunner.run(Self.generator, ["generate", wsdl, "--output", output.path])

        #expect(again.status == 0)
        let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        #expect(modified == past)
    }

    @Test
    func inspectPrintsOperationsWithTheirFields() async throws {
        let wsdl = PackageLayout.root.appendingPathComponent("wsdl/smsc.wsdl").path
        let result = try await CommandRunner.run(Self.generator, ["inspect", wsdl])

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let expected = try String(
            contentsOf: Self.referenceFolder.appendingPathComponent("SMSC/smsc.inspect.txt"), encoding: .utf8)
        #expect(result.stdout == expected)
        #expect(
            result.stdout.contains(
                "  send_sms2 (SendSMS2), soapAction \"https://smsc.ru/sys/soap.php\"\n    input  send2 -> "
                    + "SMSCSOAP.SendSMS2Request\n"
            ))
    }

    @Test
    func anUnsupportedWSDLFailsWithACompilerStyleDiagnosticAndWritesNothing() async throws {
        let folder = try CommandRunner.makeTemporaryDirectory(prefix: "GeneratorCommandTests")
        defer { try? FileManager.default.removeItem(at: folder) }
        let smsc = try String(contentsOf: PackageLayout.root.appendingPathComponent("wsdl/smsc.wsdl"), encoding: .utf8)
        // A style WSDL 1.1 does not define (document and rpc/literal generate).
        let unsupported = smsc.replacingOccurrences(of: #"style="document""#, with: #"style="message""#)
        let wsdl = folder.appendingPathComponent("message.wsdl")
        try Data(unsupported.utf8).write(to: wsdl)
        // The binding's operation, the second `get_balance` after the port type's.
        let lines = unsupported.components(separatedBy: "\n")
        let operationLines = lines.indices.filter { lines[$0].contains("<operation name=\"get_balance\">") }
        try #require(operationLines.count == 2)
        let line = operationLines[1] + 1
        let output = folder.appendingPathComponent("out")

        let result = try await CommandRunner.run(Self.generator, ["generate", wsdl.path, "--output", output.path])

        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "\(wsdl.path):\(line): error: operation `get_balance` uses style \"message\"; only document and rpc (with use=\"literal\") are supported\n"
            )
        )
        #expect(
            result.stderr.components(separatedBy: ": error: ").count == 8, "one error per operation: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test
    func aMissingWSDLIsAUsageError() async throws {
        let result = try await CommandRunner.run(
            Self.generator, ["generate", "/nonexistent/x.wsdl", "--output", "/tmp/unused"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("cannot read WSDL '/nonexistent/x.wsdl'"))
    }

    @Test
    func anUnknownAccessModifierIsAUsageError() async throws {
        let wsdl = PackageLayout.root.appendingPathComponent("wsdl/smsc.wsdl").path
        let result = try await CommandRunner.run(Self.generator, ["inspect", wsdl, "--access-modifier", "open"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--access-modifier must be one of: public, package, internal (got 'open')"))
    }

    /// The reference outputs of the small WSDLs are not built by the package, so type-check them here against the
    /// runtime modules this test bundle was built with: a generator change that emits invalid Swift fails.
    @Test(arguments: [
        "Calculator/calculator.wsdl.swift", "Imports/imports.wsdl.swift", "SMSC/smsc.wsdl.swift",
        "Recursion/recursion.wsdl.swift",
        "Nillable/nillable.wsdl.swift", "Enumeration/enumeration.wsdl.swift",
        "ValueConstraints/constraints.wsdl.swift", "OneWay/oneway.wsdl.swift", "List/list.wsdl.swift",
        "Choice/choice.wsdl.swift", "Any/wildcards.wsdl.swift",
        "WSDLImport/service.wsdl.swift", "Attributes/attributes.wsdl.swift", "Derivation/derivation.wsdl.swift",
        "Headers/headers.wsdl.swift", "Ports/ports.wsdl.swift", "RPCLiteral/rpc.wsdl.swift",
        "BuiltinTypes/builtins.wsdl.swift",
    ])
    func referenceOutputsTypeCheckAgainstTheRuntime(_ file: String) async throws {
        let products = PackageLayout.productsDirectory
        let result = try await CommandRunner.run(
            "swiftc",
            [
                "-typecheck", "-swift-version", "6",
                "-module-name", "ReferenceCheck",
                "-I", products.appendingPathComponent("Modules").path,
                "-Xcc", "-fmodule-map-file=\(products.appendingPathComponent("CSOAPXML.build/module.modulemap").path)",
                "-Xcc", "-I", "-Xcc", PackageLayout.root.appendingPathComponent("Sources/CSOAPXML/include").path,
                Self.referenceFolder.appendingPathComponent(file).path,
            ]
        )
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("error:"))
        #expect(!result.stderr.contains("warning:"))
    }
}
