// libFuzzer target: a reply body, as a server might send it, decoded for one of SMSC's operations: the libxml2 shim,
// the envelope, the generated codecs, and the typed reading of every field the client maps (decimals, integers,
// Moscow dates, timestamps, the error code) and the errors it would describe. Built by Scripts/fuzz.sh only.
import FuzzSupport
import SOAPRuntime
import SOAPXML

@testable import SMSC

@_cdecl("FuzzSOAPResponse_main")
public func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv) { data, size in fuzzSOAPResponse(data, size) }
}

/// The charsets a Content-Type may name, used where the document names no encoding; `nil` means UTF-8 there.
private let encodings: [String?] = [nil, "utf-8", "windows-1251", "koi8-r"]

/// The first byte picks the operation (low 3 bits) and the charset (bits 4–5); the rest is the body.
private func fuzzSOAPResponse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let selector = Int(data[0])
    let body = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let options = XMLParsingOptions(
        maximumSize: 1 << 20,
        maximumDepth: 32,
        fallbackEncoding: encodings[(selector >> 4) & 3]
    )
    let summary = SOAPResponseSummary(status: 200, contentType: "text/xml", body: Array(body.prefix(512)))
    do {
        switch selector & 7 {
        case 0:
            let reply = try SMSCSOAP.GetBalance.decodeResponse(body, options: options).balanceresult
            read(.getBalance, summary, decimals: [reply.balance], error: reply.error, reply.lexicalValues)
        case 1:
            let reply = try SMSCSOAP.SendSMS.decodeResponse(body, options: options).sendresult
            read(
                .sendSMS, summary, decimals: [reply.cost, reply.balance], integers: [reply.cnt], error: reply.error,
                reply.lexicalValues)
        case 2:
            let reply = try SMSCSOAP.SendSMS2.decodeResponse(body, options: options).sendresult
            let statuses = reply.errors.map(\.status)
            read(
                .sendSMS2, summary, decimals: [reply.cost, reply.balance], integers: [reply.cnt] + statuses,
                error: reply.error, reply.lexicalValues)
        case 3:
            let reply = try SMSCSOAP.GetSMSCost.decodeResponse(body, options: options).costresult
            read(
                .getSMSCost, summary, decimals: [reply.cost], integers: [reply.cnt], error: reply.error,
                reply.lexicalValues)
        case 4:
            let reply = try SMSCSOAP.GetSMSCost2.decodeResponse(body, options: options).costresult
            read(
                .getSMSCost2, summary, decimals: [reply.cost], integers: [reply.cnt], error: reply.error,
                reply.lexicalValues)
        case 5:
            let reply = try SMSCSOAP.GetStatus.decodeResponse(body, options: options).statusresult
            read(
                .getStatus, summary, decimals: [reply.cost], integers: [reply.status, reply.err],
                dates: [reply.lastDate, reply.sendDate],
                timestamps: [reply.lastTimestamp, reply.sendTimestamp], error: reply.error, reply.lexicalValues
            )
        default:
            let reply = try SMSCSOAP.GetStatus2.decodeResponse(body, options: options).statusresult
            read(
                .getStatus2, summary, decimals: [reply.cost], integers: [reply.status, reply.err],
                dates: [reply.lastDate, reply.sendDate],
                timestamps: [reply.lastTimestamp, reply.sendTimestamp], error: reply.error, reply.lexicalValues
            )
        }
    } catch {
        // What the client would report: its description, with the body quoted and masked.
        _ =
            SMSCError(
                callError: .invalidResponse(error, response: summary, operation: "get_status2"), operation: .getStatus2,
                maximumResponseSize: 1 << 20
            )
            .description
    }
    return 0
}

/// Reads each field as the client does, and describes the error it would throw.
private func read(
    _ operation: SMSCOperation,
    _ summary: SOAPResponseSummary,
    decimals: [String?] = [],
    integers: [String?] = [],
    dates: [String?] = [],
    timestamps: [String?] = [],
    error: String?,
    _ wireValues: [String: String]
) {
    let reader = ReplyReader(operation: operation, response: summary)
    func attempt<T>(_ body: () throws(SMSCError) -> T) {
        do {
            _ = try body()
        } catch {
            _ = error.description
        }
    }
    attempt { () throws(SMSCError) in try reader.checkServiceError(error) }
    for text in decimals { attempt { () throws(SMSCError) in try reader.decimal(text, "decimal") } }
    for text in integers { attempt { () throws(SMSCError) in try reader.integer(text, "integer") } }
    for text in dates { attempt { () throws(SMSCError) in try reader.moscowDate(text, "date") } }
    for text in timestamps { attempt { () throws(SMSCError) in try reader.timestamp(text, "timestamp") } }
    _ = Redaction.redact(wireValues.description)
}
