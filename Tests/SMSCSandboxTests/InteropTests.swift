import Foundation
import SMSCSandbox
import SOAPTestServer
import Testing

/// Other SOAP stacks, pointed at the sandbox's `?wsdl`, call all seven operations. These need `php` with the soap
/// extension and python's `zeep` (`.ci/run` installs both); they fail, not skip, without them, so a machine that
/// cannot prove interoperability says so.
@Suite("Sandbox interoperability")
struct InteropTests {
    @Test("PHP's SoapClient calls all seven operations through the published WSDL")
    func phpSoapClient() async throws {
        try await withSandboxServer { server in
            let script = try #require(Bundle.module.url(forResource: "Interop/php_soapclient", withExtension: "php"))
            let run = try await ChildProcess.run("php", [script.path, server.wsdlURL])
            try #require(run.status == 0, "php failed (install php-cli and php-soap): \(run.stderr)")
            let results = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let functions = try #require(results["functions"] as? [String])
            #expect(functions.count == 7)
            func field(_ operation: String, _ wrapper: String, _ name: String) -> String? {
                ((results[operation] as? [String: Any])?[wrapper] as? [String: Any])?[name] as? String
            }
            try checkResults { operation, name in
                let wrapper =
                    [
                        "get_balance": "balanceresult", "bad_password": "balanceresult", "get_sms_cost": "costresult",
                        "get_sms_cost2": "costresult",
                        "send_sms": "sendresult", "send_sms2": "sendresult",
                    ][operation] ?? "statusresult"
                return field(operation, wrapper, name)
            } errors: {
                // PHP turns a single repeated element into an object, several into an array.
                let errors = ((results["send_sms2"] as? [String: Any])?["sendresult"] as? [String: Any])?["errors"]
                let list = (errors as? [[String: Any]]) ?? (errors as? [String: Any]).map { [$0] } ?? []
                return list.map { [$0["phone"] as? String ?? "", $0["status"] as? String ?? ""] }
            }
            let lastRequest = try #require(results["last_request"] as? String)
            #expect(lastRequest.contains("xmlns:ns1=\"\(server.endpoint)\""))
            #expect(server.balance(ofAccount: "demo") == 995)
        }
    }

    @Test("python's zeep calls all seven operations through the published WSDL")
    func zeepClient() async throws {
        try await withSandboxServer { server in
            let script = try #require(Bundle.module.url(forResource: "Interop/zeep_client", withExtension: "py"))
            let run = try await ChildProcess.run("python3", [script.path, server.wsdlURL])
            try #require(run.status == 0, "zeep failed (pip install zeep): \(run.stderr)")
            let results = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            try checkResults { operation, name in
                // zeep unwraps the single child of each response.
                (results[operation] as? [String: Any])?[name] as? String
            } errors: {
                let list = ((results["send_sms2"] as? [String: Any])?["errors"] as? [[String: Any]]) ?? []
                return list.map { [$0["phone"] as? String ?? "", $0["status"] as? String ?? ""] }
            }
            #expect(server.balance(ofAccount: "demo") == 995)
        }
    }

    /// The same calls give the same answers whichever stack makes them.
    private func checkResults(_ field: (String, String) -> String?, errors: () -> [[String]]) throws {
        #expect(field("get_balance", "balance") == "1000.00")
        #expect(field("get_balance", "error") == "0")
        #expect(field("get_sms_cost", "cost") == "2.50")
        #expect(field("get_sms_cost", "cnt") == "1")
        #expect(field("get_sms_cost2", "cost") == "5.00")
        #expect(field("get_sms_cost2", "cnt") == "2")
        #expect(field("send_sms", "cnt") == "1")
        #expect(field("send_sms", "cost") == "2.50")
        #expect(field("send_sms", "balance") == "997.50")
        #expect(field("send_sms2", "balance") == "995.00")
        #expect(field("send_sms2", "cnt") == "1")
        #expect(errors() == [["7000", "7"]])
        #expect(field("get_status", "status") == "-1")
        #expect(field("get_status", "err") == "0")
        #expect(field("get_status", "last_timestamp").flatMap(Int.init) != nil)
        #expect(field("get_status", "phone") == nil)
        #expect(field("get_status2", "status") == "-1")
        #expect(field("get_status2", "phone") == "79990000002")
        #expect(field("get_status2", "cost") == "2.50")
        #expect(field("get_status2", "operator")?.isEmpty == false)
        #expect(field("get_status2", "region")?.isEmpty == false)
        #expect(field("bad_password", "error") == "2")
        #expect(field("bad_password", "balance") == nil)
        #expect(field("unknown_message", "error") == "3")
    }
}
