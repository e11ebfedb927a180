import Foundation
import InMemoryTracing
import Logging
import MetricsTestKit
import SMSC
import SOAPRuntime
import SOAPTestServer
import Testing
import Tracing

/// Each call records metrics and a span, through the backends the application gives; neither carries a secret.
struct ObservabilityTests {
    static let password = "pa55-observed"
    static let phone = "79991234567"
    static let text = "Observed message text"

    private static func client(
        _ transport: RecordingTransport,
        metrics: TestMetrics,
        tracer: InMemoryTracer,
        credentials: SMSCCredentials = .login("observer", password: password)
    ) throws -> SMSCClient {
        try SMSCClient(
            credentials: credentials,
            configuration: .init(metricsFactory: metrics, tracer: tracer),
            transport: transport
        )
    }

    @Test
    func aSuccessfulCallCountsTimesAndSpansItsOperation() async throws {
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        let client = try Self.client(RecordingTransport(fixture: "02_send_sms"), metrics: metrics, tracer: tracer)
        _ = try await client.send(Self.text, to: [Self.phone], id: "obs-1")

        #expect(try metrics.expectCounter("smsc.calls", [("operation", "send_sms")]).totalValue == 1)
        #expect(try metrics.expectTimer("smsc.call.duration", [("operation", "send_sms")]).values.count == 1)
        #expect(throws: (any Error).self) {
            try metrics.expectCounter("smsc.call.failures", [("operation", "send_sms"), ("error", "service")])
        }

        let span = try #require(tracer.finishedSpans.only)
        #expect(span.operationName == "SMSC send_sms")
        #expect(span.kind == .client)
        #expect(span.attributes["rpc.system"]?.toSpanAttribute() == "soap")
        #expect(span.attributes["rpc.method"]?.toSpanAttribute() == "send_sms")
        #expect(span.attributes["server.address"]?.toSpanAttribute() == "smsc.ru")
        #expect(span.attributes["http.response.status_code"]?.toSpanAttribute() == 200)
        #expect(span.attributes["error.type"] == nil)
        #expect(span.status == nil)
    }

    @Test
    func aServiceErrorIsCountedByKindAndMarksTheSpan() async throws {
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        let client = try Self.client(
            RecordingTransport(fixture: "02b_send_sms_bad_password"), metrics: metrics, tracer: tracer)
        await #expect(throws: SMSCError.self) { try await client.send(Self.text, to: [Self.phone]) }

        #expect(try metrics.expectCounter("smsc.calls", [("operation", "send_sms")]).totalValue == 1)
        #expect(
            try metrics.expectCounter("smsc.call.failures", [("operation", "send_sms"), ("error", "service")])
                .totalValue == 1)
        #expect(try metrics.expectTimer("smsc.call.duration", [("operation", "send_sms")]).values.count == 1)

        let span = try #require(tracer.finishedSpans.only)
        #expect(span.status?.code == .error)
        #expect(span.attributes["error.type"]?.toSpanAttribute() == "service")
        #expect(span.attributes["smsc.error.code"]?.toSpanAttribute() == 2)
        #expect(span.attributes["http.response.status_code"]?.toSpanAttribute() == 200)
    }

    @Test
    func transportFailuresAndValidationFailuresAreCountedByTheirCodes() async throws {
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        let transport = RecordingTransport { _ in
            throw SOAPTransportError(code: .timeout, message: "slow", requestMayHaveReachedServer: true)
        }
        let client = try Self.client(transport, metrics: metrics, tracer: tracer)
        await #expect(throws: SMSCError.self) { try await client.status(phone: Self.phone, id: "1") }
        await #expect(throws: SMSCError.self) { try await client.status(phone: " ", id: "1") }

        #expect(try metrics.expectCounter("smsc.calls", [("operation", "get_status")]).totalValue == 2)
        #expect(
            try metrics.expectCounter("smsc.call.failures", [("operation", "get_status"), ("error", "timeout")])
                .totalValue == 1)
        #expect(
            try metrics.expectCounter("smsc.call.failures", [("operation", "get_status"), ("error", "validation")])
                .totalValue == 1)
        let spans = tracer.finishedSpans
        #expect(spans.count == 2)
        #expect(spans.allSatisfy { $0.attributes["http.response.status_code"] == nil })
        #expect(spans.map { $0.attributes["error.type"]?.toSpanAttribute() } == ["timeout", "validation"])
    }

    @Test
    func theSpanIsAChildOfTheCallersContext() async throws {
        let tracer = InMemoryTracer()
        let client = try Self.client(
            RecordingTransport(fixture: "01_get_balance"), metrics: TestMetrics(), tracer: tracer)
        let parent = tracer.startSpan("request handler")
        try await ServiceContext.withValue(parent.context) {
            _ = try await client.balance()
        }
        parent.end()
        let call = try #require(tracer.finishedSpans.first { $0.operationName == "SMSC get_balance" })
        let handler = try #require(tracer.finishedSpans.first { $0.operationName == "request handler" })
        #expect(call.parentSpanID == handler.spanID)
        #expect(call.traceID == handler.traceID)
    }

    /// The span tree the Observability article draws: the check of a send whose reply was lost is a child of the
    /// send's span, so a trace shows why the send made a second request.
    @Test
    func theStatusCheckOfALostSendIsAChildOfTheSendsSpan() async throws {
        let tracer = InMemoryTracer()
        let harness = Harness(
            [.fail(RetryTests.resetBeforeReply), .answer(SendReconciliationTests.found)], tracer: tracer)
        _ = try await harness.client.send("Hello", to: ["79999999999"], id: "order-1")
        let send = try #require(tracer.finishedSpans.first { $0.operationName == "SMSC send_sms" })
        let check = try #require(tracer.finishedSpans.first { $0.operationName == "SMSC get_status" })
        #expect(check.parentSpanID == send.spanID)
        #expect(check.traceID == send.traceID)
        #expect(tracer.finishedSpans.count == 2)
    }

    @Test
    func spansAndMetricsNeverCarryCredentialsPhonesOrTexts() async throws {
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        let withPassword = try Self.client(
            RecordingTransport(fixture: "03b_send_sms2_err1_errors_list"), metrics: metrics, tracer: tracer)
        _ = try await withPassword.send(Self.text, to: [Self.phone], options: SMSCSendOptions(reportInvalidPhones: true))
        let withKey = try Self.client(
            RecordingTransport(status: 502, contentType: "text/html", body: "<html>\(Self.text) \(Self.phone)</html>"),
            metrics: metrics,
            tracer: tracer,
            credentials: .apiKey("observed-api-key")
        )
        await #expect(throws: SMSCError.self) { try await withKey.cost(of: Self.text, to: [Self.phone]) }

        var recorded = ""
        for span in tracer.finishedSpans {
            recorded += span.operationName
            span.attributes.forEach { key, value in recorded += " \(key)=\(value)" }
            recorded += span.events.map(\.name).joined()
            recorded += span.errors.map { "\($0.error)" }.joined()
        }
        for counter in metrics.counters {
            recorded += " \(counter.label) \(counter.dimensions)"
        }
        for timer in metrics.timers {
            recorded += " \(timer.label) \(timer.dimensions)"
        }
        #expect(recorded.contains("send_sms2"))
        #expect(recorded.contains("http_status"))
        for secret in [Self.password, "observer", "observed-api-key", Self.phone, Self.text, "Observed"] {
            #expect(!recorded.contains(secret), "\(secret) was recorded")
        }
    }

    @Test
    func aLoggerPassedToOneCallIsUsedForThatCallOnly() async throws {
        let clientLines = LogSink()
        let callLines = LogSink()
        var clientLogger = Logger(label: "client", factory: { _ in clientLines })
        clientLogger.logLevel = .debug
        var callLogger = Logger(label: "call", factory: { _ in callLines })
        callLogger.logLevel = .debug
        let client = try SMSCClient(
            credentials: .login("observer", password: Self.password),
            transport: RecordingTransport(fixture: "01_get_balance"),
            logger: clientLogger
        )
        _ = try await client.balance(logger: callLogger)
        #expect(callLines.lines.contains { $0.hasPrefix("debug SOAP request ") })
        #expect(clientLines.lines.isEmpty)
        _ = try await client.balance()
        #expect(clientLines.lines.contains { $0.hasPrefix("debug SOAP request ") })
    }
}

extension Array {
    /// The one element, or `nil` when there are none or several.
    fileprivate var only: Element? {
        count == 1 ? first : nil
    }
}
