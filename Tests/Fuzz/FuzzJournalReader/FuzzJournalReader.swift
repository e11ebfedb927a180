import Foundation
// libFuzzer target: a bulk journal as a resumed `smsc send --csv --journal` reads it: opened, its header and torn
// tail checked, and the rows' histories looked up in order. Built by Scripts/fuzz.sh only.
import FuzzSupport

@testable import SMSCBulk

private let directory = FileManager.default.temporaryDirectory.appendingPathComponent("smsc-fuzz-journal-\(getpid())")
    .path
private let path = directory + "/journal.jsonl"
private let identity = "send https://smsc.ru/sys/soap.php login=alex"

@_cdecl("FuzzJournalReader_main")
public func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv) { data, size in fuzzJournalReader(data, size) }
}

private func fuzzJournalReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let bytes = Data(bytes: data, count: size)
    guard FileManager.default.createFile(atPath: path, contents: bytes) else { return 0 }
    // Every line on its own, as the journal's records are parsed; the digests recorded stand for the rows' own, so
    // that the lookups get past the check for edited rows.
    var digests: [Int: RowDigest] = [:]
    for line in bytes.split(separator: UInt8(ascii: "\n")) {
        switch try? JournalRecord(parsing: line) {
        case .started(let row, let digest)?, .finished(let row, let digest, _, _, _)?: digests[row] = digest
        default: break
        }
    }
    guard let journal = try? BulkJournal(path: path, commandIdentity: identity, window: 4, syncsEachRecord: false)
    else { return 0 }
    guard let cursor = try? JournalCursor(journal: journal, commandIdentity: identity, csvPath: "rows.csv")
    else { return 0 }
    for row in 1...16 {
        let digest = digests[row] ?? RowDigest(fields: ["row": String(row)])
        guard (try? cursor.history(ofRow: row, line: row + 1, digest: digest)) != nil else { break }
    }
    return 0
}
