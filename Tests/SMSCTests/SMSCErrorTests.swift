import Foundation
import SMSC
import SOAPRuntime
import SOAPXML
import Testing

/// Every kind of ``SMSCError``: what it carries, whether the request may have reached the service and whether a
/// retry is safe.
struct SMSCErrorTests {
    // MARK: Service errors

    @Test
    func aServiceErrorThrowsWithItsMeaningForTheOperation() async throws {
        let badPassword = RecordingTransport(fixture: "02b_send_sms_bad_password")
        let error = await expectSMSCError {
            _ = try await SMSCClient.testing(badPassword).send("Hi", to: ["79999999999"])
        }
        guard let error, error.code == .service, let service = error.serviceError else {
            Issue.record("expected a service error, got \(String(describing: error))")
            return
        }
        #expect(service.code == 2)
        #expect(error.httpStatus == 200)
        #expect(error.underlyingError == nil)
        #expect(service.kind == .invalidCredentials)
        #expect(error.operation == .sendSMS)
        #expect(error.mayHaveReachedServer == true)
        #expect(error.isRetrySafe == false)
        #expect(
            error.description
                == "send_sms: the service answered error 2: invalid login or password, or the client IP is not allowed")
    }

    @Test(arguments: [
        ("send", 3, SMSCServiceError.Kind.insufficientFunds),
        ("cost", 3, .insufficientFunds),
        ("status", 3, .messageNotFound),
        ("balance", 3, .undocumented),
        ("send", 7, .invalidPhoneFormat),
        ("status", 7, .undocumented),
        ("send", 9, .rateLimited),
        ("balance", 4, .ipTemporarilyBlocked),
    ])
    func codesMeanWhatTheDocumentationSaysForEachOperation(
        operation: String, code: Int, kind: SMSCServiceError.Kind
    ) async throws {
        let error: SMSCError?
        switch operation {
        case "send":
            let transport = RecordingTransport(body: soapReply("SendResponse", "sendresult", "<error>\(code)</error>"))
            error = await expectSMSCError { _ = try await SMSCClient.testing(transport).send("Hi", to: ["79999999999"]) }
        case "cost":
            let transport = RecordingTransport(body: soapReply("CostResponse", "costresult", "<error>\(code)</error>"))
            error = await expectSMSCError {
                _ = try await SMSCClient.testing(transport).cost(of: "Hi", to: ["79999999999"])
            }
        case "status":
            let transport = RecordingTransport(
                body: soapReply("StatusResponse", "statusresult", "<error>\(code)</error>"))
            error = await expectSMSCError {
                _ = try await SMSCClient.testing(transport).status(phone: "79999999999", id: "1")
            }
        default:
            let transport = RecordingTransport(
                body: soapReply("BalanceResponse", "balanceresult", "<error>\(code)</error>"))
            error = await expectSMSCError { _ = try await SMSCClient.testing(transport).balance() }
        }
        guard let service = error?.serviceError else {
            Issue.record("expected a service error, got \(String(describing: error))")
            return
        }
        #expect(error?.code == .service)
        #expect(service.code == code)
        #expect(service.kind == kind)
    }

    @Test
    func rateLimitsAreRetrySafeExceptForSends() async throws {
        let status = RecordingTransport(body: soapReply("StatusResponse", "statusresult", "<error>9</error>"))
        let statusError = await expectSMSCError { _ = try await SMSCClient.testing(status).status(phone: "7", id: "1") }
        #expect(statusError?.isRetrySafe == true)

        // For a send, 9 means an identical send went through less than a minute ago.
        let send = RecordingTransport(body: soapReply("SendResponse", "sendresult", "<error>9</error>"))
        let sendError = await expectSMSCError { _ = try await SMSCClient.testing(send).send("Hi", to: ["7"]) }
        #expect(sendError?.isRetrySafe == false)
    }

    // MARK: Faults and HTTP

    @Test
    func aSOAPFaultCarriesItsCodeAndTheHTTPStatus() async throws {
        let transport = RecordingTransport(fixture: "08_fault_from_php_soapserver", status: 500)
        let error = await expectSMSCError { _ = try await SMSCClient.testing(transport).send("Hi", to: ["7"]) }
        guard let error, error.code == .fault, let fault = error.fault else {
            Issue.record("expected a fault, got \(String(describing: error))")
            return
        }
        #expect(fault.code == "SOAP-ENV:Server")
        #expect(fault.reason == "Procedure 'send_sms' not present")
        #expect(error.httpStatus == 500)
        #expect(error.isRetrySafe == false)
    }

    /// A server can send a fault of any size; the description (what logs and the tool print) quotes a bounded part of
    /// it and says how long it was, while the error keeps it whole for code that wants it.
    @Test
    func aHugeFaultIsKeptWholeButDescribedInABoundedMessage() async throws {
        let reason = String(repeating: "x", count: 900_000)
        let body = """
            <?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope \
            xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault>\
            <faultcode>SOAP-ENV:Server</faultcode><faultstring>\(reason)</faultstring></SOAP-ENV:Fault>\
            </SOAP-ENV:Body></SOAP-ENV:Envelope>
            """
        let transport = SOAPClosureTransport { _ in
            SOAPHTTPResponse(status: 500, headers: ["Content-Type": "text/xml"], body: Array(body.utf8))
        }
        let error = await expectSMSCError { _ = try await SMSCClient.testing(transport).balance() }
        #expect(error?.fault?.reason == reason)
        let description = try #require(error?.description)
        #expect(description.count < SMSCError.maximumQuotedLength + 200)
        #expect(description.contains("… [cut: 2048 of 900000 characters] (HTTP 500)"))
        let fault = try #require(error?.fault)
        #expect(fault.description.count < SOAPFault.maximumDescribedLength + 100)
        #expect(fault.description.hasSuffix("… [cut: 2048 of 900000 characters]"))
    }

    @Test
    func aFaultWithStatus200IsStillAFault() async throws {
        let transport = RecordingTransport(fixture: "08_fault_from_php_soapserver", status: 200)
        let error = await expectSMSCError { _ = try await SMSCClient.testing(transport).balance() }
        #expect(error?.code == .fault)
        #expect(error?.httpStatus == 200)
    }

    @Test
    func anHTMLErrorPageIsAnHTTPStatusErrorWithTheFirstBytes() async throws {
        let transport = RecordingTransport(
            status: 502, contentType: "text/html", body: "<html><body><h1>502 Bad Gateway</h1></body></html>")
        let error = await expectSMSCError { _ = try await SMSCClient.testing(transport).balance() }
        #expect(error?.code == .httpStatus)
        #expect(error?.httpStatus == 502)
        #expect(error?.responseBodyPrefix == "\"<html><body><h1>502 Bad Gateway</h1></body></html>\"")
        #expect(error?.isRetrySafe == true)
    }

    @Test
    func anHTTPErrorOnASendIsNotRetrySafe() async throws {
        let transport = RecordingTransport(status: 503, contentType: "text/plain", body: "busy")
        let error = await expectSMSCError { _ = try await SMSCClient.testing(transport).send("Hi", to: ["7"]) }
        #expect(error?.mayHaveReachedServer == true)
        #expect(error?.isRetrySafe == false)
    }

    // MARK: Protocol violations

    struct BadReply: Sendable, CustomTestStringConvertible {
        var name: String
        var body: [UInt8]
        var contentType = "text/xml; charset=utf-8"
        /// What the envelope reader found, when it refused the reply; `nil` for a reply it read whose field then held
        /// a value its meaning does not allow.
        var envelopeCode: SOAPEnvelopeError.Code? = .invalidXML
        /// Why the XML parser refused it, for ``SOAPEnvelopeError/Code/invalidXML``.
        var xmlKind: XMLParsingError.Kind? = .malformed
        /// The field named, for a value its meaning does not allow.
        var field: String?
        /// A part of the message.
        var explanation: String?
        var testDescription: String { name }
    }

    static let badReplies: [BadReply] = [
        BadReply(name: "empty body", body: []),
        BadReply(name: "HTML with 200", body: Array("<html><body>Maintenance".utf8), contentType: "text/html"),
        BadReply(
            name: "truncated XML",
            body: Array(soapReply("BalanceResponse", "balanceresult", "<balance>1</balance>").utf8.prefix(120))),
        BadReply(
            name: "invalid UTF-8",
            body: Array(soapReply("BalanceResponse", "balanceresult", "<balance>1</balance><error>0</error>").utf8).map
            { $0 == UInt8(ascii: "1") ? 0xFF : $0 }),
        BadReply(
            name: "DOCTYPE",
            body: Array("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>".utf8),
            xmlKind: .doctypeForbidden
        ),
        BadReply(
            name: "too deep",
            body: Array((String(repeating: "<a>", count: 40) + String(repeating: "</a>", count: 40)).utf8),
            xmlKind: .tooDeep
        ),
        BadReply(
            name: "not an envelope", body: Array("<balance>1</balance>".utf8), envelopeCode: .notAnEnvelope,
            xmlKind: nil,
            explanation: "not a SOAP envelope: the document element is balance"
        ),
        BadReply(
            name: "cost that is not a number",
            body: Array(soapReply("BalanceResponse", "balanceresult", "<balance>12,50</balance><error>0</error>").utf8),
            envelopeCode: nil,
            xmlKind: nil,
            field: "balance",
            explanation: "`balance` is \"12,50\", which is not a valid value"
        ),
        BadReply(
            name: "schema mismatch",
            body: Array(soapReply("BalanceResponse", "balanceresult", "<error>0</error><error>0</error>").utf8),
            envelopeCode: .invalidBody,
            xmlKind: nil,
            explanation: "BalanceResponse/balanceresult: element `error` appears 2 times but the schema allows it once"
        ),
    ]

    @Test(arguments: badReplies)
    func repliesThatBreakTheProtocolAreInvalidResponses(_ reply: BadReply) async throws {
        let transport = RecordingTransport { _ in
            SOAPHTTPResponse(status: 200, headers: ["Content-Type": reply.contentType], body: reply.body)
        }
        let error = await expectSMSCError { _ = try await SMSCClient.testing(transport).balance() }
        guard let error, error.code == .invalidResponse else {
            Issue.record("expected an invalid response, got \(String(describing: error))")
            return
        }
        #expect(error.envelopeError?.code == reply.envelopeCode)
        #expect(error.envelopeError?.xmlError?.kind == reply.xmlKind)
        #expect(error.transportError == nil)
        #expect(error.httpStatus == 200)
        #expect(error.responseBodyPrefix != nil)
        #expect(error.field == reply.field)
        if let explanation = reply.explanation {
            #expect(error.message.contains(explanation))
        }
        #expect(error.mayHaveReachedServer == true)
    }

    @Test
    func aReplyLargerThanTheLimitIsRefused() async throws {
        let big = soapReply(
            "BalanceResponse", "balanceresult",
            "<balance>1</balance><error>0</error><pad>\(String(repeating: "x", count: 4096))</pad>")
        let transport = RecordingTransport(body: big)
        let client = try SMSCClient.testing(transport) { $0.maximumResponseSize = 1024 }
        let error = await expectSMSCError { _ = try await client.balance() }
        #expect(error?.code == .invalidResponse)
        #expect(error?.transportError?.code == .responseTooLarge)
        // The limit that was passed, never the body's length.
        #expect(error?.responseSizeLimit == 1024)
    }

    @Test
    func aWindows1251ReplyDecodesByItsContentTypeCharset() async throws {
        // "Москва" in windows-1251, in a document without an XML declaration.
        let moscow: [UInt8] = [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]
        let head = Array(
            """
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><ns1:StatusResponse xmlns:ns1="x">\
            <statusresult><status>1</status><region>
            """.utf8
        )
        let tail = Array("</region></statusresult></ns1:StatusResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>".utf8)
        let transport = RecordingTransport { _ in
            SOAPHTTPResponse(
                status: 200, headers: ["Content-Type": "text/xml; charset=windows-1251"], body: head + moscow + tail)
        }
        let status = try await SMSCClient.testing(transport).status(phone: "7", id: "1", detail: .fullWithOperator)
        #expect(status.region == "Москва")
    }

    // MARK: Transport

    @Test(arguments: [
        (SOAPTransportError.Code.connect, false, SMSCError.Code.transport, true),
        (.tls, false, .transport, false),
        (.timeout, false, .transport, true),
        (.timeout, true, .transport, false),
        (.cancelled, true, .cancelled, false),
        (.connectionFailed, true, .transport, false),
    ])
    func transportFailuresOfASend(
        kind: SOAPTransportError.Code, reached: Bool, expected: SMSCError.Code, retrySafe: Bool
    ) async throws {
        let transport = RecordingTransport { _ in
            throw SOAPTransportError(code: kind, message: "simulated", requestMayHaveReachedServer: reached)
        }
        let error = await expectSMSCError { _ = try await SMSCClient.testing(transport).send("Hi", to: ["7"]) }
        guard let error else { return }
        #expect(error.code == expected)
        #expect(error.transportError?.code == kind)
        // A send without an id that may have arrived cannot be checked, and the message says so.
        #expect(
            error.message
                == (reached
                    ? "simulated; it may have been sent: without an id there is nothing to check its status by (give the send an id, or set generatesMessageIDs)"
                    : "simulated"))
        #expect(error.messageMayHaveBeenSent == reached)
        #expect((error.underlyingError as? SOAPTransportError)?.code == kind)
        // No response arrived: nothing stands in for a status or a body.
        #expect(error.httpStatus == nil)
        #expect(error.responseBodyPrefix == nil)
        #expect(error.mayHaveReachedServer == reached)
        #expect(error.isRetrySafe == retrySafe)
    }

    @Test
    func codesMatchInCatchPatternsAndSwitches() async throws {
        let transport = RecordingTransport { _ in
            throw SOAPTransportError(code: .timeout, message: "slow", requestMayHaveReachedServer: false)
        }
        let client = try SMSCClient.testing(transport)
        // In a closure the thrown error is `any Error`: the code pattern still matches.
        let matched: @Sendable () async -> String = {
            do {
                _ = try await client.balance()
                return "no error"
            } catch SMSCError.Code.transport {
                return "transport"
            } catch {
                return "other: \(error)"
            }
        }
        #expect(await matched() == "transport")
        let error = await expectSMSCError { _ = try await client.balance() }
        switch error?.code {
        case .transport?: break
        default: Issue.record("expected a transport failure, got \(String(describing: error))")
        }
        #expect(!(SMSCError.Code.service ~= (error as (any Error)?)!))
        #expect(SMSCError.Code.transport.description == "transport")
        #expect(error?.transportError?.code == .timeout)
        #expect(SMSCError.Code.httpStatus.description == "http_status")
    }

    @Test
    func aTimeoutAfterSendingIsRetrySafeForIdempotentOperations() async throws {
        let transport = RecordingTransport { _ in
            throw SOAPTransportError(code: .timeout, message: "slow", requestMayHaveReachedServer: true)
        }
        let error = await expectSMSCError { _ = try await SMSCClient.testing(transport).status(phone: "7", id: "1") }
        #expect(error?.isRetrySafe == true)
    }

    @Test
    func aCancelledTaskSendsNothing() async throws {
        let transport = RecordingTransport(fixture: "02_send_sms")
        let client = try SMSCClient.testing(transport)
        let task = Task {
            try? await Task.sleep(for: .seconds(60))
            return await expectSMSCError { _ = try await client.send("Hi", to: ["7"]) }
        }
        task.cancel()
        let error = await task.value
        #expect(error?.code == .cancelled)
        #expect(error?.mayHaveReachedServer == false)
        #expect(error?.isRetrySafe == true)
        #expect(transport.requests.isEmpty)
    }

    @Test
    func anInvalidEndpointIsRefusedWhenTheClientIsMade() {
        let error = #expect(throws: SMSCError.self) {
            _ = try SMSCClient(
                credentials: .login("a", password: "b"),
                configuration: .init(endpoint: SMSCEndpoint(url: "smsc.ru/sys/soap.php")))
        }
        #expect(error?.operation == nil)
        #expect(
            error.map { "\($0)" }
                == "SMSCClient: invalid endpoint: \"smsc.ru/sys/soap.php\" is not an absolute http:// or https:// "
                    + "URL with a host; nothing was sent"
        )
    }

    @Test(
        arguments: [
            ("timeout", SMSCClient.Configuration(timeout: .zero), "must be more than zero, not 0.0 seconds"),
            ("maximumResponseSize", SMSCClient.Configuration(maximumResponseSize: 0), "must be more than zero, not 0"),
            (
                "maximumResponseDepth", SMSCClient.Configuration(maximumResponseDepth: -1),
                "must be more than zero, not -1"
            ),
            (
                "retryPolicy.maximumAttempts", SMSCClient.Configuration(retryPolicy: .init(maximumAttempts: 0)),
                "must be at least 1, not 0"
            ),
            (
                "retryPolicy.maximumBackoff",
                SMSCClient.Configuration(retryPolicy: .init(maximumBackoff: .seconds(-1))),
                "cannot be negative, not -1.0 seconds"
            ),
            (
                "retryPolicy.backoffMultiplier", SMSCClient.Configuration(retryPolicy: .init(backoffMultiplier: .nan)),
                "must be a finite number of at least 1, not nan"
            ),
            (
                "rateLimits.statusRequestsPerMessagePerMinute",
                SMSCClient.Configuration(rateLimits: .init(statusRequestsPerMessagePerMinute: 0)),
                "must be at least 1, not 0"
            ),
        ] as [(String, SMSCClient.Configuration, String)])
    func settingsThatCannotWorkAreRefusedWhenTheClientIsMade(
        field: String, configuration: SMSCClient.Configuration, rule: String
    ) {
        let error = #expect(throws: SMSCError.self) {
            _ = try SMSCClient(
                credentials: .login("a", password: "b"), configuration: configuration,
                transport: RecordingTransport(body: ""))
        }
        #expect(error?.code == .validation)
        #expect(error?.field == field)
        #expect(error?.rule == rule)
    }
}
