import Foundation
import Logging
import SMSC
import SMSCTesting
import SOAPRuntime
import SOAPXML
import Testing

/// The code generated from wsdl/smsc.wsdl against what PHP's SoapClient and SoapServer put on the wire for the
/// same calls (Fixtures/envelopes).
struct EnvelopeParityTests {
    /// One recorded PHP call: the fixture's name and the same call made with the generated types.
    struct RecordedCall: Sendable, CustomTestStringConvertible {
        var fixture: String
        var makeRequest: @Sendable (SOAPAddressing) throws -> SOAPRequest

        var testDescription: String { fixture }
    }

    static let smscRU = try! SOAPAddressing(endpoint: "https://smsc.ru/sys/soap.php", service: SMSCSOAP.service)

    /// The calls from the vendor's documentation, as PHP made them when the fixtures were recorded.
    static let recordedCalls: [RecordedCall] = [
        RecordedCall(fixture: "01_get_balance") {
            try SMSCSOAP.GetBalance.makeRequest(.init(login: "alex", psw: "123"), addressing: $0)
        },
        RecordedCall(fixture: "02_send_sms") {
            try SMSCSOAP.SendSMS.makeRequest(
                .init(
                    login: "alex", psw: "123", phones: "79999999999", mes: "Hello world!", id: "", sender: "ivan",
                    time: "0"),
                addressing: $0
            )
        },
        RecordedCall(fixture: "02b_send_sms_bad_password") {
            try SMSCSOAP.SendSMS.makeRequest(
                .init(
                    login: "alex", psw: "wrong", phones: "79999999999", mes: "Hello world!", id: "", sender: "ivan",
                    time: "0"),
                addressing: $0
            )
        },
        RecordedCall(fixture: "03_send_sms2") {
            try SMSCSOAP.SendSMS2.makeRequest(
                .init(
                    login: "alex", psw: "123", phones: "79999999999", mes: "Hello world!", id: "", sender: "ivan",
                    time: "0101120000",
                    query: "flash=1"
                ),
                addressing: $0
            )
        },
        RecordedCall(fixture: "03b_send_sms2_err1_errors_list") {
            try SMSCSOAP.SendSMS2.makeRequest(
                .init(
                    login: "alex", psw: "123", phones: "79999999999,7000", mes: "Hello world!", id: "", sender: "",
                    time: "0", query: "err=1"),
                addressing: $0
            )
        },
        RecordedCall(fixture: "04_get_sms_cost") {
            try SMSCSOAP.GetSMSCost.makeRequest(
                .init(login: "alex", psw: "123", phones: "79999999999", mes: "Hello world!"), addressing: $0)
        },
        RecordedCall(fixture: "05_get_sms_cost2") {
            try SMSCSOAP.GetSMSCost2.makeRequest(
                .init(login: "alex", psw: "123", phones: "79999999999", mes: "Hello world!", query: "translit=1"),
                addressing: $0
            )
        },
        RecordedCall(fixture: "06_get_status") {
            try SMSCSOAP.GetStatus.makeRequest(
                .init(login: "alex", psw: "123", phone: "79999999999", id: "999", all: "0"), addressing: $0)
        },
        RecordedCall(fixture: "07_get_status2") {
            try SMSCSOAP.GetStatus2.makeRequest(
                .init(login: "alex", psw: "123", phone: "79999999999", id: "999", all: "2", query: "charset=utf-8"),
                addressing: $0
            )
        },
    ]

    @Test(arguments: recordedCalls)
    func requestBodyMatchesPHPSoapClientByteForByte(_ call: RecordedCall) throws {
        let request = try call.makeRequest(Self.smscRU)
        let recorded = try Fixtures.requestBody(call.fixture)
        #expect(String(decoding: request.body, as: UTF8.self) == String(decoding: recorded, as: UTF8.self))
        #expect(try XMLTree(parsing: request.body).canonicalLines() == XMLTree(parsing: recorded).canonicalLines())
    }

    @Test(arguments: recordedCalls)
    func requestHeadersMatchPHPSoapClient(_ call: RecordedCall) throws {
        let request = try call.makeRequest(Self.smscRU)
        let recorded = try Fixtures.requestHead(call.fixture)
        let sent = Dictionary(uniqueKeysWithValues: request.headers.map { ($0.name.lowercased(), $0.value) })
        #expect(sent["content-type"] == recorded.headers["content-type"])
        #expect(sent["soapaction"] == recorded.headers["soapaction"])
        #expect(recorded.headers["content-length"] == String(request.body.count))
        #expect(recorded.line == "POST /sys/soap.php HTTP/1.1")
        #expect(request.url == "https://smsc.ru/sys/soap.php")
    }

    /// The project's fixtures are in SMSCTesting's format: a replay transport over them answers PHP's session, made
    /// again with the generated types, with the replies PHP's SoapServer gave, in order, using every recording.
    ///
    /// 02 and 02b differ only in the password, which replay sets aside, so they are told apart by order: each
    /// recording is used once.
    @Test
    func replayTransportOverTheFixturesAnswersPHPSession() async throws {
        let replay = try SMSCReplayTransport(directory: Fixtures.exchangesDirectory)
        for call in Self.recordedCalls {
            let response = try await replay.send(
                try call.makeRequest(Self.smscRU), options: SOAPTransportOptions(), deadline: .now + .seconds(10),
                logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
            #expect(response == (try Fixtures.exchange(call.fixture).response), "\(call.fixture)")
        }
        // The fault's request names an element the WSDL does not have, so it is posted as recorded.
        let fault = try Fixtures.exchange("08_fault_from_php_soapserver")
        let faultRequest = SOAPRequest(
            url: Self.smscRU.endpoint, soapAction: fault.request.soapAction, soapVersion: .soap11,
            body: fault.request.body)
        let faultResponse = try await replay.send(
            faultRequest, options: SOAPTransportOptions(), deadline: .now + .seconds(10),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        #expect(faultResponse.status == 500)
        try replay.verify()
    }

    @Test
    func sendEnvelopeMatchesZeepOnceSOAPPrefixesAreCanonicalised() throws {
        // zeep writes `soap-env:` and `ns0:` where PHP writes `SOAP-ENV:` and `ns1:`, and omits absent fields.
        let zeepEnvelope = try Fixtures.text("zeep_client_check.txt")
            .components(separatedBy: "\n")
            .first { $0.hasPrefix("<soap-env:Envelope") }
        let zeep = try #require(zeepEnvelope)
        let ours = try SMSCSOAP.SendSMS.makeRequest(
            .init(login: "alex", psw: "123", phones: "79999999999", mes: "Hello world!"),
            addressing: Self.smscRU
        )
        #expect(!String(decoding: ours.body, as: UTF8.self).contains(zeep))
        #expect(try XMLTree(parsing: ours.body).canonicalLines() == XMLTree(parsing: Array(zeep.utf8)).canonicalLines())
    }

    @Test
    func generatedServiceDescribesTheRecordedWSDL() {
        #expect(
            SMSCSOAP.operationNames == [
                "get_balance", "send_sms", "send_sms2", "get_sms_cost", "get_sms_cost2", "get_status", "get_status2",
            ])
        #expect(SMSCSOAP.service.targetNamespace == "https://smsc.ru/sys/soap.php")
        #expect(SMSCSOAP.service.address == "https://smsc.ru/sys/soap.php")
        #expect(SMSCSOAP.service.soapVersion == .soap11)
        #expect(SMSCSOAP.GetBalance.Input.elementName == "balance")
        #expect(SMSCSOAP.SendSMS2.Output.elementName == "Send2Response")
        #expect(SMSCSOAP.GetStatus2.operationName == "get_status2")
        #expect(SMSCSOAP.GetStatus2.wsdlSOAPAction == "https://smsc.ru/sys/soap.php")
    }
}
