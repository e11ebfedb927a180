import Foundation
import Testing

@testable import SMSCBulk

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs that trap SIGINT and SIGTERM for the whole process; serialized so that one test's signal cannot reach
/// another's run. Every other runner test leaves signals alone.
@Suite(.serialized)
struct BulkRunnerSignalTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func firstSignalStopsStartingRowsAndLetsRowsInFlightFinish(signal: Int32) async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 12))
        var hooks = RunnerHarness.quietHooks
        hooks.handlesSignals = true
        // Joins the run's installation, so the test can see when the signal has been handled.
        let probe = InterruptTrap(notice: nil)
        let first = await harness.run(concurrency: 3, hooks: hooks) { row in
            if row.number == 4 {
                kill(getpid(), signal)
                let deadline = ContinuousClock.now + .seconds(10)
                while !probe.isTriggered, ContinuousClock.now < deadline {
                    try? await Task.sleep(for: .milliseconds(1))
                }
            }
            return RunnerHarness.echo(row)
        }
        probe.uninstall()
        let summary = try #require(first.summary)
        #expect(summary.interrupted)
        #expect(summary.exitCode == 130)
        #expect(first.lines.count >= 4 && first.lines.count < 12)
        #expect(first.performed.sorted() == Array(1...first.lines.count))

        // The process's own handling is back: the default disposition, not the run's handler.
        var action = sigaction()
        sigaction(signal, nil, &action)
        #if canImport(Glibc)
        #expect(action.__sigaction_handler.sa_handler == nil, "SIG_DFL")
        #endif

        let second = await harness.run(concurrency: 3)
        #expect(second.summary?.interrupted == false)
        #expect(second.performed == Array(first.lines.count + 1...12))
    }

    @Test func publicAPIRunsWithDefaultSettings() async throws {
        let harness = try RunnerHarness(csv: RunnerHarness.csv(rows: 3))
        let runner = BulkRunner(
            configuration: .init(
                csvPath: harness.csvPath,
                requiredColumns: ["phones", "message"],
                journalPath: harness.journalPath,
                commandIdentity: RunnerHarness.identity
            )
        )
        let lines = Locked<[String]>([])
        let summary = try await runner.run(
            perform: { row in RunnerHarness.echo(row, exitCode: row.number == 3 ? 5 : 0) },
            emit: { line in lines.withLock { $0.append(line) } }
        )
        #expect(summary == BulkSummary(rowCount: 3, succeeded: 2, failed: 1, exitCode: 5))
        #expect(lines.current.count == 3)
        await #expect(throws: BulkError.self) {
            _ = try await BulkRunner(
                configuration: .init(csvPath: harness.csvPath, requiredColumns: ["phone"], commandIdentity: "x")
            ).run(perform: { RunnerHarness.echo($0) }, emit: { _ in })
        }
    }
}
