import NIOCore
import SOAPRuntime

@testable import SOAPNIOTransport

/// A call as the NIO transport's state machines see it, with no caller behind it.
struct TestCall: TransportCall {
    var id: CallID
    var request: SOAPRequest
    var limits: CallLimits

    /// Call `number`, sent at `sentAt` with the default timeouts unless given.
    init(
        _ number: UInt64,
        sentAt: NIODeadline = TestClock.start,
        total: Duration = .seconds(60),
        connect: Duration = .seconds(10),
        read: Duration = .seconds(30),
        maximumResponseSize: Int = 1 << 20
    ) {
        id = CallID(value: number)
        request = SOAPRequest(
            url: "http://127.0.0.1:8080/sys/soap.php",
            soapAction: "http://smsc.ru/get_balance",
            soapVersion: .soap11,
            body: Array("<call\(number)/>".utf8)
        )
        limits = CallLimits(
            deadline: sentAt + TimeAmount(total),
            totalTimeout: total,
            connectTimeout: connect,
            readTimeout: read,
            maximumResponseSize: maximumResponseSize
        )
    }
}

/// Instants the state machine tests name: the machines read no clock, so the tests decide what time it is.
enum TestClock {
    static let start = NIODeadline.uptimeNanoseconds(1_000_000_000_000)

    /// `start` plus `offset`.
    static func at(_ offset: Duration) -> NIODeadline {
        start + TimeAmount(offset)
    }
}
