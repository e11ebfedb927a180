import AsyncHTTPClient
import Foundation
import SMSC
import SOAPAsyncHTTPClient
import SOAPRuntime
import SOAPTestServer
import SOAPXML
import Testing

/// The client against PHP's SoapServer, bound to wsdl/smsc.wsdl with its namespace, soapAction and address rewritten
/// to its own loopback URL as the live service does: every value PHP decodes must be the input exactly, and every
/// request body must be PHP SoapClient's for the same call once canonicalised. Needs `php` with the soap extension
/// (`.ci/run` installs it); fails, not skips, without it.
@Suite("Parity with PHP's SoapServer and SoapClient")
struct PHPSoapServerParityTests {
    @Test("PHP's SoapServer decodes every input exactly, and PHP's SoapClient sends the same envelopes")
    func encodingCorpus() async throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("parity-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: log) }
        let calls = EncodingCorpus.calls
        try await withPHPBuiltInServer(
            router: ParityScripts.path("soap_server.php"),
            environment: ["PARITY_WSDL": ParityScripts.wsdl, "PARITY_LOG": log.path]
        ) { origin in
            let endpoint = origin + "/sys/soap.php"
            let transport = CapturingTransport(wrapping: AsyncHTTPClientTransport())
            for call in calls {
                let configuration = SMSCClient.Configuration(
                    endpoint: SMSCEndpoint(url: endpoint), retryPolicy: .none, rateLimits: .none)
                let values = call.values
                let client = try SMSCClient(
                    credentials: .login(values["login"]!, password: values["psw"]!),
                    configuration: configuration,
                    transport: transport
                )
                try await call.perform(on: client)
            }

            // What PHP's SoapServer decoded, one line per call, in order.
            let decoded = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map { line in
                try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
            try #require(decoded.count == calls.count)
            for (call, decoded) in zip(calls, decoded) {
                #expect(decoded["operation"] as? String == call.operation, "\(call.name)")
                #expect(decoded["params"] as? [String: String] == call.values, "\(call.name)")
            }

            // PHP's SoapClient making the same calls through the server's rewritten ?wsdl.
            let corpus = FileManager.default.temporaryDirectory.appendingPathComponent(
                "parity-\(UUID().uuidString).json")
            defer { try? FileManager.default.removeItem(at: corpus) }
            try ParityCall.corpusJSON(calls).write(to: corpus)
            let phpRequests = try #require(
                try await ParityScripts.runJSON(
                    "php", [ParityScripts.path("soap_client.php"), endpoint + "?wsdl", corpus.path],
                    install: "install php-cli and php-soap"
                ) as? [String]
            )
            try #require(phpRequests.count == calls.count)
            for (index, call) in calls.enumerated() {
                let ours = try XMLTree(parsing: transport.bodies[index]).canonicalLines()
                let php = try XMLTree(parsing: Array(phpRequests[index].utf8)).canonicalLines()
                #expect(ours == php, "\(call.name)")
            }
            // PHP decoded its own client's requests to the same values: the corpus is sound on both sides.
            let all = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
            #expect(all.count == 2 * calls.count)
            #expect(Array(all.prefix(calls.count)) == Array(all.suffix(calls.count)))
        }
    }
}
