import Foundation
import SMSC
import SOAPRuntime
import Testing

/// The generated decoders against PHP SoapServer's replies, and the generated encoders against the same bytes
/// (what the sandbox server will send).
struct ResponseDecodingTests {
    @Test
    func balanceResponseDecodesAndReencodesExactly() throws {
        let bytes = try Fixtures.responseBody("01_get_balance")
        let response = try SMSCSOAP.GetBalance.decodeResponse(bytes)
        #expect(response == .init(balanceresult: .init(balance: "1234.50", error: "0")))
        try expectPHPServerBytes(response, fixture: "01_get_balance")
    }

    @Test
    func sendResponsesDecode() throws {
        let send = try SMSCSOAP.SendSMS.decodeResponse(Fixtures.responseBody("02_send_sms"))
        #expect(send.sendresult == .init(id: "1507", balance: "1232.00", cost: "2.50", cnt: "1", error: "0"))
        try expectPHPServerBytes(send, fixture: "02_send_sms")

        let badPassword = try SMSCSOAP.SendSMS.decodeResponse(Fixtures.responseBody("02b_send_sms_bad_password"))
        #expect(badPassword.sendresult == .init(error: "2"))
        try expectPHPServerBytes(badPassword, fixture: "02b_send_sms_bad_password")

        let send2 = try SMSCSOAP.SendSMS2.decodeResponse(Fixtures.responseBody("03_send_sms2"))
        #expect(
            send2.sendresult == .init(id: "1508", balance: "1229.50", cost: "2.50", cnt: "1", error: "0", errors: []))
        try expectPHPServerBytes(send2, fixture: "03_send_sms2")
    }

    @Test
    func aSingleErrorsElementIsStillAnArray() throws {
        let response = try SMSCSOAP.SendSMS2.decodeResponse(Fixtures.responseBody("03b_send_sms2_err1_errors_list"))
        #expect(response.sendresult.errors == [SMSCSOAP.ErrorType(phone: "7000", status: "7")])
        #expect(response.sendresult.id == "1509")
        try expectPHPServerBytes(response, fixture: "03b_send_sms2_err1_errors_list")
    }

    @Test
    func severalErrorsElementsKeepTheirOrder() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="https://smsc.ru/sys/soap.php">\
            <SOAP-ENV:Body><ns1:Send2Response><sendresult><error>0</error>\
            <errors><phone>7000</phone><status>7</status></errors>\
            <errors><status>8</status><phone>7001</phone></errors>\
            </sendresult></ns1:Send2Response></SOAP-ENV:Body></SOAP-ENV:Envelope>
            """
        let response = try SMSCSOAP.SendSMS2.decodeResponse(Array(xml.utf8))
        #expect(response.sendresult.errors == [.init(phone: "7000", status: "7"), .init(phone: "7001", status: "8")])
    }

    @Test
    func costAndStatusResponsesDecode() throws {
        let cost = try SMSCSOAP.GetSMSCost.decodeResponse(Fixtures.responseBody("04_get_sms_cost"))
        #expect(cost.costresult == .init(cost: "2.50", cnt: "1", error: "0"))
        try expectPHPServerBytes(cost, fixture: "04_get_sms_cost")

        let cost2 = try SMSCSOAP.GetSMSCost2.decodeResponse(Fixtures.responseBody("05_get_sms_cost2"))
        #expect(cost2.costresult == .init(cost: "5.00", cnt: "2", error: "0"))
        try expectPHPServerBytes(cost2, fixture: "05_get_sms_cost2")

        let status = try SMSCSOAP.GetStatus.decodeResponse(Fixtures.responseBody("06_get_status"))
        #expect(
            status.statusresult
                == .init(status: "1", lastDate: "28.12.2019 19:20:22", lastTimestamp: "1577550022", err: "0"))
        try expectPHPServerBytes(status, fixture: "06_get_status")

        let status2 = try SMSCSOAP.GetStatus2.decodeResponse(Fixtures.responseBody("07_get_status2"))
        #expect(
            status2.statusresult
                == .init(
                    status: "1", lastDate: "28.12.2019 19:20:22", lastTimestamp: "1577550022", err: "0",
                    sendDate: "28.12.2019 19:20:14",
                    sendTimestamp: "1577550014", phone: "79999999999", cost: "2.50", senderID: "ivan",
                    statusName: "Доставлено",
                    message: "Hello world!", operator: "Билайн", region: "Москва"
                )
        )
        try expectPHPServerBytes(status2, fixture: "07_get_status2")
    }

    @Test
    func unknownElementsAnyOrderAndOtherPrefixesAreTolerated() throws {
        // The live service adds fields such as sms_cnt; other SOAP stacks choose other prefixes and may indent.
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
              <soap:Body>
                <Status2Response xmlns="https://smsc.kz/sys/soap.php">
                  <statusresult xmlns="">
                    <region>Москва</region>
                    <sms_cnt>1</sms_cnt>
                    <!-- a comment -->
                    <status>1</status>
                    <message><![CDATA[Hello <world> & all]]></message>
                    <future><nested>x</nested></future>
                    <last_timestamp>1577550022</last_timestamp>
                  </statusresult>
                  <extra/>
                </Status2Response>
              </soap:Body>
            </soap:Envelope>
            """
        let response = try SMSCSOAP.GetStatus2.decodeResponse(Array(xml.utf8))
        #expect(
            response.statusresult
                == .init(status: "1", lastTimestamp: "1577550022", message: "Hello <world> & all", region: "Москва"))
    }

    @Test
    func phpSoapServerFaultBecomesATypedFault() throws {
        let bytes = try Fixtures.responseBody("08_fault_from_php_soapserver")
        do {
            _ = try SMSCSOAP.SendSMS.decodeResponse(bytes)
            Issue.record("a fault must throw")
        } catch {
            guard let fault = error.fault else {
                Issue.record("expected a fault, got \(error)")
                return
            }
            #expect(fault.code == "SOAP-ENV:Server")
            #expect(
                fault.resolvedCode
                    == .init(namespaceURI: "http://schemas.xmlsoap.org/soap/envelope/", localName: "Server"))
            #expect(fault.reason == "Procedure 'send_sms' not present")
            #expect(fault.actor == nil)
            #expect(fault.soapVersion == .soap11)
        }
    }

    @Test
    func aReplyForAnotherOperationIsRejected() throws {
        #expect(
            throws: SOAPEnvelopeError.unexpectedBodyElement(
                expected: "BalanceResponse",
                found: .init(namespaceURI: "https://smsc.ru/sys/soap.php", localName: "SendResponse"))
        ) {
            try SMSCSOAP.GetBalance.decodeResponse(Fixtures.responseBody("02_send_sms"))
        }
    }

    @Test
    func aMissingRequiredElementNamesItsPath() throws {
        let xml = """
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body>\
            <ns1:Send2Response xmlns:ns1="https://smsc.ru/sys/soap.php"><sendresult><errors><phone>7000</phone></errors></sendresult>\
            </ns1:Send2Response></SOAP-ENV:Body></SOAP-ENV:Envelope>
            """
        do {
            _ = try SMSCSOAP.SendSMS2.decodeResponse(Array(xml.utf8))
            Issue.record("a missing required element must throw")
        } catch {
            guard let decodingError = error.decodingError else {
                Issue.record("expected invalidBody, got \(error)")
                return
            }
            #expect(
                decodingError.description == "Send2Response/sendresult/errors[0]: required element `status` is missing")
        }
    }

    /// What the generated encoder writes for `response` equals PHP SoapServer's reply byte for byte.
    private func expectPHPServerBytes<Body: SOAPBodyElement>(
        _ response: Body,
        fixture: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let encoded = try SOAPEnvelope.encode(response, version: .soap11, namespaces: ["https://smsc.ru/sys/soap.php"])
        #expect(
            String(decoding: encoded, as: UTF8.self)
                == String(decoding: try Fixtures.responseBody(fixture), as: UTF8.self),
            sourceLocation: sourceLocation
        )
    }
}
