/// A file handed to the generator: a name for diagnostics and its bytes.
public struct InMemoryInputFile: Sendable, Hashable {
    /// The path as the user wrote it; diagnostics use it verbatim.
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

/// A file the generator produced.
public struct InMemoryOutputFile: Sendable, Hashable {
    /// The file name (no directory).
    public var name: String
    public var contents: [UInt8]

    public init(name: String, contents: [UInt8]) {
        self.name = name
        self.contents = contents
    }

    /// The contents as text.
    public var text: String { String(decoding: contents, as: UTF8.self) }
}

/// Loads the schemas a WSDL imports or includes by `schemaLocation`.
///
/// The generator stays free of file-system access: the command-line tool reads files next to the WSDL,
/// tests serve them from memory. The generator resolves and checks every location with ``LocalReference``
/// before it asks the loader, so a loader only ever sees normalised paths inside the WSDL's folder.
public protocol DocumentLoader {
    /// Returns the document at `relativePath` (relative to the root WSDL's folder, normalised).
    ///
    /// - Throws: ``DocumentLoaderError`` when the document is missing or unreadable.
    func load(_ relativePath: String) throws(DocumentLoaderError) -> InMemoryInputFile
}

/// Why a referenced document could not be loaded.
public struct DocumentLoaderError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// Serves documents from memory.
public struct InMemoryDocumentLoader: DocumentLoader {
    /// Documents by path relative to the root WSDL's folder (`types/common.xsd`).
    public var documents: [String: [UInt8]]

    public init(documents: [String: [UInt8]] = [:]) {
        self.documents = documents
    }

    public func load(_ relativePath: String) throws(DocumentLoaderError) -> InMemoryInputFile {
        guard let contents = documents[relativePath] else {
            throw DocumentLoaderError("'\(relativePath)' does not exist")
        }
        return InMemoryInputFile(path: relativePath, contents: contents)
    }
}

/// The rule for `schemaLocation`: a relative path that stays inside the root WSDL's folder.
public enum LocalReference {
    /// Resolves `location` against the folder of `base` (both relative to the root WSDL's folder) and
    /// normalises `.` and `..`.
    ///
    /// - Throws: ``DocumentLoaderError`` for URLs, absolute paths and paths that leave the folder.
    public static func resolve(_ location: String, relativeTo base: String) throws(DocumentLoaderError) -> String {
        let lowered = location.lowercased()
        if location.contains("://") || location.hasPrefix("//") || lowered.hasPrefix("file:")
            || lowered.hasPrefix("http:")
            || lowered.hasPrefix("https:")
        {
            throw DocumentLoaderError(
                "'\(location)' is remote: only local files next to the WSDL are loaded, never the network"
            )
        }
        if location.hasPrefix("/") || location.hasPrefix("\\") {
            throw DocumentLoaderError("'\(location)' is an absolute path: only paths relative to the WSDL are loaded")
        }
        var components = base.split(separator: "/", omittingEmptySubsequences: true).dropLast().map(String.init)
        for part in location.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".":
                continue
            case "..":
                guard !components.isEmpty else {
                    throw DocumentLoaderError("'\(location)' leaves the WSDL's folder")
                }
                components.removeLast()
            default:
                components.append(String(part))
            }
        }
        guard !components.isEmpty else {
            throw DocumentLoaderError("'\(location)' does not name a file")
        }
        return components.joined(separator: "/")
    }
}
