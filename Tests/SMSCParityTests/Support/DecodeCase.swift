import Foundation
import SMSC
import SOAPRuntime
import SOAPXML
import Testing

/// One reply of the decode corpus (Parity/decode/cases.json).
struct DecodeCase: Sendable, CustomTestStringConvertible {
    var name: String
    var operation: String
    var about: String

    var testDescription: String { name }

    static func all() throws -> [DecodeCase] {
        let data = try Data(contentsOf: ParityScripts.directory.appendingPathComponent("decode/cases.json"))
        let cases = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return try cases.map { entry in
            DecodeCase(
                name: try #require(entry["name"] as? String),
                operation: try #require(entry["operation"] as? String),
                about: entry["about"] as? String ?? ""
            )
        }
    }

    /// What the generated decoder makes of `body`: its typed result written back out by the generated encoder and
    /// read as a tree, so every field it decoded, and only those, is compared.
    func decode(_ body: [UInt8]) -> DecodeOutcome {
        func decoded<Operation: SOAPOperation>(_: Operation.Type) -> DecodeOutcome {
            do {
                let output = try Operation.decodeResponse(body)
                let envelope = try SOAPEnvelope.encode(
                    output, version: .soap11, namespaces: SMSCSOAP.service.namespaces)
                let tree = try XMLTree(parsing: envelope)
                guard let response = tree.root.children.first?.children.first else {
                    return .refused("no response element")
                }
                return .result(.init(element: response))
            } catch let error as SOAPEnvelopeError {
                if let fault = error.fault { return .fault(code: fault.code, string: fault.reason) }
                return .refused("\(error)")
            } catch {
                return .refused("\(error)")
            }
        }
        switch operation {
        case "get_balance": return decoded(SMSCSOAP.GetBalance.self)
        case "send_sms": return decoded(SMSCSOAP.SendSMS.self)
        case "send_sms2": return decoded(SMSCSOAP.SendSMS2.self)
        case "get_sms_cost": return decoded(SMSCSOAP.GetSMSCost.self)
        case "get_sms_cost2": return decoded(SMSCSOAP.GetSMSCost2.self)
        case "get_status": return decoded(SMSCSOAP.GetStatus.self)
        case "get_status2": return decoded(SMSCSOAP.GetStatus2.self)
        default: return .refused("unknown operation \(operation)")
        }
    }

    /// Calls the operation through `SMSCClient`, for the HTTP layer: a fault must surface as a fault whatever the
    /// status it came with.
    func call(_ client: SMSCClient) async throws {
        switch operation {
        case "get_balance": _ = try await client.balance()
        case "send_sms": try await client.send("Hello world!", to: ["79999999999"], id: "999", sender: "ivan")
        case "send_sms2": try await client.send("Hello world!", to: ["79999999999", "7000"], query: "err=1")
        case "get_sms_cost": _ = try await client.cost(of: "Hello world!", to: ["79999999999"])
        case "get_sms_cost2": _ = try await client.cost(of: "Hello world!", to: ["79999999999"], query: "translit=1")
        case "get_status": _ = try await client.status(phone: "79999999999", id: "999", detail: .basic)
        case "get_status2":
            _ = try await client.status(
                phone: "79999999999", id: "999", detail: .fullWithOperator, query: "charset=utf-8")
        default: throw ParityCorpusError(description: "unknown operation \(operation)")
        }
    }
}
