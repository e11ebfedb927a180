import Foundation
import PackagePlugin

/// Runs `smsc-wsdl-gen generate` on every `wsdl/*.wsdl` of the package, for the target that applies the
/// plugin. Generated code lives only in the plugin's work directory: it is never committed.
///
/// Inputs are the WSDL, every other file in `wsdl/` (schemas it may include) and the generator binary, so a
/// changed WSDL or a rebuilt generator regenerates, and an unchanged one does not rerun the tool.
@main
struct WSDLGeneratorPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard target is SwiftSourceModuleTarget else {
            throw PluginError.notASwiftTarget(target.name)
        }
        let wsdlDirectory = context.package.directoryURL.appending(path: "wsdl", directoryHint: .isDirectory)
        let files = try FileManager.default.contentsOfDirectory(
            at: wsdlDirectory,
            includingPropertiesForKeys: nil,
            options: [.skipsHiddenFiles]
        )
        .filter { !$0.hasDirectoryPath }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let wsdlFiles = files.filter { $0.pathExtension == "wsdl" }
        guard !wsdlFiles.isEmpty else {
            throw PluginError.noWSDL(wsdlDirectory.path, target.name)
        }
        let tool = try context.tool(named: "smsc-wsdl-gen")
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources", directoryHint: .isDirectory)
        return wsdlFiles.map { wsdl in
            .buildCommand(
                displayName: "Generating Swift from \(wsdl.lastPathComponent)",
                executable: tool.url,
                arguments: ["generate", wsdl.path, "--output", outputDirectory.path],
                inputFiles: files + [tool.url],
                outputFiles: [outputDirectory.appending(path: wsdl.lastPathComponent + ".swift")]
            )
        }
    }
}

enum PluginError: Error, CustomStringConvertible {
    case notASwiftTarget(String)
    case noWSDL(String, String)

    var description: String {
        switch self {
        case .notASwiftTarget(let target):
            "WSDLGeneratorPlugin applies to Swift targets only; '\(target)' is not one"
        case .noWSDL(let directory, let target):
            "WSDLGeneratorPlugin found no .wsdl file in \(directory) for target '\(target)'"
        }
    }
}
