import Foundation

/// Where the built `smsc` (and the package's other executables) are: SwiftPM puts them beside the test bundle.
enum SMSCExecutable {
    static let path = path(named: "smsc")

    /// The built executable `name`.
    static func path(named name: String) -> String {
        let candidates = [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for directory in candidates {
            let path = directory.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: path) {
                return path
            }
        }
        return candidates[0].appendingPathComponent(name).path
    }
}
