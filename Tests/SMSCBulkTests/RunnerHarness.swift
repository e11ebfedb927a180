import Foundation

@testable import SMSCBulk

/// What one run printed, returned, and asked `perform` to send.
struct RunRecord: Sendable {
    var lines: [String]
    var result: Result<BulkSummary, BulkError>
    /// Row numbers `perform` was called with, in call order.
    var performed: [Int]
    var statistics: BulkRunner.Statistics

    var summary: BulkSummary? { try? result.get() }

    var error: BulkError? {
        if case .failure(let error) = result { return error }
        return nil
    }
}

/// The usual test setup: a CSV file and a journal in a temporary directory, runs that draw no progress, a `perform`
/// that echoes the row, and a row left unfinished by an earlier run reported with ``inDoubt(_:)``.
struct RunnerHarness: Sendable {
    static let identity = "send https://smsc.ru/sys/soap.php login=alex"

    let directory: TemporaryDirectory
    var csvPath: String
    var journalPath: String?

    init(csv: String, journal: Bool = true) throws {
        directory = try TemporaryDirectory()
        csvPath = try directory.write("rows.csv", csv)
        journalPath = journal ? directory.path("journal.jsonl") : nil
    }

    /// A CSV file with header `phones,message` and `count` rows.
    static func csv(rows count: Int) -> String {
        var text = "phones,message\n"
        for row in 1...count {
            text += "7999\(String(format: "%07d", row)),message \(row)\n"
        }
        return text
    }

    /// What the harness prints for a row an earlier run left unfinished, as a command reports a row in doubt.
    static func inDoubt(_ row: BulkRow) -> BulkOutcome {
        BulkOutcome(output: .object([("row", .number(String(row.number))), ("in_doubt", .bool(true))]), exitCode: 4)
    }

    /// The output of the echoing `perform`.
    static func echo(_ row: BulkRow, exitCode: Int32 = 0) -> BulkOutcome {
        BulkOutcome(
            output: .object([("row", .number(String(row.number))), ("phones", .string(row["phones"] ?? ""))]),
            exitCode: exitCode
        )
    }

    func run(
        concurrency: Int = 4,
        identity: String = RunnerHarness.identity,
        hooks: BulkRunner.Hooks = RunnerHarness.quietHooks,
        showsProgress: Bool = false,
        perform: @escaping @Sendable (BulkRow) async -> BulkOutcome = { RunnerHarness.echo($0) },
        plan: @escaping @Sendable (BulkRow, BulkRowHistory) -> BulkRowPlan = { BulkRowPlan.resuming($1) }
    ) async -> RunRecord {
        let runner = BulkRunner(
            configuration: .init(
                csvPath: csvPath,
                requiredColumns: ["phones", "message"],
                optionalColumns: ["sender", "id"],
                journalPath: journalPath,
                concurrency: concurrency,
                commandIdentity: identity,
                showsProgress: showsProgress
            ),
            hooks: hooks
        )
        let lines = Locked<[String]>([])
        let performed = Locked<[Int]>([])
        let (result, statistics) = await runner.execute(
            plan: plan,
            perform: { row, history in
                // A row in doubt is reported, not performed: `performed` lists what was sent.
                if history == .unfinished { return RunnerHarness.inDoubt(row) }
                performed.withLock { $0.append(row.number) }
                return await perform(row)
            },
            emit: { emitted in lines.withLock { $0.append(contentsOf: emitted.map(\.output.serialized)) } }
        )
        return RunRecord(lines: lines.current, result: result, performed: performed.current, statistics: statistics)
    }

    static var quietHooks: BulkRunner.Hooks {
        var hooks = BulkRunner.Hooks()
        hooks.writeProgress = { _ in }
        return hooks
    }

    /// The journal's lines.
    func journalLines() throws -> [String] {
        try directory.read("journal.jsonl").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.isEmpty }
    }
}
