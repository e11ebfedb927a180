public import SOAPRuntime

/// One SOAP exchange as it went over the wire: the request posted and the response that came back.
///
/// On disk it is one fixture file (`001-send.http`): the request as an HTTP/1.1 message, then the response as one,
/// the way `curl -v` or a proxy shows them, so a person can read and edit it:
///
///     POST /sys/soap.php HTTP/1.1
///     Host: 127.0.0.1:8080
///     Content-Type: text/xml; charset=utf-8
///     SOAPAction: "http://127.0.0.1:8080/sys/soap.php"
///     Content-Length: 315
///
///     <?xml version="1.0" encoding="UTF-8"?>
///     <SOAP-ENV:Envelope …><SOAP-ENV:Body><ns1:balance><login>***</login><psw>***</psw></ns1:balance>…
///     HTTP/1.1 200 OK
///     Content-Type: text/xml; charset=utf-8
///     Content-Length: 333
///
///     <?xml version="1.0" encoding="UTF-8"?>
///     <SOAP-ENV:Envelope …><SOAP-ENV:Body><ns1:BalanceResponse>…
///
/// Lines end in LF (CRLF is read too). A request body is its `Content-Length` bytes when the response's status line
/// follows them; after a hand edit that changed its length, it ends where the line `HTTP/1.1 …` (or `HTTP/1.0 …`)
/// of the response begins. A response body runs to the end of the file. Each body is followed by one line feed
/// that is not part of it. Bodies can be edited freely: lengths are recomputed when read.
///
/// One file per exchange rather than one per test (a "cassette"): a failing replay names the file to look at, a
/// recording can be deleted or edited on its own, and a diff in review shows which exchange changed.
public struct SMSCRecordedExchange: Sendable, Hashable {
    /// The request: the endpoint (from `Host` and the request target), the soapAction and the envelope.
    public var request: SOAPRequest
    /// The response: status, headers and body.
    public var response: SOAPHTTPResponse

    /// An exchange of `request` and the `response` it got.
    public init(request: SOAPRequest, response: SOAPHTTPResponse) {
        self.request = request
        self.response = response
    }
}
