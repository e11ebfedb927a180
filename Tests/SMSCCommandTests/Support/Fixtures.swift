import Foundation

/// Shared command-line pieces and unique values for the tests.
enum Fixtures {
    /// The sandbox's demo account, as flags.
    static func demo(_ endpoint: String) -> [String] {
        ["--endpoint", endpoint, "--login", "demo", "--password", "demo"]
    }

    /// A message text no other test sends: the sandbox, like SMSC, refuses an identical send within a minute.
    static func uniqueText(_ label: String) -> String {
        "\(label) \(UUID().uuidString.prefix(8))"
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "smsc-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A path in a new temporary directory, for a file the tool creates (a journal).
    static func temporaryPath(_ name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "smsc-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }
}
