import Foundation
import Testing

/// `Scripts/test.sh` refuses to run when the tests would prove nothing (recording references passes every golden
/// test by rewriting it), and stops before building, naming what is missing, on a machine without the tools its
/// steps need.
@Suite struct TestScriptGuardTests {
    static let script = PackageLayout.root.appendingPathComponent("Scripts/test.sh")

    @Test func refusesToRunWithReferencesBeingRecorded() async throws {
        let variable = "SMSC_RECORD_REFERENCES"
        for value in ["1", "0", ""] {
            let run = try await Self.runScript(extraEnvironment: [variable: value])

            #expect(run.result.status == 1, "\(variable)=\(value) stderr:\n\(run.result.stderr)")
            #expect(run.result.stderr.hasPrefix("test.sh: \(variable) is set"), "stderr:\n\(run.result.stderr)")
            #expect(run.result.stdout.isEmpty, "stdout:\n\(run.result.stdout)")
            #expect(!run.swiftWasRun, "\(variable)=\(value): test.sh went on to run swift")
        }
    }

    /// Without the variable the script goes on to its first step (the stand-in `swift`, whose failure stops it).
    @Test func goesOnWithoutTheVariable() async throws {
        let run = try await Self.runScript(extraEnvironment: [:])

        #expect(run.swiftWasRun)
        #expect(run.result.status == 97, "stderr:\n\(run.result.stderr)")
        #expect(run.result.stdout.hasPrefix("==> swift build --build-tests"))
    }

    /// On a machine with none of the tools, the script names each one and stops before building.
    @Test func namesTheMissingToolsBeforeBuilding() async throws {
        let run = try await Self.runScript(extraEnvironment: [:], onlyStandIn: true)

        #expect(run.result.status == 1, "stderr:\n\(run.result.stderr)")
        for tool in ["php", "python3", "nginx", "wrk"] {
            #expect(run.result.stderr.contains("test.sh: missing: \(tool)\n"), "stderr:\n\(run.result.stderr)")
        }
        #expect(run.result.stderr.contains("apt-get install php-cli php-soap nginx-light wrk; pip install zeep"))
        #expect(!run.swiftWasRun)
    }

    /// Runs the script with `swift` on the PATH replaced by a stand-in that leaves a mark and fails, so a script
    /// that does not refuse stops at its first step (instead of building and testing the package inside a test) and
    /// the mark shows that it went that far. With `onlyStandIn`, the PATH holds nothing but the stand-in and
    /// `dirname`.
    static func runScript(
        extraEnvironment: [String: String], onlyStandIn: Bool = false
    ) async throws -> (result: CommandResult, swiftWasRun: Bool) {
        let directory = try CommandRunner.makeTemporaryDirectory(prefix: "TestScriptGuard")
        defer { try? FileManager.default.removeItem(at: directory) }
        let mark = directory.appendingPathComponent("swift-was-run")
        let standIn = directory.appendingPathComponent("swift")
        try "#!/bin/sh\ntouch '\(mark.path)'\nexit 97\n".write(to: standIn, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: standIn.path)

        var environment = ProcessInfo.processInfo.environment
        environment["SMSC_RECORD_REFERENCES"] = nil
        let inheritedPath = environment["PATH"] ?? "/usr/bin:/bin"
        environment["PATH"] = onlyStandIn ? directory.path : directory.path + ":" + inheritedPath
        if onlyStandIn {
            // What the script runs before its checks, and nothing else: php, python3, nginx and wrk are then missing.
            try FileManager.default.createSymbolicLink(
                atPath: directory.appendingPathComponent("dirname").path, withDestinationPath: "/usr/bin/dirname")
        }
        environment.merge(extraEnvironment) { _, new in new }
        let result = try await CommandRunner.run("/bin/bash", [script.path], environment: environment)
        return (result, FileManager.default.fileExists(atPath: mark.path))
    }
}
