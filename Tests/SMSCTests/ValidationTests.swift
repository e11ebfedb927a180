import Foundation
import SMSC
import SOAPRuntime
import Testing

/// The documented input rules: each failure names the field and the rule, and nothing is sent.
struct ValidationTests {
    struct SendInput: Sendable, CustomTestStringConvertible {
        var name: String
        var message = "Hi"
        var phones = ["79999999999"]
        var id: SMSCMessageID?
        var sender: String?
        var options = SMSCSendOptions()
        var query: String?
        var field: String
        var rule: String
        var testDescription: String { name }
    }

    static let idRule = "must be a number from 1 to 2147483647, or up to 40 Latin letters, digits, '.', '-' and '_'"

    static let invalidSends: [SendInput] = [
        SendInput(name: "empty message", message: "", field: "message", rule: "must not be empty"),
        SendInput(
            name: "message over 1000", message: String(repeating: "я", count: 1001), field: "message",
            rule: "must be at most 1000 characters, but has 1001"),
        SendInput(name: "no phones", phones: [], field: "phones", rule: "must name at least one recipient"),
        SendInput(name: "an empty phone", phones: ["79999999999", " "], field: "phones[1]", rule: "must not be empty"),
        SendInput(
            name: "a list in one element", phones: ["79999999999;79990000000"], field: "phones[0]",
            rule: "must be one recipient, not a list: give each one as an element of its own"),
        SendInput(name: "id 0", id: 0, field: "id", rule: idRule),
        SendInput(name: "id 2147483648", id: 2_147_483_648, field: "id", rule: idRule),
        SendInput(name: "id with a space", id: "order 1", field: "id", rule: idRule),
        SendInput(
            name: "id of 41 characters", id: SMSCMessageID(String(repeating: "a", count: 41)), field: "id", rule: idRule
        ),
        SendInput(name: "id with Cyrillic", id: "заказ", field: "id", rule: idRule),
        SendInput(name: "empty id", id: "", field: "id", rule: idRule),
        SendInput(
            name: "sender of 12 characters", sender: "ABCDEFGHIJKL", field: "sender",
            rule: "must be at most 11 characters, or at most 15 digits"),
        SendInput(
            name: "sender of 16 digits", sender: "1234567890123456", field: "sender",
            rule: "must be at most 11 characters, or at most 15 digits"),
        SendInput(
            name: "NUL in message", message: "Hel\u{0}lo", field: "message",
            rule:
                "character U+0000 at offset 3 cannot be carried by XML 1.0 (allowed: tab, LF, CR and U+0020 or "
                    + "above, except U+FFFE and U+FFFF)"
        ),
        SendInput(
            name: "ESC in phones", phones: ["7999\u{1B}"], field: "phones",
            rule:
                "character U+001B at offset 4 cannot be carried by XML 1.0 (allowed: tab, LF, CR and U+0020 or "
                    + "above, except U+FFFE and U+FFFF)"
        ),
        SendInput(
            name: "U+FFFF in sender", sender: "a\u{FFFF}", field: "sender",
            rule:
                "character U+FFFF at offset 1 cannot be carried by XML 1.0 (allowed: tab, LF, CR and U+0020 or "
                    + "above, except U+FFFE and U+FFFF)"
        ),
        SendInput(
            name: "control in query", query: "flash=1\u{7}", field: "query",
            rule:
                "character U+0007 at offset 7 cannot be carried by XML 1.0 (allowed: tab, LF, CR and U+0020 or "
                    + "above, except U+FFFE and U+FFFF)"
        ),
        SendInput(
            name: "options and query", options: SMSCSendOptions(flash: true), query: "flash=1", field: "query",
            rule: "give typed options or a raw query, not both: a raw query is sent exactly as written"),
        SendInput(
            name: "validity 25 hours", options: SMSCSendOptions(validityHours: 25), field: "validityHours",
            rule: "must be from 1 to 24 hours"),
        SendInput(
            name: "maxsms 0", options: SMSCSendOptions(maximumParts: 0), field: "maximumParts",
            rule: "must be 1 or more"),
        SendInput(
            name: "period without freq", options: SMSCSendOptions(periodHours: 2), field: "periodHours",
            rule: "needs intervalMinutes (the service ignores a period without freq)"),
        SendInput(
            name: "freq without period", options: SMSCSendOptions(intervalMinutes: 5), field: "intervalMinutes",
            rule: "needs periodHours (the service documents freq only as the interval of a period)"),
        SendInput(
            name: "period 0.05", options: SMSCSendOptions(periodHours: 0.05, intervalMinutes: 5), field: "periodHours",
            rule: "must be from 0.1 to 720 hours"),
        SendInput(
            name: "freq 1441", options: SMSCSendOptions(periodHours: 1, intervalMinutes: 1441),
            field: "intervalMinutes", rule: "must be from 1 to 1440 minutes"),
    ]

    @Test(arguments: invalidSends)
    func invalidSendsAreRefusedBeforeSending(_ input: SendInput) async throws {
        let transport = RecordingTransport(fixture: "02_send_sms")
        let client = try SMSCClient.testing(transport)
        let error = await expectSMSCError {
            _ = try await client.send(
                input.message, to: input.phones, id: input.id, sender: input.sender, options: input.options,
                query: input.query)
        }
        guard let error, error.code == .validation, let field = error.field, let rule = error.rule else {
            Issue.record("expected a validation error, got \(String(describing: error))")
            return
        }
        #expect(field == input.field)
        #expect(rule == input.rule)
        #expect(!error.mayHaveReachedServer)
        #expect(!error.isRetrySafe)
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: ["1", "2147483647", "order-1042", "a.b_c-d", String(repeating: "z", count: 40)])
    func validIdentifiersAreSent(_ id: String) async throws {
        let transport = RecordingTransport(fixture: "02_send_sms")
        _ = try await SMSCClient.testing(transport).send("Hi", to: ["7"], id: SMSCMessageID(id))
        #expect(transport.lastBody.contains("<id>\(id)</id>"))
    }

    @Test(arguments: ["ABCDEFGHIJK", "123456789012345", ""])
    func validSendersAreSent(_ sender: String) async throws {
        let transport = RecordingTransport(fixture: "02_send_sms")
        _ = try await SMSCClient.testing(transport).send("Hi", to: ["7"], sender: sender)
        #expect(transport.lastBody.contains("<sender>\(sender)</sender>"))
    }

    @Test(arguments: [
        "0101120000", "01.01.12 00:00", "01.01.12 9:05", "10-18", "22-6", "0-24", "2902241200", "29.02.24 12:00",
        "01577550022", "+30", "0",
    ])
    func documentedTimeFormatsAreAccepted(_ text: String) {
        #expect(SMSCSendTime(rawValue: text)?.rawValue == text)
    }

    @Test(arguments: [
        "", "tomorrow", "2019-12-28 19:20", "01.01.2012 00:00", "+", "1-2-3", "123456789", "+-5", "10-180",
        // The right shape, but no such time: refused here rather than sent to get error 5.
        "9999999999", "3102261200", "2902251200", "31.02.26 10:00", "01.13.26 10:00", "01.01.26 24:00",
        "01.01.26 10:60",
        "00.01.26 10:00", "25-30", "10-10",
    ])
    func otherTimeFormatsAreRefused(_ text: String) {
        #expect(SMSCSendTime(rawValue: text) == nil)
    }

    @Test
    func timeHelpersWriteTheDocumentedForms() {
        #expect(SMSCSendTime.now.rawValue == "0")
        #expect(SMSCSendTime.inMinutes(30).rawValue == "+30")
        #expect(SMSCSendTime.atUnixTime(1_577_550_022).rawValue == "01577550022")
        #expect(SMSCSendTime.betweenHours(10, 18).rawValue == "10-18")
    }

    @Test
    func statusNeedsAPhoneAndAnID() async throws {
        let transport = RecordingTransport(fixture: "06_get_status")
        let client = try SMSCClient.testing(transport)
        let noPhone = await expectSMSCError { _ = try await client.status(phone: " ", id: "1") }
        #expect(
            noPhone.map { "\($0)" } == "get_status: invalid phone: must name the recipient; nothing was sent")
        let noID = await expectSMSCError { _ = try await client.status(phone: "7", id: "") }
        #expect(noID.map { "\($0)" } == "get_status: invalid id: must not be empty; nothing was sent")
        #expect(transport.requests.isEmpty)
    }
}
