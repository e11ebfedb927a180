import Foundation
import SMSCTesting
import SOAPTestServer

/// An exchange PHP's SoapClient and SoapServer had (SMSCTests' Fixtures/envelopes, in SMSCTesting's format), with
/// the service namespace moved to a sandbox's endpoint as the live service does for its own URL.
struct PHPExchange {
    var request: String
    var response: String

    init(_ name: String, namespace: String) throws {
        let url = PackageRoot.url.appendingPathComponent("Tests/SMSCTests/Fixtures/envelopes/\(name).http")
        let exchange = try SMSCRecordedExchange(httpText: Array(try Data(contentsOf: url)), path: url.path)
        func rebased(_ body: [UInt8]) -> String {
            String(decoding: body, as: UTF8.self).replacingOccurrences(
                of: "https://smsc.ru/sys/soap.php", with: namespace)
        }
        request = rebased(exchange.request.body)
        response = rebased(exchange.response.body)
    }
}
