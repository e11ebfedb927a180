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

/// Every delimiter setting with every encoding, so each decoder and the delimiter detection are fuzzed.
private let formats: [CSVFormat] = ([nil, .comma, .semicolon, .tab] as [CSVFormat.Delimiter?]).flatMap { delimiter in
    [CSVFormat.Encoding.utf8, .windows1251].map { CSVFormat(delimiter: delimiter, encoding: $0) }
}

private func fuzzCSVReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    // The first byte picks the format; the rest is the file.
    let format = formats[Int(data[0]) % formats.count]
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data + 1, count: size - 1)) else {
        return 0
    }
    // A small chunk, so records, UTF-8 sequences and UTF-16 code units straddle reads.
    guard let reader = try? CSVReader(path: path, format: format, chunkSize: 7, maximumRecordBytes: 4096) else {
        return 0
    }
    _ = try? reader.validateHeader(required: ["phones", "message"], optional: ["sender", "id"])
    while let row = try? reader.next() {
        _ = row
    }
    return 0
}
