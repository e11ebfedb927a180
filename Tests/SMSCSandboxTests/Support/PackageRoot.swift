import Foundation

/// The repository's root, for fixtures other test targets own.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // SMSCSandboxTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
}
