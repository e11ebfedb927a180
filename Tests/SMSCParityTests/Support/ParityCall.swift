import Foundation
import SMSC
import Testing

/// One call of the encoding corpus: an operation and the values of its request elements, in the WSDL's order.
///
/// The same values drive `SMSCClient` (``perform(on:)``) and PHP's SoapClient (``corpusJSON(_:)``), and are what
/// PHP's SoapServer must decode.
struct ParityCall: Sendable, CustomTestStringConvertible {
    struct Field: Sendable, Equatable {
        var name: String
        var value: String
    }

    var name: String
    var operation: String
    var fields: [Field]

    var testDescription: String { name }

    init(
        _ name: String, _ operation: String, login: String = "parity", psw: String = "parity-pass",
        _ fields: KeyValuePairs<String, String?>
    ) {
        self.name = name
        self.operation = operation
        self.fields =
            [Field(name: "login", value: login), Field(name: "psw", value: psw)]
            + fields.compactMap { name, value in value.map { Field(name: name, value: $0) } }
    }

    /// The values by element name, as PHP's SoapServer should decode them.
    var values: [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.value) })
    }

    /// Makes the call through the public API: the client picks the operation from what is given.
    func perform(on client: SMSCClient) async throws {
        let values = values
        func required(_ name: String) -> String { values[name]! }
        // The client takes recipients one per element and joins them with commas, which is how the corpus writes
        // the lists PHP is given.
        func recipients() -> [String] { required("phones").split(separator: ",").map(String.init) }
        switch operation {
        case "get_balance":
            _ = try await client.balance()
        case "send_sms", "send_sms2":
            try await client.send(
                required("mes"),
                to: recipients(),
                id: values["id"].map { SMSCMessageID($0) },
                sender: values["sender"],
                time: try values["time"].map { value in
                    guard let time = SMSCSendTime(rawValue: value) else {
                        throw ParityCorpusError(description: "\(name): time \(value)")
                    }
                    return time
                },
                query: values["query"]
            )
        case "get_sms_cost", "get_sms_cost2":
            _ = try await client.cost(of: required("mes"), to: recipients(), query: values["query"])
        case "get_status", "get_status2":
            _ = try await client.status(
                phone: required("phone"),
                id: SMSCMessageID(required("id")),
                detail: values["all"].map { SMSCStatusDetail(rawValue: Int($0)!)! },
                query: values["query"]
            )
        default:
            throw ParityCorpusError(description: "\(name): unknown operation \(operation)")
        }
    }

    /// The corpus as PHP's soap_client.php reads it.
    static func corpusJSON(_ calls: [ParityCall]) throws -> Data {
        let corpus = calls.map { call in
            ["operation": call.operation, "fields": call.fields.map { [$0.name, $0.value] }] as [String: Any]
        }
        return try JSONSerialization.data(withJSONObject: corpus)
    }
}
