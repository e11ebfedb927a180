import Foundation
import PackagePlugin

/// Runs `smsc-wsdl-gen generate` for the target that applies the plugin. Generated code lives only in the plugin's
/// work directory: it is never committed.
///
/// The target says what to generate in a `wsdl-generator-config.json` among its own source files (like
/// swift-openapi-generator's `openapi-generator-config.yaml`), so a change to it is noticed at the next build:
///
/// ```json
/// { "wsdl": "wsdl/smsc.wsdl", "accessModifier": "package", "emit": ["code"] }
/// ```
///
/// - `wsdl`: the WSDL, relative to the package's root (required);
/// - `namespace`: the enum that holds the generated code (default: the WSDL's base name + `SOAP`);
/// - `accessModifier`: `public`, `package` or `internal` (default: `internal`);
/// - `emit`: `code` (the operations and types) and/or `document` (the WSDL's text, for servers that publish it);
///   default `["code"]`;
/// - `rebaseOnEndpoint`: whether namespaces and soapActions that start with the WSDL address's origin follow the
///   endpoint requests go to, for services that write their own host into them, as SMSC's does (default: `false`).
///
/// Inputs are the configuration, the WSDL, every other file in the WSDL's folder (schemas it may include) and the
/// generator binary, so a changed input or a rebuilt generator regenerates, and an unchanged one does not rerun.
@main
struct WSDLGeneratorPlugin: BuildToolPlugin {
    static let configurationFileName = "wsdl-generator-config.json"

    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else {
            throw PluginError.notASwiftTarget(target.name)
        }
        guard
            let configurationFile = target.sourceFiles.first(where: {
                $0.url.lastPathComponent == Self.configurationFileName
            })
        else {
            throw PluginError.noConfiguration(target.name)
        }
        let configuration: Configuration
        do {
            configuration = try JSONDecoder().decode(Configuration.self, from: Data(contentsOf: configurationFile.url))
        } catch {
            throw PluginError.invalidConfiguration(configurationFile.url.path, "\(error)")
        }
        let wsdl = context.package.directoryURL.appending(path: configuration.wsdl)
        guard FileManager.default.fileExists(atPath: wsdl.path) else {
            throw PluginError.noWSDL(wsdl.path, configurationFile.url.path)
        }
        let wsdlDirectory = wsdl.deletingLastPathComponent()
        let schemaFiles = try FileManager.default.contentsOfDirectory(
            at: wsdlDirectory,
            includingPropertiesForKeys: nil,
            options: [.skipsHiddenFiles]
        )
        .filter { !$0.hasDirectoryPath }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let emit = configuration.emit ?? ["code"]
        var arguments = [
            "generate", wsdl.path, "--output", context.pluginWorkDirectoryURL.appending(path: "GeneratedSources").path,
        ]
        arguments += ["--access-modifier", configuration.accessModifier ?? "internal"]
        if let namespace = configuration.namespace {
            arguments += ["--namespace", namespace]
        }
        if configuration.rebaseOnEndpoint == true {
            arguments.append("--rebase-on-endpoint")
        }
        var outputs: [URL] = []
        let outputDirectory = context.pluginWorkDirectoryURL.appending(
            path: "GeneratedSources",
            directoryHint: .isDirectory
        )
        for output in emit {
            switch output {
            case "code": outputs.append(outputDirectory.appending(path: wsdl.lastPathComponent + ".swift"))
            case "document": outputs.append(outputDirectory.appending(path: wsdl.lastPathComponent + ".document.swift"))
            default:
                throw PluginError.invalidConfiguration(
                    configurationFile.url.path,
                    "`emit` takes \"code\" and \"document\", not \"\(output)\""
                )
            }
            arguments += ["--emit", output]
        }
        let tool = try context.tool(named: "smsc-wsdl-gen")
        return [
            .buildCommand(
                displayName: "Generating Swift from \(wsdl.lastPathComponent) for \(target.name)",
                executable: tool.url,
                arguments: arguments,
                inputFiles: [configurationFile.url] + schemaFiles + [tool.url],
                outputFiles: outputs
            )
        ]
    }

    /// `wsdl-generator-config.json`.
    struct Configuration: Decodable {
        var wsdl: String
        var namespace: String?
        var accessModifier: String?
        var emit: [String]?
        var rebaseOnEndpoint: Bool?
    }
}

enum PluginError: Error, CustomStringConvertible {
    case notASwiftTarget(String)
    case noConfiguration(String)
    case invalidConfiguration(String, String)
    case noWSDL(String, String)

    var description: String {
        switch self {
        case .notASwiftTarget(let target):
            "WSDLGeneratorPlugin applies to Swift targets only; '\(target)' is not one"
        case .noConfiguration(let target):
            """
            WSDLGeneratorPlugin needs a \(WSDLGeneratorPlugin.configurationFileName) among the source files of \
            target '\(target)', naming at least the WSDL: {\"wsdl\": \"wsdl/service.wsdl\"}
            """
        case .invalidConfiguration(let file, let problem):
            "\(file): not a valid WSDLGeneratorPlugin configuration: \(problem)"
        case .noWSDL(let path, let configuration):
            "WSDLGeneratorPlugin found no WSDL at \(path), which \(configuration) names"
        }
    }
}
