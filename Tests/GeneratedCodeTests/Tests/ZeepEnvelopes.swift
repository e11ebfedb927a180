import Foundation
import SOAPTestServer
import SOAPXML
import Testing

/// The envelopes python's zeep (Zeep/zeep_envelopes.py) and PHP's SoapClient and SoapServer (PHP/) write for messages of
/// a reference WSDL, to compare the generated code's with, and to feed its decoders replies another stack wrote.
enum ZeepEnvelopes {
    /// The reference WSDL `Resources/Reference/<folder>/<file>`.
    static func referenceWSDL(_ folder: String, _ file: String) -> String {
        PackageRoot.url.appendingPathComponent("Tests/WSDLGeneratorCoreTests/Resources/Reference/\(folder)/\(file)")
            .path
    }

    /// What zeep writes for each message of `spec` (`name`, `operation`, `direction`: input or output, `values`), by
    /// name. Fails, not skips, without zeep.
    static func make(wsdl: String, _ spec: [[String: Any]]) async throws -> [String: String] {
        try await run("python3", script: "Zeep/zeep_envelopes.py", wsdl: wsdl, spec, install: "pip install zeep")
    }

    /// The requests PHP's SoapClient writes for each call of `spec` (`name`, `operation`, and `values`, a document/literal
    /// call's wrapper fields, or `arguments`, an rpc call's parts), by name (PHP/php_requests.php). Fails, not skips,
    /// without php-soap.
    static func php(wsdl: String, _ spec: [[String: Any]]) async throws -> [String: String] {
        try await run("php", script: "PHP/php_requests.php", wsdl: wsdl, spec, install: "install php-cli and php-soap")
    }

    /// The replies PHP's SoapServer writes for each of `spec`'s requests (`name`, `request`: an envelope, `result`: what
    /// the handler returns), by name (PHP/php_replies.php).
    static func phpReplies(wsdl: String, _ spec: [[String: Any]]) async throws -> [String: String] {
        try await run("php", script: "PHP/php_replies.php", wsdl: wsdl, spec, install: "install php-cli and php-soap")
    }

    /// Runs `script` (under Tests/GeneratedCodeTests/Tests) on the WSDL and `spec`, written to a file, and reads the
    /// JSON object of envelopes it prints.
    private static func run(
        _ executable: String, script: String, wsdl: String, _ spec: [[String: Any]], install: String
    ) async throws -> [String: String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "envelope-spec-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try JSONSerialization.data(withJSONObject: spec).write(to: file)
        let path = PackageRoot.url.appendingPathComponent("Tests/GeneratedCodeTests/Tests/\(script)").path
        let run = try await ChildProcess.run(executable, [path, wsdl, file.path])
        try #require(run.status == 0, "\(script) failed (\(install)): \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: String])
    }

    /// The canonical form envelopes are compared in: prefixes and whitespace between elements set aside.
    static func canonical(_ bytes: [UInt8]) throws -> [String] {
        try XMLTree(parsing: bytes).canonicalLines()
    }

    static func canonical(_ text: String?) throws -> [String] {
        try canonical(Array(try #require(text).utf8))
    }
}
