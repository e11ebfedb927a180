import Foundation
import Testing

/// `Scripts/check-docs.sh --symbol-graphs` fails, naming file, line and symbol, for every public declaration without
/// a doc comment in the symbol graphs it is given, and passes when each one has one. DocC itself never warns about an
/// undocumented symbol, so this part of the docs check is the script's own code.
@Suite struct CheckDocsScriptTests {
    static let script = PackageLayout.root.appendingPathComponent("Scripts/check-docs.sh")

    @Test func namesEachUndocumentedPublicDeclarationAndFails() async throws {
        let run = try await Self.check(symbols: [
            Self.symbol("Client", kind: "swift.struct", doc: "A client.", line: 3),
            Self.symbol("Client.send", kind: "swift.method", doc: nil, line: 9),
            Self.symbol("Client.timeout", kind: "swift.property", doc: "  ", line: 12),
            Self.symbol("Client.helper", kind: "swift.method", doc: nil, line: 20, access: "internal"),
            Self.symbol("Client.hash(into:)", kind: "swift.method", doc: nil, line: 1, synthesized: true),
            Self.symbol("Int", kind: "swift.extension", doc: nil, line: 30),
        ])

        #expect(run.status == 1, "stdout:\n\(run.stdout)\nstderr:\n\(run.stderr)")
        let reported = run.stderr.split(separator: "\n").filter { $0.hasSuffix("has no doc comment") }
        #expect(
            reported == [
                "Sources/Fixture/Client.swift:12: Fixture.Client.timeout has no doc comment",
                "Sources/Fixture/Client.swift:9: Fixture.Client.send has no doc comment",
            ]
        )
        #expect(run.stderr.contains("check-docs: FAILED: 2 public declarations have no doc comment"))
    }

    @Test func passesWhenEveryPublicDeclarationIsDocumented() async throws {
        let run = try await Self.check(symbols: [
            Self.symbol("Client", kind: "swift.struct", doc: "A client.", line: 3),
            Self.symbol("Client.send", kind: "swift.method", doc: "Sends.", line: 9),
        ])

        #expect(run.status == 0, "stderr:\n\(run.stderr)")
        #expect(run.stdout.contains("check-docs: every public declaration is documented"))
    }

    /// Writes one symbol graph of module `Fixture` holding `symbols` and runs the script on it.
    static func check(symbols: [[String: Any]]) async throws -> CommandResult {
        let directory = try CommandRunner.makeTemporaryDirectory(prefix: "CheckDocs")
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph: [String: Any] = ["module": ["name": "Fixture"], "symbols": symbols, "relationships": []]
        try JSONSerialization.data(withJSONObject: graph)
            .write(to: directory.appendingPathComponent("Fixture.symbols.json"))
        return try await CommandRunner.run("/bin/bash", [script.path, "--symbol-graphs", directory.path])
    }

    /// A symbol as swift-symbolgraph-extract writes it, declared in `Sources/Fixture/Client.swift` at `line`.
    static func symbol(
        _ path: String, kind: String, doc: String?, line: Int, access: String = "public", synthesized: Bool = false
    ) -> [String: Any] {
        let file = PackageLayout.root.appendingPathComponent("Sources/Fixture/Client.swift").path
        var symbol: [String: Any] = [
            "kind": ["identifier": kind],
            "identifier": ["precise": "s:7Fixture\(path)" + (synthesized ? "::SYNTHESIZED::s:7Fixture6ClientV" : "")],
            "pathComponents": path.split(separator: ".").map(String.init),
            "accessLevel": access,
            "location": ["uri": "file://" + file, "position": ["line": line - 1, "character": 4]],
        ]
        if let doc {
            symbol["docComment"] = ["lines": [["text": doc]]]
        }
        return symbol
    }
}
