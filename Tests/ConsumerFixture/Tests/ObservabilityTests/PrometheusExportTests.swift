import Prometheus
import SMSC
import SMSCSandbox
import Testing

/// What SMSC's metrics look like through swift-prometheus, as the Observability article shows them: the names and
/// labels of a balance call and a send, in the Prometheus text format a scrape reads.
struct PrometheusExportTests {
    @Test func aBalanceAndASendAsPrometheusExportsThem() async throws {
        let registry = PrometheusCollectorRegistry()
        try await withSandboxServer { sandbox in
            var configuration = SMSCClient.Configuration(endpoint: SMSCEndpoint(url: sandbox.endpoint))
            configuration.metricsFactory = PrometheusMetricsFactory(registry: registry)
            let client = try SMSCClient(credentials: .login("demo", password: "demo"), configuration: configuration)
            _ = try await client.balance()
            _ = try await client.send("Observed", to: ["79990000001"], id: "obs-1")
        }
        let text = registry.emitToString()
        #expect(text.contains(#"smsc_calls{operation="get_balance"} 1"#))
        #expect(text.contains(#"smsc_calls{operation="send_sms"} 1"#))
        #expect(text.contains("# TYPE smsc_call_duration histogram"))
        #expect(text.contains(#"smsc_call_duration_count{operation="send_sms"} 1"#))
    }
}
