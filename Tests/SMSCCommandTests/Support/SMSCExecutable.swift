import Foundation

/// Where the built `smsc` is: SwiftPM puts it beside the test bundle.
enum SMSCExecutable {
    static let path: String = {
        let candidates = [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for directory in candidates {
            let path = directory.appendingPathComponent("smsc").path
            if FileManager.default.isExecutableFile(atPath: path) {
                return path
            }
        }
        return candidates[0].appendingPathComponent("smsc").path
    }()
}
