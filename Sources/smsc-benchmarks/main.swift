// Speed measurements, run by Scripts/benchmark.sh in release mode. Not a test: numbers are reported, never
// asserted, so a slow or busy machine cannot fail a build.
import Foundation
import SOAPXML
import WSDLGeneratorCore

struct Measurement {
    var name: String
    var iterations: Int
    var nanoseconds: [Int64]

    func percentile(_ p: Double) -> Double {
        let sorted = nanoseconds.sorted()
        return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))])
    }

    var row: String {
        func micro(_ value: Double) -> String { String(format: "%10.1f", value / 1000) }
        return name.padding(toLength: 34, withPad: " ", startingAt: 0)
            + String(format: "%7d", iterations) + micro(Double(nanoseconds.min()!)) + micro(percentile(0.5)) + micro(percentile(0.9))
    }
}

func measure(_ name: String, iterations: Int, warmup: Int = 20, _ body: () throws -> Void) rethrows -> Measurement {
    for _ in 0..<warmup { try body() }
    let clock = ContinuousClock()
    var samples: [Int64] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let elapsed = try clock.measure(body)
        samples.append(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }
    return Measurement(name: name, iterations: iterations, nanoseconds: samples)
}

let arguments = CommandLine.arguments.dropFirst()
guard let wsdlPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: smsc-benchmarks WSDL [ITERATIONS]\n".utf8))
    exit(64)
}
let iterations = arguments.dropFirst().first.flatMap(Int.init) ?? 500
guard let data = FileManager.default.contents(atPath: wsdlPath) else {
    FileHandle.standardError.write(Data("smsc-benchmarks: cannot read \(wsdlPath)\n".utf8))
    exit(66)
}
let wsdl = InMemoryInputFile(path: (wsdlPath as NSString).lastPathComponent, contents: Array(data))

let results = try [
    measure("parse \(wsdl.path) (XMLTree)", iterations: iterations) {
        _ = try XMLTree(parsing: wsdl.contents, options: XMLParsingOptions(maximumSize: 64 << 20))
    },
    measure("generate \(wsdl.path) (in-process)", iterations: iterations) {
        _ = try GeneratorPipeline().generate(wsdl, diagnostics: AccumulatingDiagnosticCollector())
    },
]

print("benchmark".padding(toLength: 34, withPad: " ", startingAt: 0) + "  iters    min µs median µs    p90 µs")
for result in results {
    print(result.row)
}
