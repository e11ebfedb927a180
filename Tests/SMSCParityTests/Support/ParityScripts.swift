import Foundation
import SOAPTestServer

/// The PHP and python scripts of Tests/SMSCParityTests/Parity, run from the source tree (they find their data
/// next to themselves), and the WSDL they bind to.
enum ParityScripts {
    static let directory = PackageRoot.url.appendingPathComponent("Tests/SMSCParityTests/Parity")
    static let wsdl = PackageRoot.url.appendingPathComponent("wsdl/smsc.wsdl").path

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// Runs a script and parses the JSON it prints; a failed run names the tool to install.
    static func runJSON(_ command: String, _ arguments: [String], install: String) async throws -> Any {
        let run = try await ChildProcess.run(command, arguments)
        guard run.status == 0 else {
            throw ParityCorpusError(
                description: "\(command) \(arguments.first ?? "") failed with \(run.status) (\(install)): \(run.stderr)"
            )
        }
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }
}
