import Foundation
import SOAPTestServer

/// Replies shaped like SMSC's soap.php, for the scripted loopback server: the body element in the namespace of
/// the endpoint URL, as PHP's SoapServer writes it.
enum ScriptedSMSC {
    /// A 200 reply to `request` with `element` wrapping `wrapper`, whose children are `fields` (raw XML); the
    /// namespace is the endpoint the request was posted to.
    static func reply(
        to request: LoopbackHTTPServer.Request, _ element: String, _ wrapper: String, _ fields: String
    ) -> LoopbackHTTPServer.Action {
        let namespace = "http://\(request.headers["Host"] ?? "127.0.0.1")/sys/soap.php"
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="\(namespace)">\
            <SOAP-ENV:Body><ns1:\(element)><\(wrapper)>\(fields)</\(wrapper)></ns1:\(element)></SOAP-ENV:Body></SOAP-ENV:Envelope>

            """
        return .respond(.init(status: 200, headers: ["Content-Type": "text/xml; charset=utf-8"], text: body))
    }

    /// A SOAP 1.1 fault with HTTP 500, as PHP's SoapServer sends it.
    static func fault(code: String = "SOAP-ENV:Server", reason: String) -> LoopbackHTTPServer.Action {
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault>\
            <faultcode>\(code)</faultcode><faultstring>\(reason)</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>

            """
        return .respond(.init(status: 500, headers: ["Content-Type": "text/xml; charset=utf-8"], text: body))
    }

    /// A successful reply to any of the seven operations, with the `id` the request carried (or `1001`).
    static func success(to request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Action {
        switch operation(of: request) {
        case "balance":
            return reply(to: request, "BalanceResponse", "balanceresult", "<balance>1000.00</balance><error>0</error>")
        case let name? where name.hasPrefix("send"):
            let id = field("id", of: request).flatMap { $0.isEmpty ? nil : $0 } ?? "1001"
            return reply(
                to: request, name == "send" ? "SendResponse" : "Send2Response", "sendresult",
                "<id>\(id)</id><balance>997.50</balance><cost>2.50</cost><cnt>1</cnt><error>0</error>"
            )
        case let name? where name.hasPrefix("cost"):
            return reply(
                to: request, name == "cost" ? "CostResponse" : "Cost2Response", "costresult",
                "<cost>2.50</cost><cnt>1</cnt><error>0</error>")
        case let name? where name.hasPrefix("status"):
            return reply(
                to: request, name == "status" ? "StatusResponse" : "Status2Response", "statusresult",
                "<status>1</status><last_date>28.12.2019 "
                    + "19:20:22</last_date><last_timestamp>1577550022</last_timestamp><err>0</err>"
            )
        default:
            return fault(reason: "Procedure '\(operation(of: request) ?? "?")' not present")
        }
    }

    /// `requests` without the bulk run's preflight (`get_balance`, or `get_sms_cost2` for the text
    /// `smsc preflight` with an API key): the requests for rows.
    static func rowRequests(_ requests: [LoopbackHTTPServer.Request]) -> [LoopbackHTTPServer.Request] {
        requests.filter { operation(of: $0) != "balance" && field("mes", of: $0) != "smsc preflight" }
    }

    /// Whether `request` is a bulk run's preflight.
    static func isPreflight(_ request: LoopbackHTTPServer.Request) -> Bool {
        rowRequests([request]).isEmpty
    }

    /// The local name of the request's body element (`send`, `send2`, `status2`, …).
    static func operation(of request: LoopbackHTTPServer.Request) -> String? {
        let text = request.bodyText
        guard let body = text.range(of: "Body>"), let open = text[body.upperBound...].firstIndex(of: "<") else {
            return nil
        }
        let name = text[text.index(after: open)...].prefix { $0 != ">" && $0 != " " && $0 != "/" }
        return name.split(separator: ":").last.map(String.init)
    }

    /// The text of the request's first `<name>` element.
    static func field(_ name: String, of request: LoopbackHTTPServer.Request) -> String? {
        let text = request.bodyText
        guard let start = text.range(of: "<\(name)>"), let end = text[start.upperBound...].range(of: "</\(name)>")
        else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }
}
