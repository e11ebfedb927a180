// The client side of Scripts/bench.sh: sends `get_status2` (all=2) calls to an endpoint as fast as it answers,
// from N concurrent loops, and reports calls/s, its own CPU time per call and its peak RSS. Numbers are reported,
// never asserted.
import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import SMSC
import SOAPNIOTransport
import Synchronization

#if canImport(Glibc)
import Glibc
/// `RUSAGE_SELF` as `getrusage` takes it (Glibc imports the constant as an enum case).
private let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#elseif canImport(Darwin)
import Darwin
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

@main
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smsc-load",
        abstract: "Sends get_status2 calls to an endpoint and reports calls/s, CPU µs per call and peak RSS."
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        /// A plain AsyncHTTPClient loop: POST the envelope, collect the body. The floor of the default transport.
        case ahc
        /// `SMSCClient.status` over the same kind of HTTPClient.
        case client
        /// `SMSCClient.status` over `NIOHTTP1Transport`, the lean SwiftNIO transport.
        case nio
        /// The same, with the calling loops running on the transport's event loop (its task executor): no thread hops.
        case nioPinned = "nio-pinned"
    }

    @Option(
        help: """
            ahc (a plain AsyncHTTPClient loop), client (SMSCClient.status over AsyncHTTPClient) \
            or nio (SMSCClient.status over NIOHTTP1Transport).
            """
    )
    var mode: Mode

    @Option(help: "The SOAP endpoint.")
    var endpoint: String

    @Option(help: "Calls in all.")
    var calls: Int = 20_000

    @Option(help: "Calls in flight at once.")
    var concurrency: Int = 1

    @Option(help: "Calls made first and not counted, to open connections and warm caches.")
    var warmup: Int = 200

    func validate() throws {
        guard calls > 0, concurrency > 0, concurrency <= calls, warmup >= 0 else {
            throw ValidationError(
                "--calls and --concurrency must be above 0, --concurrency at most --calls, --warmup 0 or more")
        }
    }

    func run() async throws {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(8, concurrency)
        let httpClient = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let nioTransport = NIOHTTP1Transport(configuration: .init(maximumConnectionsPerEndpoint: max(8, concurrency)))
        let measured: (elapsed: Duration, cpu: Double)
        do {
            let call = try makeCall(httpClient, nioTransport)
            let executor: (any TaskExecutor)? = mode == .nioPinned ? nioTransport.taskExecutor : nil
            measured = try await withTaskExecutorPreference(executor) {
                try await runLoops(calls: warmup, concurrency: min(concurrency, max(warmup, 1)), call)
                let cpuBefore = Self.cpuTime()
                let start = ContinuousClock.now
                try await runLoops(calls: calls, concurrency: concurrency, call)
                return (ContinuousClock.now - start, Self.cpuTime() - cpuBefore)
            }
        } catch {
            await nioTransport.shutdown()
            try? await httpClient.shutdown()
            throw error
        }
        await nioTransport.shutdown()
        try await httpClient.shutdown()
        let (elapsed, cpu) = measured
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            String(
                format: "mode=%@ concurrency=%d calls=%d seconds=%.3f calls_per_second=%.0f "
                    + "cpu_us_per_call=%.1f peak_rss_kib=%d",
                mode.rawValue,
                concurrency,
                calls,
                seconds,
                Double(calls) / seconds,
                cpu * 1e6 / Double(calls),
                Self.peakRSSKiB()
            )
        )
    }

    private func makeCall(
        _ httpClient: HTTPClient, _ nioTransport: NIOHTTP1Transport
    ) throws -> @Sendable () async throws -> Void {
        switch mode {
        case .ahc:
            // The bytes SMSCClient sends for the same call, so both modes post the same request.
            let body = ByteBuffer(string: Self.status2Envelope)
            let url = endpoint
            return {
                var request = HTTPClientRequest(url: url)
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "text/xml; charset=utf-8")
                request.headers.add(name: "SOAPAction", value: "\"https://smsc.ru/sys/soap.php\"")
                request.body = .bytes(body)
                let response = try await httpClient.execute(request, timeout: .seconds(60))
                _ = try await response.body.collect(upTo: 1 << 20)
            }
        case .client:
            return statusCall(
                try SMSCClient(
                    credentials: Self.credentials, configuration: clientConfiguration, httpClient: httpClient))
        case .nio, .nioPinned:
            return statusCall(
                try SMSCClient(
                    credentials: Self.credentials, configuration: clientConfiguration, transport: nioTransport))
        }
    }

    private static let credentials = SMSCCredentials.login("bench", password: "bench")

    /// The library as an application gets it: the service's documented rate limits, whose bookkeeping is part of
    /// each call's cost, as it is for `smsc`.
    private var clientConfiguration: SMSCClient.Configuration {
        .init(endpoint: SMSCEndpoint(url: endpoint))
    }

    /// The call every client mode makes: `get_status2` with `all=2` and a raw query, as the other loops send, for a
    /// message of its own each time (ids 1, 2, 3, …, as `smsc status --csv` asks about the rows of bench.sh's file),
    /// so that SMSC's limit of 5 status requests per message a minute never holds a call back.
    private func statusCall(_ client: SMSCClient) -> @Sendable () async throws -> Void {
        let ids = MessageNumbers()
        return {
            _ = try await client.status(
                phone: "79999999999", id: SMSCMessageID(String(ids.next())), detail: .fullWithOperator, query: "x=1")
        }
    }

    private func runLoops(
        calls: Int, concurrency: Int, _ call: @escaping @Sendable () async throws -> Void
    ) async throws {
        guard calls > 0 else { return }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for loop in 0..<concurrency {
                let share = calls / concurrency + (loop < calls % concurrency ? 1 : 0)
                group.addTask {
                    for _ in 0..<share { try await call() }
                }
            }
            try await group.waitForAll()
        }
    }

    /// The request body `SMSCClient.status(phone:id:detail:query:)` writes for the same values and endpoint host.
    static let status2Envelope =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" "
        + "xmlns:ns1=\"https://smsc.ru/sys/soap.php\"><SOAP-ENV:Body><ns1:status2><login>bench</login><psw>bench</psw>"
        + "<phone>79999999999</phone><id>999</id><all>2</all><query>x=1</query></ns1:status2>"
        + "</SOAP-ENV:Body></SOAP-ENV:Envelope>\n"

    /// User plus system CPU seconds of this process.
    static func cpuTime() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// The peak resident set size of this process, in KiB (Linux reports `ru_maxrss` in KiB).
    static func peakRSSKiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        return Int(usage.ru_maxrss)
    }
}

/// Hands out 1, 2, 3, … to the calls of all loops.
private final class MessageNumbers: Sendable {
    private let last = Atomic<Int>(0)

    func next() -> Int {
        last.add(1, ordering: .relaxed).newValue
    }
}
