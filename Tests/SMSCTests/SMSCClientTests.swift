import Foundation
import SMSC
import SOAPRuntime
import Testing

/// The typed client over a scripted transport: which operation it picks, what it sends, how replies become
/// typed results.
struct SMSCClientTests {
    @Test
    func balanceIsADecimal() async throws {
        let transport = RecordingTransport(fixture: "01_get_balance")
        let balance = try await SMSCClient.testing(transport).balance()
        #expect(balance.amount == Decimal(string: "1234.50"))
        #expect(balance.wireValues == ["balance": "1234.50", "error": "0"])
        #expect(transport.lastBody.contains("<ns1:balance><login>alex</login><psw>s3cr3t-pass</psw></ns1:balance>"))
    }

    @Test
    func aPlainSendUsesSendSMSAndSendsValuesExactlyAsGiven() async throws {
        let transport = RecordingTransport(fixture: "02_send_sms")
        let result = try await SMSCClient.testing(transport).send(
            "  Hello world! ",
            to: [" 79999999999", "+79990000000 "],
            id: "order-1042",
            sender: "ivan",
            time: .now
        )
        #expect(
            transport.lastBody.contains(
                "<ns1:send><login>alex</login><psw>s3cr3t-pass</psw><phones> 79999999999,+79990000000 "
                    + "</phones><mes>  Hello world! "
                    + "</mes><id>order-1042</id><sender>ivan</sender><time>0</time></ns1:send>"
            )
        )
        #expect(result.id == "1507")
        #expect(result.messageCount == 1)
        #expect(result.cost == Decimal(string: "2.50"))
        #expect(result.balance == Decimal(string: "1232.00"))
        #expect(result.phoneErrors.isEmpty)
        #expect(result.wireValues["id"] == "1507")
    }

    @Test
    func typedOptionsUseSendSMS2WithAPercentEncodedQuery() async throws {
        let transport = RecordingTransport(fixture: "03_send_sms2")
        var options = SMSCSendOptions(
            transliteration: .latin, flash: true, periodHours: 0.5, intervalMinutes: 10, reportInvalidPhones: true)
        options.additionalParameters = [(name: "subj", value: "a&b=c d")]
        _ = try await SMSCClient.testing(transport).send("Hi", to: ["79999999999"], options: options)
        #expect(transport.lastBody.contains("<ns1:send2>"))
        #expect(
            transport.lastBody.contains(
                "<query>translit=1&amp;flash=1&amp;period=0.5&amp;freq=10&amp;err=1&amp;subj=a%26b%3Dc%20d</query>"))
    }

    @Test
    func aRawQueryIsSentExactlyAsWritten() async throws {
        let transport = RecordingTransport(fixture: "03_send_sms2")
        _ = try await SMSCClient.testing(transport).send("Hi", to: ["79999999999"], query: "flash=1&tz=+3& x")
        #expect(transport.lastBody.contains("<query>flash=1&amp;tz=+3&amp; x</query>"))
    }

    @Test
    func theErrorsListBecomesPhoneErrors() async throws {
        let transport = RecordingTransport(fixture: "03b_send_sms2_err1_errors_list")
        let result = try await SMSCClient.testing(transport).send(
            "Hi", to: ["79999999999", "7000"], options: SMSCSendOptions(reportInvalidPhones: true))
        #expect(
            result.phoneErrors == [SMSCPhoneError(phone: "7000", status: SMSCDeliveryStatus(code: 7), wireStatus: "7")])
        #expect(result.id == "1509")
    }

    @Test
    func anAPIKeyTravelsInTheQueryOfTheTwoOperations() async throws {
        let transport = RecordingTransport(fixture: "03_send_sms2")
        let client = try SMSCClient.testing(transport, credentials: .apiKey("key/with+signs")) {
            $0.keepsLastExchange = true
        }
        _ = try await client.send("Hi", to: ["79999999999"], query: "flash=1")
        #expect(transport.lastBody.contains("<ns1:send2><login></login><psw></psw>"))
        #expect(transport.lastBody.contains("<query>apikey=key%2Fwith%2Bsigns&amp;flash=1</query>"))
        let trace = try #require(client.lastExchange)
        #expect(!trace.requestBody.contains("key%2Fwith%2Bsigns"))
        #expect(trace.requestBody.contains("<query>apikey=***&amp;flash=1</query>"))
    }

    @Test
    func statusWithAnAPIKeyUsesGetStatus2() async throws {
        let transport = RecordingTransport(fixture: "07_get_status2")
        _ = try await SMSCClient.testing(transport, credentials: .apiKey("K")).status(
            phone: "79999999999", id: "999", detail: .fullWithOperator)
        #expect(
            transport.lastBody.contains(
                "<ns1:status2><login></login><psw></psw><phone>79999999999</phone><id>999</id><all>2</all><query>api"
                    + "key=K</query></ns1:status2>"
            ))
    }

    @Test
    func balanceWithAnAPIKeyExplainsItNeedsALoginAndPassword() async throws {
        let transport = RecordingTransport(fixture: "01_get_balance")
        let client = try SMSCClient.testing(transport, credentials: .apiKey("K"))
        let error = await expectSMSCError { _ = try await client.balance() }
        guard let error, error.code == .validation, let field = error.field, let rule = error.rule else {
            Issue.record("expected a validation error, got \(String(describing: error))")
            return
        }
        #expect(field == "credentials")
        #expect(rule.contains("get_balance needs a login and password"))
        #expect(transport.requests.isEmpty)
    }

    @Test
    func costIsADecimalAndACount() async throws {
        let plain = try await SMSCClient.testing(RecordingTransport(fixture: "04_get_sms_cost")).cost(
            of: "Hello world!", to: ["79999999999"])
        #expect(
            plain
                == SMSCCostEstimate(
                    amount: Decimal(string: "2.50")!, messageCount: 1,
                    wireValues: ["cost": "2.50", "cnt": "1", "error": "0"]))

        let transport = RecordingTransport(fixture: "05_get_sms_cost2")
        let translit = try await SMSCClient.testing(transport).cost(
            of: "Привет", to: ["79999999999"], options: SMSCSendOptions(transliteration: .latin))
        #expect(translit.amount == Decimal(string: "5.00"))
        #expect(translit.messageCount == 2)
        #expect(transport.lastBody.contains("<ns1:cost2>"))
        #expect(transport.lastBody.contains("<query>translit=1</query>"))
    }

    @Test
    func statusFieldsAreTyped() async throws {
        let transport = RecordingTransport(fixture: "07_get_status2")
        let status = try await SMSCClient.testing(transport).status(
            phone: "79999999999", id: "999", detail: .fullWithOperator, query: "charset=utf-8")
        // 28.12.2019 19:20:22 in Moscow (UTC+3) is 16:20:22 UTC, which is last_timestamp 1577550022.
        #expect(status.deliveryStatus == .delivered)
        #expect(status.lastChange == Date(timeIntervalSince1970: 1_577_550_022))
        #expect(status.lastChangeTimestamp == Date(timeIntervalSince1970: 1_577_550_022))
        #expect(status.sendDate == Date(timeIntervalSince1970: 1_577_550_014))
        #expect(status.sendTimestamp == Date(timeIntervalSince1970: 1_577_550_014))
        #expect(status.deliveryError == SMSCDeliveryErrorCode.none)
        #expect(status.cost == Decimal(string: "2.50"))
        #expect(status.phone == "79999999999")
        #expect(status.senderID == "ivan")
        #expect(status.statusName == "Доставлено")
        #expect(status.message == "Hello world!")
        #expect(status.operator == "Билайн")
        #expect(status.region == "Москва")
        #expect(status.wireValues["last_date"] == "28.12.2019 19:20:22")
        #expect(transport.lastBody.contains("<all>2</all><query>charset=utf-8</query>"))
    }

    @Test
    func aBasicStatusUsesGetStatus() async throws {
        let transport = RecordingTransport(fixture: "06_get_status")
        let status = try await SMSCClient.testing(transport).status(phone: "79999999999", id: 999, detail: .basic)
        #expect(status.deliveryStatus == .delivered)
        #expect(status.sendDate == nil)
        #expect(
            transport.lastBody.contains(
                "<ns1:status><login>alex</login><psw>s3cr3t-pass</psw><phone>79999999999</phone><id>999</id><all>0</"
                    + "all></ns1:status>"
            ))
    }

    /// PHP's SoapClient leaves out an optional element the caller did not give; so does the client.
    @Test
    func aStatusWithoutDetailLeavesAllOut() async throws {
        let transport = RecordingTransport(fixture: "06_get_status")
        _ = try await SMSCClient.testing(transport).status(phone: "79999999999", id: 999)
        #expect(
            transport.lastBody.contains(
                "<ns1:status><login>alex</login><psw>s3cr3t-pass</psw><phone>79999999999</phone><id>999</id></ns1:st"
                    + "atus>"
            ))
        #expect(!transport.lastBody.contains("<all>"))
    }

    @Test(arguments: [
        (-3, SMSCDeliveryStatus.notFound), (-2, .stopped), (-1, .waiting), (0, .transferred), (1, .delivered),
        (2, .read), (3, .expired),
        (4, .linkClicked), (20, .undeliverable), (22, .invalidNumber), (23, .prohibited), (24, .insufficientFunds),
        (25, .unavailableNumber), (21, SMSCDeliveryStatus(code: 21)), (-7, SMSCDeliveryStatus(code: -7)),
    ])
    func deliveryStatusCodes(code: Int, status: SMSCDeliveryStatus) async throws {
        let transport = RecordingTransport(
            body: soapReply("StatusResponse", "statusresult", "<status>\(code)</status><err>0</err>"))
        let result = try await SMSCClient.testing(transport).status(phone: "79999999999", id: "1")
        #expect(result.deliveryStatus == status)
        #expect(result.deliveryStatus.code == code)
    }
}

extension SMSCClientTests {
    @Test(arguments: [
        ("https://smsc.ru/sys/soap.php", true), ("http://SMSC.UA/sys/soap.php", true),
        ("https://smsc.kz:443/sys/soap.php", true),
        ("https://smscentre.com/sys/soap.php", true), ("http://127.0.0.1:8080/sys/soap.php", false),
        ("https://smsc.ru.example.com/x", false),
    ])
    func vendorHostsAreRecognised(url: String, isVendor: Bool) {
        #expect(SMSCEndpoint(url: url).isVendorHost == isVendor)
    }

    @Test(arguments: [
        (SMSCCredentials.login("al\u{0}ex", password: "p"), "login", "U+0000 at offset 2"),
        (SMSCCredentials.login("alex", password: "p\u{1B}"), "password", "U+001B at offset 1"),
        (SMSCCredentials.apiKey("\u{FFFE}K"), "apiKey", "U+FFFE at offset 0"),
    ])
    func credentialsNoRequestCouldCarryAreRefusedWhenTheClientIsMade(
        credentials: SMSCCredentials, field: String, character: String
    ) throws {
        let transport = RecordingTransport(fixture: "01_get_balance")
        let error = #expect(throws: SMSCError.self) { try SMSCClient.testing(transport, credentials: credentials) }
        #expect(error?.code == .validation)
        #expect(error?.field == field)
        #expect(error?.rule?.contains(character) == true, "\(String(describing: error?.rule))")
        #expect(error?.operation == nil)
    }
}
