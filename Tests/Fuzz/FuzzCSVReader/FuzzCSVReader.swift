import Foundation
// libFuzzer target: a CSV file as `smsc send --csv` reads it: the header, then every row. Built by Scripts/fuzz.sh
// only.
import FuzzSupport

@testable import SMSCBulk

private let path = FileManager.default.temporaryDirectory.appendingPathComponent("smsc-fuzz-csv-\(getpid()).csv").path

@_cdecl("FuzzCSVReader_main")
public func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv) { data, size in fuzzCSVReader(data, size) }
}

private func fuzzCSVReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size)) else { return 0 }
    // A small chunk, so records straddle reads.
    guard let reader = try? CSVReader(path: path, chunkSize: 7, maximumRecordBytes: 4096) else { return 0 }
    _ = try? reader.validateHeader(required: ["phones", "message"], optional: ["sender", "id"])
    while let row = try? reader.next() {
        _ = row
    }
    return 0
}
