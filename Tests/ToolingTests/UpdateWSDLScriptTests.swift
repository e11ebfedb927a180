import Foundation
import Testing

/// Runs `Scripts/update-wsdl.sh` against a loopback HTTP server (`Resources/serve_wsdl.py`) that serves
/// variants of the recorded `wsdl/smsc.wsdl`, and checks its exit status and output.
@Suite struct UpdateWSDLScriptTests {
    static let repoRoot = PackageLayout.root
    static let script = repoRoot.appendingPathComponent("Scripts/update-wsdl.sh")
    static let recordedWSDL = repoRoot.appendingPathComponent("wsdl/smsc.wsdl")
    /// The service URL as recorded in wsdl/smsc.wsdl (namespace, soapAction, address).
    static let recordedServiceURL = "https://smsc.ru/sys/soap.php"

    // MARK: - Cases

    @Test func servedDocumentWithOnlyFormattingDifferencesIsUpToDate() async throws {
        let served = try Self.servedVariant()
        let run = try await Self.runAgainstServer(serving: served)

        #expect(run.result.status == 0, "stdout:\n\(run.result.stdout)\nstderr:\n\(run.result.stderr)")
        #expect(run.result.stdout == "wsdl/smsc.wsdl is up to date with 127.0.0.1:\(run.port)\n")
        #expect(run.result.stderr.contains("downloading http://127.0.0.1:\(run.port)/sys/soap.php?wsdl"))
    }

    @Test func servedDocumentWithOtherPrefixesAndSchemesIsUpToDate() async throws {
        // Same content, but WSDL elements prefixed "wsdl:", XSD as "s:", the target namespace as "s0:",
        // and the address written with https while the download used http.
        var served = try Self.servedVariant()
        served =
            served
            .replacingOccurrences(of: "xmlns:xsd=", with: "xmlns:s=")
            .replacingOccurrences(of: "xsd:", with: "s:")
            .replacingOccurrences(of: "xmlns:tns=", with: "xmlns:s0=")
            .replacingOccurrences(of: "tns:", with: "s0:")
            .replacingOccurrences(
                of: #"xmlns="http://schemas.xmlsoap.org/wsdl/""#,
                with: #"xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/""#)
        let wsdlTags = try NSRegularExpression(
            pattern: #"<(/?)(definitions|types|message|part|portType|operation|input|output|binding|service|port)\b"#)
        served = wsdlTags.stringByReplacingMatches(
            in: served, range: NSRange(served.startIndex..., in: served), withTemplate: "<$1wsdl:$2")
        let address = #"location="{BASE}/sys/soap.php""#
        try #require(served.contains(address))
        served = served.replacingOccurrences(of: address, with: #"location="https://{HOST}/sys/soap.php""#)
        try #require(served.contains("<wsdl:definitions") && served.contains(#"type="s:string""#))

        let run = try await Self.runAgainstServer(serving: served)

        #expect(run.result.status == 0, "stdout:\n\(run.result.stdout)\nstderr:\n\(run.result.stderr)")
        #expect(run.result.stdout == "wsdl/smsc.wsdl is up to date with 127.0.0.1:\(run.port)\n")
    }

    @Test func newElementInServedDocumentIsReportedAsDiff() async throws {
        var served = try Self.servedVariant()
        // Add sms_cnt after "message" in StatusResponseType (not in Status2ResponseType).
        let typeStart = try #require(served.range(of: #"<xsd:complexType name="StatusResponseType">"#))
        let message = #"<xsd:element name="message" type="xsd:string" minOccurs="0"/>"#
        let anchor = try #require(served.range(of: message, range: typeStart.upperBound..<served.endIndex))
        served.insert(
            contentsOf: "\n<xsd:element name=\"sms_cnt\" type=\"xsd:string\" minOccurs=\"0\"/>", at: anchor.upperBound)

        let run = try await Self.runAgainstServer(serving: served)

        #expect(run.result.status == 1, "stdout:\n\(run.result.stdout)\nstderr:\n\(run.result.stderr)")
        let lines = run.result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "--- recorded wsdl/smsc.wsdl")
        #expect(lines.dropFirst().first == "+++ served http://127.0.0.1:\(run.port)/sys/soap.php?wsdl (normalised)")
        let added = lines.filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
        let removed = lines.filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }
        #expect(added.count == 1, "added lines: \(added)")
        #expect(added.first?.contains(#"name="sms_cnt""#) == true, "added lines: \(added)")
        #expect(removed.isEmpty, "removed lines: \(removed)")
        #expect(!run.result.stdout.contains("up to date"))
    }

    @Test func downloadFailureExitsWithStatus2() async throws {
        let run = try await Self.runAgainstServer(serving: try Self.servedVariant(), status: 404)

        #expect(run.result.status == 2, "stdout:\n\(run.result.stdout)\nstderr:\n\(run.result.stderr)")
        #expect(run.result.stdout.isEmpty)
        #expect(run.result.stderr.contains("404"))
        #expect(run.result.stderr.contains("could not download http://127.0.0.1:\(run.port)/sys/soap.php?wsdl"))
    }

    @Test func servedDocumentThatIsNotXMLExitsWithStatus2() async throws {
        let run = try await Self.runAgainstServer(
            serving: "<html><body>Service temporarily unavailable<br></body></html>\n")

        #expect(run.result.status == 2, "stdout:\n\(run.result.stdout)\nstderr:\n\(run.result.stderr)")
        #expect(run.result.stdout.isEmpty)
        #expect(run.result.stderr.contains("not well-formed XML"))
    }

    @Test func missingHostPrintsUsageAndExitsWithStatus2() async throws {
        let result = try await Self.runScript(arguments: [])

        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("usage: update-wsdl.sh HOST"))
    }

    // MARK: - Served variants

    /// The recorded WSDL as a server would plausibly serve it: the explanatory comment header removed, the
    /// recorded service URL replaced by the server's own (`{BASE}`, filled in by serve_wsdl.py), and
    /// different indentation (tabs, one level for everything).
    static func servedVariant() throws -> String {
        let recorded = try String(contentsOf: recordedWSDL, encoding: .utf8)
        let commentStart = try #require(recorded.range(of: "<!--"))
        let commentEnd = try #require(recorded.range(of: "-->", range: commentStart.upperBound..<recorded.endIndex))
        let root = try #require(recorded.range(of: "<definitions"))
        try #require(commentEnd.upperBound <= root.lowerBound, "expected the comment header before <definitions>")
        var text = recorded
        text.removeSubrange(commentStart.lowerBound..<commentEnd.upperBound)
        try #require(text.contains(recordedServiceURL))
        text = text.replacingOccurrences(of: recordedServiceURL, with: "{BASE}/sys/soap.php")

        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices.dropFirst() {  // the XML declaration must stay at the very start
            let trimmed = lines[index].drop(while: { $0 == " " })
            lines[index] = trimmed.isEmpty ? "" : "\t" + trimmed
        }
        let served = lines.joined(separator: "\n")
        try #require(served != recorded && !served.contains("smsc.ru"))
        return served
    }

    // MARK: - Running the script

    typealias ScriptResult = CommandResult

    /// Writes `body` to a temporary file, serves it on a loopback port, and runs the script against it.
    static func runAgainstServer(
        serving body: String, status: Int = 200
    ) async throws -> (result: ScriptResult, port: Int) {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("served.wsdl")
        try Data(body.utf8).write(to: file)

        let server = try LoopbackWSDLServer(serving: file, status: status)
        defer { server.stop() }

        let result = try await runScript(arguments: ["127.0.0.1:\(server.port)"])
        return (result, server.port)
    }

    /// Runs `bash Scripts/update-wsdl.sh ARGUMENTS` with `SMSC_WSDL_SCHEME=http`, from a directory outside
    /// the repository (the script must find the repository from its own path).
    static func runScript(arguments: [String]) async throws -> ScriptResult {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment = ProcessInfo.processInfo.environment
        environment["SMSC_WSDL_SCHEME"] = "http"
        for proxy in ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] {
            environment[proxy] = nil
        }
        environment["no_proxy"] = "127.0.0.1,localhost"
        environment["NO_PROXY"] = "127.0.0.1,localhost"
        return try await CommandRunner.run(
            "bash", [script.path] + arguments, environment: environment, currentDirectory: directory)
    }

    static func makeTemporaryDirectory() throws -> URL {
        try CommandRunner.makeTemporaryDirectory(prefix: "UpdateWSDLScriptTests")
    }
}

/// `python3 Resources/serve_wsdl.py FILE`: serves FILE for one GET /sys/soap.php?wsdl on 127.0.0.1 and an
/// ephemeral port (read from the server's first stdout line); exits by itself after 30 s at most.
final class LoopbackWSDLServer {
    struct StartupError: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int
    private let process: Process

    init(serving file: URL, status: Int) throws {
        guard let resources = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw StartupError(description: "the ToolingTests Resources folder is missing from Bundle.module")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", resources.appendingPathComponent("serve_wsdl.py").path, file.path,
            "--status", String(status), "--max-requests", "1", "--timeout", "30",
        ]
        let output = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process

        // The first stdout line is the port.
        var buffer = Data()
        while !buffer.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }  // end of file: the server exited
            buffer.append(chunk)
        }
        let line = String(decoding: buffer, as: UTF8.self).split(separator: "\n").first ?? ""
        guard let port = Int(line.trimmingCharacters(in: .whitespaces)), port > 0 else {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            throw StartupError(description: "serve_wsdl.py did not print a port (got \(String(reflecting: line)))")
        }
        self.port = port
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
