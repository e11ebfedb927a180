public import Foundation

/// The repository's root, for files other test targets own (fixtures, the WSDL).
public enum PackageRoot {
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SOAPTestServer
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
}
