import ArgumentParser
import WSDLGeneratorCore

@main
struct GeneratorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smsc-wsdl-gen",
        abstract: "Generates Swift SOAP clients from WSDL 1.1 (document/literal).",
        subcommands: [GenerateCommand.self, InspectCommand.self]
    )
}

/// Options both subcommands share.
struct GeneratorOptions: ParsableArguments {
    @Argument(help: "The WSDL file. Schemas it imports or includes are read from its folder.")
    var wsdl: String

    @Option(help: "The enum that holds the generated code (default: the WSDL's base name + SOAP, e.g. SMSCSOAP).")
    var namespace: String?

    @Option(help: "The access level of generated declarations: public, package or internal.")
    var accessModifier: String = AccessModifier.public.rawValue

    @Flag(
        help:
            """
            Make namespaces and soapActions that start with the address's origin follow the endpoint, for services \
            that write their own host into them (SMSC's).
            """
    )
    var rebaseOnEndpoint = false

    func validate() throws {
        guard AccessModifier(rawValue: accessModifier) != nil else {
            throw ValidationError(
                "--access-modifier must be one of: public, package, internal (got '\(accessModifier)')"
            )
        }
    }

    var pipeline: GeneratorPipeline {
        GeneratorPipeline(
            configuration: GeneratorConfiguration(
                namespace: namespace,
                accessModifier: AccessModifier(rawValue: accessModifier) ?? .public,
                rebasesOnEndpoint: rebaseOnEndpoint
            ),
            documentLoader: FileSystemDocumentLoader(wsdlPath: wsdl)
        )
    }

    func readWSDL() throws -> InMemoryInputFile {
        do {
            return try FileSystemDocumentLoader.read(wsdl)
        } catch {
            throw ValidationError("cannot read WSDL '\(wsdl)': \(error.message)")
        }
    }
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract:
            """
            Writes WSDL-NAME.swift (and with --emit document, WSDL-NAME.document.swift) into the output folder, as \
            the build plugin does.
            """
    )

    @OptionGroup var options: GeneratorOptions

    @Option(help: "The folder to write the Swift files into; it is created if missing.")
    var output: String

    @Option(
        help: """
            What to write, repeatable: `code` (WSDL-NAME.swift, the operations and types) or `document` \
            (WSDL-NAME.document.swift, the WSDL's text, for servers that publish it).
            """
    )
    var emit: [Output] = [.code]

    enum Output: String, ExpressibleByArgument, CaseIterable {
        case code
        case document
    }

    func run() throws {
        let wsdl = try options.readWSDL()
        let diagnostics = StandardErrorDiagnosticCollector()
        var files: [InMemoryOutputFile] = []
        do {
            for output in Set(emit).sorted(by: { $0.rawValue < $1.rawValue }) {
                switch output {
                case .code: files.append(try options.pipeline.generate(wsdl, diagnostics: diagnostics))
                case .document: files.append(try options.pipeline.generateDocument(wsdl, diagnostics: diagnostics))
                }
            }
        } catch {
            throw ExitCode.failure
        }
        for file in files {
            try FileSystemDocumentLoader.writeIfChanged(file, toDirectory: output)
        }
    }
}

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Prints each operation with its input and output fields and types."
    )

    @OptionGroup var options: GeneratorOptions

    func run() throws {
        let wsdl = try options.readWSDL()
        do {
            print(try options.pipeline.inspect(wsdl, diagnostics: StandardErrorDiagnosticCollector()), terminator: "")
        } catch {
            throw ExitCode.failure
        }
    }
}
