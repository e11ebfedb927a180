// libFuzzer target: a reply body, as a server might send it, decoded by SMSCClient for one of its operations:
// the libxml2 shim, the envelope, the generated codecs and the typed mapping. Built by Scripts/fuzz.sh only.
import FuzzSupport
import Dispatch
import SMSC
import SOAPRuntime

/// The body the transport answers with, and how: set before each call, read by the transport during it.
nonisolated(unsafe) private var reply = SOAPHTTPResponse(status: 200, headers: [:], body: [])

private let client = try! SMSCClient(
    credentials: .login("fuzz", password: "fuzz"),
    configuration: .init(retryPolicy: .none, rateLimits: .none),
    transport: SOAPClosureTransport { _, _ in reply }
)

private let contentTypes = ["text/xml; charset=utf-8", "text/xml; charset=windows-1251", "text/xml; charset=koi8-r", "text/html", "application/soap+xml"]

/// The first byte picks the operation, the HTTP status and the Content-Type; the rest is the body.
@_cdecl("FuzzSOAPResponse_main")
public func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv) { data, size in fuzzSOAPResponse(data, size) }
}

private func fuzzSOAPResponse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard size > 0 else { return 0 }
    let selector = Int(data[0])
    reply = SOAPHTTPResponse(
        status: selector & 0x10 == 0 ? 200 : 500,
        headers: ["Content-Type": contentTypes[(selector >> 5) % contentTypes.count]],
        body: Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    )
    let done = DispatchSemaphore(value: 0)
    Task {
        switch selector & 0x7 {
        case 0: _ = try? await client.balance()
        case 1: _ = try? await client.send("Hello", to: "79999999999")
        case 2: _ = try? await client.send("Hello", to: "79999999999", query: "err=1")
        case 3: _ = try? await client.cost(of: "Hello", to: "79999999999")
        case 4: _ = try? await client.cost(of: "Hello", to: "79999999999", query: "translit=1")
        case 5: _ = try? await client.status(phone: "79999999999", id: "1", detail: .full)
        default: _ = try? await client.status(phone: "79999999999", id: "1", detail: .fullWithOperator, query: "x=1")
        }
        done.signal()
    }
    done.wait()
    return 0
}
