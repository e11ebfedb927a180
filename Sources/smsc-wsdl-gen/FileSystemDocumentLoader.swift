import Foundation
import WSDLGeneratorCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads schemas from the WSDL's folder; the generator core has already checked each path stays inside it.
struct FileSystemDocumentLoader: DocumentLoader {
    /// The WSDL's folder as the user wrote it, so diagnostics name files the way the user does.
    private let folder: String

    init(wsdlPath: String) {
        let components = wsdlPath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        folder =
            components.isEmpty
            ? "." : components.joined(separator: "/").isEmpty ? "/" : components.joined(separator: "/")
    }

    func load(_ relativePath: String) throws(DocumentLoaderError) -> InMemoryInputFile {
        try Self.read(folder == "/" ? "/" + relativePath : folder + "/" + relativePath)
    }

    static func read(_ path: String) throws(DocumentLoaderError) -> InMemoryInputFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentLoaderError("'\(path)' does not exist or cannot be read")
        }
        return InMemoryInputFile(path: path, contents: Array(data))
    }

    /// Writes `file` into `directory` unless it already holds the same bytes, so an unchanged result keeps
    /// its modification time and does not make the build recompile. The write is atomic: a reader never
    /// sees half a file.
    static func writeIfChanged(_ file: InMemoryOutputFile, toDirectory directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + file.name
        if let existing = FileManager.default.contents(atPath: path), Array(existing) == file.contents {
            return
        }
        try Data(file.contents).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// Prints diagnostics to standard error as they come, in compiler format.
final class StandardErrorDiagnosticCollector: DiagnosticCollector {
    func emit(_ diagnostic: Diagnostic) {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}
