// Speed and allocation measurements, run by Scripts/benchmark.sh in release mode. Not a test: numbers are
// reported, never asserted, so a slow or busy machine cannot fail a build. The envelopes and decodes measured are
// this target's own copy of SMSC's generated wire layer (`SMSCSOAP`, from wsdl/smsc.wsdl by the same plugin), since
// SMSC keeps its own `package`.
import CMallocCounter
import Foundation
import SMSC
import SMSCTesting
import SOAPRuntime
import SOAPXML

struct Measurement {
    var name: String
    var iterations: Int
    var nanoseconds: [Int64]
    /// Allocations per iteration, or nil where they cannot be counted.
    var allocations: Double?

    func percentile(_ p: Double) -> Double {
        let sorted = nanoseconds.sorted()
        return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))])
    }

    var row: String {
        func format(_ nanoseconds: Double) -> String { String(format: "%11.0f", nanoseconds) }
        let allocationText = allocations.map { String(format: "%9.1f", $0) } ?? "        -"
        return name.padding(toLength: 44, withPad: " ", startingAt: 0)
            + String(format: "%7d", iterations) + format(Double(nanoseconds.min()!)) + format(percentile(0.5))
            + format(percentile(0.9))
            + allocationText
    }
}

/// Times `body` once per iteration after a warm-up, and counts allocations over a separate run of the same
/// iterations (so counting never disturbs the timings) unless `countsAllocations` is false.
func measure(
    _ name: String,
    iterations: Int,
    warmup: Int = 50,
    countsAllocations: Bool = true,
    _ body: () throws -> Void
) rethrows -> Measurement? {
    if let filter, !name.contains(filter) { return nil }
    for _ in 0..<warmup { try body() }
    let clock = ContinuousClock()
    var samples: [Int64] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let elapsed = try clock.measure(body)
        samples.append(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }
    var allocations: Double?
    if countsAllocations, smsc_malloc_count() >= 0 {
        let before = smsc_malloc_count()
        for _ in 0..<iterations { try body() }
        allocations = Double(smsc_malloc_count() - before) / Double(iterations)
    }
    return Measurement(name: name, iterations: iterations, nanoseconds: samples, allocations: allocations)
}

let arguments = CommandLine.arguments.dropFirst()
guard let root = arguments.first else {
    FileHandle.standardError.write(Data("usage: smsc-benchmarks PACKAGE-ROOT [ITERATIONS [NAME-FILTER]]\n".utf8))
    exit(64)
}
let iterations = arguments.dropFirst().first.flatMap(Int.init) ?? 2000
/// Only benchmarks whose name contains this text run (all when absent).
let filter = arguments.dropFirst(2).first
func read(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: "\(root)/\(path)") else {
        FileHandle.standardError.write(Data("smsc-benchmarks: cannot read \(root)/\(path)\n".utf8))
        exit(66)
    }
    return Array(data)
}
/// PHP SoapServer's reply in a recorded exchange of Tests/SMSCTests/Fixtures/envelopes.
func recordedReply(_ name: String) throws -> [UInt8] {
    let path = "Tests/SMSCTests/Fixtures/envelopes/\(name).http"
    return try SMSCRecordedExchange(httpText: read(path), path: path).response.body
}
let status2Reply = try recordedReply("07_get_status2")
let addressing = try SOAPAddressing(endpoint: "https://smsc.ru/sys/soap.php", service: SMSCSOAP.service)
/// `SMSCClient.status` through a transport that answers at once: the client's own cost per call (validation, the
/// envelope, the decode, the typed mapping, metrics and span with no backend) without a network.
@MainActor
func clientMeasurements() throws -> [Measurement?] {
    let reply = SOAPHTTPResponse(status: 200, headers: ["Content-Type": "text/xml; charset=utf-8"], body: status2Reply)
    // Every call asks about one message, which SMSC would allow 5 times a minute: the per-message limit is lifted;
    // the limit of requests at once stays, so its cost is measured.
    let client = try SMSCClient(
        credentials: .login("alex", password: "123"),
        configuration: .init(rateLimits: SMSCRateLimits(statusRequestsPerMessagePerMinute: .max)),
        transport: SOAPClosureTransport { _ in reply }
    )
    let semaphore = DispatchSemaphore(value: 0)
    // A batch of calls per task, so the thread hop that starts the task and the wake-up that ends it are shared by
    // the batch and the figure is the client's own cost per call.
    let batch = 100
    let measured = measure("SMSCClient.status (get_status2), no network", iterations: iterations / 10) {
        Task.detached {
            for _ in 0..<batch {
                let status = try? await client.status(
                    phone: "79999999999", id: "999", detail: .fullWithOperator, query: "charset=utf-8"
                )
                blackHole(status)
            }
            semaphore.signal()
        }
        semaphore.wait()
    }
    return [measured.map { $0.perCall(of: batch) }]
}

extension Measurement {
    /// The measurement of one call, when each iteration made `calls` of them.
    func perCall(of calls: Int) -> Measurement {
        Measurement(
            name: name,
            iterations: iterations * calls,
            nanoseconds: nanoseconds.map { $0 / Int64(calls) },
            allocations: allocations.map { $0 / Double(calls) }
        )
    }
}

let status2Input = SMSCSOAP.GetStatus2Request(
    login: "alex", psw: "123", phone: "79999999999", id: "999", all: "2", query: "charset=utf-8"
)

var sink = 0

/// Keeps a value alive and opaque to the optimiser, so the work that made it is not removed.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Envelope building and reply decoding for one operation, with the request the PHP fixtures were made from and
/// PHP SoapServer's reply.
@MainActor
func operationMeasurements<Operation: SOAPOperation>(
    _ operation: Operation.Type,
    _ input: Operation.Input,
    reply fixture: String
) throws -> [Measurement?] {
    let reply = try recordedReply(fixture)
    let name = Operation.operationName
    return try [
        measure("\(name): build envelope", iterations: iterations) {
            sink &+= try Operation.makeRequest(input, addressing: addressing).body.count
        },
        measure("\(name): decode reply", iterations: iterations) {
            blackHole(try Operation.decodeResponse(reply))
        },
        measure("\(name): build + decode", iterations: iterations) {
            sink &+= try Operation.makeRequest(input, addressing: addressing).body.count
            blackHole(try Operation.decodeResponse(reply))
        },
    ]
}

/// `smsc-wsdl-gen generate` on wsdl/smsc.wsdl as the build plugin runs it for SMSC, process start included: the
/// generator is a product only as an executable. Its allocations are another process's, so they are not counted.
func generatorMeasurement() throws -> Measurement? {
    guard let generator = Bundle.main.executableURL?.deletingLastPathComponent().appending(path: "smsc-wsdl-gen"),
        FileManager.default.isExecutableFile(atPath: generator.path)
    else {
        FileHandle.standardError.write(Data("smsc-benchmarks: no smsc-wsdl-gen beside this executable\n".utf8))
        exit(69)
    }
    let output = FileManager.default.temporaryDirectory.appending(path: "smsc-benchmarks-\(getpid())")
    defer { try? FileManager.default.removeItem(at: output) }
    let arguments = [
        "generate", "\(root)/wsdl/smsc.wsdl", "--output", output.path, "--access-modifier", "package",
        "--rebase-on-endpoint", "--emit", "code",
    ]
    let runs = max(20, iterations / 20)
    return try measure("smsc-wsdl-gen generate smsc.wsdl", iterations: runs, warmup: 5, countsAllocations: false) {
        let process = Process()
        process.executableURL = generator
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let status = process.terminationStatus
            FileHandle.standardError.write(Data("smsc-benchmarks: smsc-wsdl-gen exited \(status)\n".utf8))
            exit(70)
        }
    }
}

let results = try
    (operationMeasurements(SMSCSOAP.GetBalance.self, .init(login: "alex", psw: "123"), reply: "01_get_balance")
    + operationMeasurements(
        SMSCSOAP.SendSMS.self,
        .init(login: "alex", psw: "123", phones: "79999999999", mes: "Hello world!", id: "1", sender: "ivan"),
        reply: "02_send_sms"
    )
    + operationMeasurements(
        SMSCSOAP.SendSMS2.self,
        .init(login: "alex", psw: "123", phones: "79999999999", mes: "Hello world!", query: "flash=1"),
        reply: "03_send_sms2"
    )
    + operationMeasurements(
        SMSCSOAP.GetSMSCost.self,
        .init(login: "alex", psw: "123", phones: "79999999999", mes: "Hello world!"),
        reply: "04_get_sms_cost"
    )
    + operationMeasurements(
        SMSCSOAP.GetSMSCost2.self,
        .init(login: "alex", psw: "123", phones: "79999999999", mes: "Hello world!", query: "translit=1"),
        reply: "05_get_sms_cost2"
    )
    + operationMeasurements(
        SMSCSOAP.GetStatus.self,
        .init(login: "alex", psw: "123", phone: "79999999999", id: "999", all: "0"),
        reply: "06_get_status"
    )
    + operationMeasurements(SMSCSOAP.GetStatus2.self, status2Input, reply: "07_get_status2")
    + clientMeasurements()
    + [Measurement?](
        arrayLiteral:
            measure("parse Status2Response (XMLTree only)", iterations: iterations) {
                sink &+= try XMLTree(parsing: status2Reply).root.children.count
            },
        try generatorMeasurement()
    )).compactMap { $0 }

let heading = "  iters     min ns  median ns     p90 ns  allocs/op"
print("benchmark".padding(toLength: 44, withPad: " ", startingAt: 0) + heading)
for result in results {
    print(result.row)
}
if sink == 42 { print("") }  // keeps the work observable so the optimiser cannot drop it
