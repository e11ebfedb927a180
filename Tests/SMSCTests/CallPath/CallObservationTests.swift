import InMemoryTracing
import MetricsTestKit
import Testing
import Tracing

@testable import SMSC

/// The observation step alone: a span and metrics around whatever the rest of the chain does.
struct CallObservationTests {
    @Test func aSuccessfulCallIsCountedTimedAndSpannedWithItsStatus() async throws {
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        let step = CallObservation<Int>(metricsFactory: metrics, tracer: tracer, host: "smsc.example")
        let outcome = try await step.intercept(StepFixtures.call(.getStatus, deadline: .now + .seconds(1))) {
            (_) throws(SMSCError) in SMSCCallOutcome(value: 5, httpStatus: 200)
        }
        #expect(outcome.value == 5)
        #expect(try metrics.expectCounter("smsc.calls", [("operation", "get_status")]).totalValue == 1)
        #expect(try metrics.expectTimer("smsc.call.duration", [("operation", "get_status")]).values.count == 1)
        let span = try #require(tracer.finishedSpans.first)
        #expect(span.operationName == "SMSC get_status")
        #expect(span.attributes["server.address"]?.toSpanAttribute() == "smsc.example")
        #expect(span.attributes["http.response.status_code"]?.toSpanAttribute() == 200)
        #expect(span.status == nil)
    }

    @Test func aFailureIsCountedWithItsCodeAndMarksTheSpan() async throws {
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        let step = CallObservation<Int>(metricsFactory: metrics, tracer: tracer, host: "smsc.example")
        await #expect(throws: SMSCError.self) {
            try await step.intercept(StepFixtures.call(.sendSMS, deadline: .now + .seconds(1))) {
                (_) throws(SMSCError) -> SMSCCallOutcome<Int> in throw StepFixtures.serviceError(7, .sendSMS)
            }
        }
        #expect(
            try metrics.expectCounter("smsc.call.failures", [("operation", "send_sms"), ("error", "service")])
                .totalValue == 1)
        let span = try #require(tracer.finishedSpans.first)
        #expect(span.attributes["error.type"]?.toSpanAttribute() == "service")
        #expect(span.attributes["smsc.error.code"]?.toSpanAttribute() == 7)
        #expect(span.status?.code == .error)
    }
}
