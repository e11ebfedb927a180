import Foundation
import Testing

/// `Scripts/test.sh` refuses to run when a variable that makes the tests prove nothing is set: recording references
/// passes every golden test by rewriting it, and skipping interoperability turns a suite off.
@Suite struct TestScriptGuardTests {
    static let script = PackageLayout.root.appendingPathComponent("Scripts/test.sh")

    @Test(arguments: ["SMSC_RECORD_REFERENCES", "SMSC_SKIP_INTEROP"])
    func refusesToRunWithTheVariableSet(variable: String) async throws {
        for value in ["1", "0", ""] {
            let run = try await Self.runScript(extraEnvironment: [variable: value])

            #expect(run.result.status == 1, "\(variable)=\(value) stderr:\n\(run.result.stderr)")
            #expect(run.result.stderr.hasPrefix("test.sh: \(variable) is set"), "stderr:\n\(run.result.stderr)")
            #expect(run.result.stdout.isEmpty, "stdout:\n\(run.result.stdout)")
            #expect(!run.swiftWasRun, "\(variable)=\(value): test.sh went on to run swift")
        }
    }

    /// Without either variable the script goes on to its first step (the stand-in `swift`, whose failure stops it).
    @Test func goesOnWithNeitherVariableSet() async throws {
        let run = try await Self.runScript(extraEnvironment: [:])

        #expect(run.swiftWasRun)
        #expect(run.result.status == 97, "stderr:\n\(run.result.stderr)")
        #expect(run.result.stdout.hasPrefix("==> swift build --build-tests"))
    }

    /// Runs the script with `swift` on the PATH replaced by a stand-in that leaves a mark and fails, so a script
    /// that does not refuse stops at its first step (instead of building and testing the package inside a test) and
    /// the mark shows that it went that far.
    static func runScript(extraEnvironment: [String: String]) async throws -> (result: CommandResult, swiftWasRun: Bool)
    {
        let directory = try CommandRunner.makeTemporaryDirectory(prefix: "TestScriptGuard")
        defer { try? FileManager.default.removeItem(at: directory) }
        let mark = directory.appendingPathComponent("swift-was-run")
        let standIn = directory.appendingPathComponent("swift")
        try "#!/bin/sh\ntouch '\(mark.path)'\nexit 97\n".write(to: standIn, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: standIn.path)

        var environment = ProcessInfo.processInfo.environment
        environment["SMSC_RECORD_REFERENCES"] = nil
        environment["SMSC_SKIP_INTEROP"] = nil
        environment["PATH"] = directory.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment.merge(extraEnvironment) { _, new in new }
        let result = try await CommandRunner.run("/bin/bash", [script.path], environment: environment)
        return (result, FileManager.default.fileExists(atPath: mark.path))
    }
}
