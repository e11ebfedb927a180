import Foundation
import SOAPTestServer
import Synchronization
import Testing

/// `smsc send --csv` under real signals, which only the executable traps (the bulk engine installs no handlers):
/// the first SIGINT or SIGTERM stops starting rows and lets the rows in flight finish and be journaled (exit 130);
/// a second one quits at once. Ctrl-C's first signal is also covered by
/// `BulkRunTests.anInterruptFinishesTheRowInFlightAndTheRerunSendsTheRest`.
///
/// The scripted server holds every row's reply until the test opens its gate, so the signals reach a run whose
/// rows are known to be in flight.
@Suite(.enabled(if: SignalDelivery.isObservable, "needs /proc (Linux) to tell when smsc has taken a signal"))
struct BulkSignalTests {
    @Test
    func sigtermFinishesTheRowsInFlightExits130AndTheRerunSendsTheRest() async throws {
        let (file, journal) = try Self.rows(8, label: "term")
        let gate = ReplyGate()
        try await withLoopbackHTTPServer(handler: { request in await gate.reply(to: request) }) { server in
            defer { gate.open() }
            let arguments = Self.arguments(file, journal, server)
            let running = try RunningCommand(arguments)
            try await Self.waitForRowRequests(2, on: server, from: running)
            running.kill(SIGTERM)
            try await SignalDelivery.waitUntilTaken(SIGTERM, by: running.process.processIdentifier)
            gate.open()
            let first = try await running.result()

            #expect(first.status == 130)
            let printed = first.lines.count
            #expect((2..<8).contains(printed), "the rows in flight finish; no row after the stop is sent")
            #expect(first.stderr.contains("smsc: interrupted after \(printed) rows"))
            #expect(ScriptedSMSC.rowRequests(server.receivedRequests).count == printed, "every row sent was printed")
            let records = try String(contentsOfFile: journal, encoding: .utf8)
            #expect(records.components(separatedBy: #""state":"started""#).count - 1 == printed)
            // An outcome record's `outcome` is the row's line, an object (the line's own `outcome` is a string).
            #expect(records.components(separatedBy: #""outcome":{"#).count - 1 == printed, "and journaled as finished")

            let second = try await CommandRunner.run(arguments)
            #expect(second.status == 0, "nothing was left in doubt: \(second.stderr)")
            #expect(second.lines.count == 8)
            #expect(Array(second.lines.prefix(printed)) == first.lines)
            #expect(Self.sentIDs(server).sorted() == (1...8).map { "term-\($0)" }, "each row sent once")
        }
    }

    /// A user who will not wait presses Ctrl-C again (or a service manager follows up with SIGTERM): the process
    /// ends at once, without waiting for the rows in flight; their starts are journaled, so the rerun reports them
    /// in doubt rather than sending them twice.
    @Test(arguments: [SIGINT, SIGTERM])
    func aSecondSignalQuitsAtOnceAndTheRerunReportsTheRowsInFlightInDoubt(second signal: Int32) async throws {
        let (file, journal) = try Self.rows(5, label: "quit")
        let gate = ReplyGate()
        try await withLoopbackHTTPServer(handler: { request in await gate.reply(to: request) }) { server in
            defer { gate.open() }
            let arguments = Self.arguments(file, journal, server)
            let running = try RunningCommand(arguments)
            try await Self.waitForRowRequests(2, on: server, from: running)
            running.kill(SIGINT)
            // Taken before the next is sent: two pending SIGINTs would merge into one.
            try await SignalDelivery.waitUntilTaken(SIGINT, by: running.process.processIdentifier)
            running.kill(signal)
            // If the second signal were not handled, the held rows would be answered after this long and printed,
            // and the expectations below would fail rather than the test hang.
            let bound = Task {
                try await Task.sleep(for: .seconds(30))
                gate.open()
            }
            defer { bound.cancel() }
            let first = try await running.result()

            #expect(first.status == 130)
            #expect(first.lines.isEmpty, "the rows in flight were not waited for")
            #expect(Self.sentIDs(server).sorted() == ["quit-1", "quit-2"])
            let records = try String(contentsOfFile: journal, encoding: .utf8)
            #expect(records.components(separatedBy: #""state":"started""#).count - 1 == 2)
            #expect(!records.contains(#""outcome":"#))

            gate.open()
            let second = try await CommandRunner.run(arguments)
            try #require(second.lines.count == 5, "stderr: \(second.stderr)")
            #expect(
                second.lines == [
                    BulkLines.inDoubt(row: 1, line: 2, id: "quit-1", phones: "79990007001"),
                    BulkLines.inDoubt(row: 2, line: 3, id: "quit-2", phones: "79990007002"),
                    BulkLines.sent(row: 3, id: "quit-3", phones: "79990007003"),
                    BulkLines.sent(row: 4, id: "quit-4", phones: "79990007004"),
                    BulkLines.sent(row: 5, id: "quit-5", phones: "79990007005"),
                ])
            #expect(second.status == 4, "a row in doubt fails the run like a timeout")
            #expect(second.stderr.hasPrefix("smsc: error: 2 of 5 rows failed (first: row 1: row 1 (line 2) was in "))
            #expect(second.stderr.hasSuffix(")\n" + BulkLines.settleAdvice(count: 2)))
            #expect(Self.sentIDs(server).sorted() == (1...5).map { "quit-\($0)" }, "rows in doubt are not sent again")
        }
    }

    // MARK: - Helpers

    /// A CSV file of `count` rows whose ids are `label-1`, `label-2`, …, and a path for its journal.
    private static func rows(_ count: Int, label: String) throws -> (file: String, journal: String) {
        var csv = "phones,message,id\n"
        for row in 1...count {
            csv += "79990007\(String(format: "%03d", row)),\(label) \(row),\(label)-\(row)\n"
        }
        return (try Fixtures.temporaryFile("rows.csv", csv), try Fixtures.temporaryPath("rows.journal"))
    }

    private static func arguments(_ file: String, _ journal: String, _ server: LoopbackHTTPServer) -> [String] {
        [
            "send", "--csv", file, "--journal", journal, "--concurrency", "2", "--endpoint", server.url(), "--login",
            "a",
            "--password", "b",
        ]
    }

    /// The ids of the rows the server was sent; two rows in flight may arrive in either order.
    private static func sentIDs(_ server: LoopbackHTTPServer) -> [String] {
        ScriptedSMSC.rowRequests(server.receivedRequests).compactMap { ScriptedSMSC.field("id", of: $0) }
    }

    /// Waits until `count` rows' requests reached the server, or fails if `smsc` exits first or 30 s pass.
    private static func waitForRowRequests(
        _ count: Int, on server: LoopbackHTTPServer, from running: RunningCommand
    )
        async throws
    {
        let deadline = ContinuousClock.now + .seconds(30)
        while ScriptedSMSC.rowRequests(server.receivedRequests).count < count {
            guard running.process.isRunning, ContinuousClock.now < deadline else {
                throw RunningCommand.WaitError(
                    message: "expected \(count) row requests; stdout so far:\n\(running.stdoutSoFar)"
                )
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}

/// Holds the replies to row requests until ``open()``; the preflight is answered at once.
private final class ReplyGate: Sendable {
    private struct State {
        var isOpen = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func reply(to request: LoopbackHTTPServer.Request) async -> LoopbackHTTPServer.Action {
        if !ScriptedSMSC.isPreflight(request) {
            await withCheckedContinuation { continuation in
                let isOpen = state.withLock { state in
                    if !state.isOpen { state.waiting.append(continuation) }
                    return state.isOpen
                }
                if isOpen { continuation.resume() }
            }
        }
        return ScriptedSMSC.success(to: request)
    }

    /// Answers the held requests and every later one.
    func open() {
        let waiting = state.withLock { state in
            state.isOpen = true
            defer { state.waiting = [] }
            return state.waiting
        }
        waiting.forEach { $0.resume() }
    }
}

/// When a signal sent to another process has been taken by it, read from `/proc/PID/task/*/status` (Linux).
enum SignalDelivery {
    static var isObservable: Bool {
        FileManager.default.fileExists(atPath: "/proc/self/task")
    }

    /// Waits until `signal` is pending neither for process `pid` nor for any of its threads: the process has taken
    /// it, so another signal of the same number is delivered on its own rather than merged with it (one instance
    /// of each signal can be pending). Every thread counts because libdispatch on Linux passes a signal on to its
    /// manager thread, where it is pending again until dispatch reads it.
    static func waitUntilTaken(_ signal: Int32, by pid: Int32) async throws {
        let bit = UInt64(1) << UInt64(signal - 1)
        let deadline = ContinuousClock.now + .seconds(30)
        while try pendingMasks(of: pid).contains(where: { $0 & bit != 0 }) {
            guard ContinuousClock.now < deadline else {
                throw RunningCommand.WaitError(message: "signal \(signal) is still pending for process \(pid)")
            }
            try await Task.sleep(for: .milliseconds(1))
        }
    }

    /// The process's shared pending mask and each thread's own.
    private static func pendingMasks(of pid: Int32) throws -> [UInt64] {
        let tasks = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")
        return tasks.flatMap { task -> [UInt64] in
            // A thread may end between the listing and the read; it has nothing pending then.
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/status", encoding: .utf8) else {
                return []
            }
            return status.split(separator: "\n")
                .filter { $0.hasPrefix("SigPnd:") || $0.hasPrefix("ShdPnd:") }
                .compactMap { line in line.split(separator: "\t").last.flatMap { UInt64($0, radix: 16) } }
        }
    }
}
