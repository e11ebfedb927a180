import Testing

@testable import SMSC

/// The masking every log line, trace, `lastExchange` and error description goes through: the login, the password and
/// the API key (whatever its case, in a query inside an element or in a URL), and message texts.
struct RedactionTests {
    @Test func hidesTheLoginAndPasswordElements() {
        let envelope = "<ns1:send><login>alex-7781</login><psw>pa55-w0rd</psw><phones>79990000001</phones></ns1:send>"
        #expect(
            Redaction.redact(envelope)
                == "<ns1:send><login>***</login><psw>***</psw><phones>79990000001</phones></ns1:send>")
    }

    @Test func hidesMessageTextsInRequestsAndReplies() {
        #expect(Redaction.redact("<mes>code 4711</mes><sender>Shop</sender>") == "<mes>***</mes><sender>Shop</sender>")
        #expect(
            Redaction.redact("<status>1</status><message>code 4711</message>")
                == "<status>1</status><message>***</message>")
        // Every occurrence, empty ones included.
        #expect(Redaction.redact("<mes>a</mes><mes></mes><mes>b</mes>") == "<mes>***</mes><mes>***</mes><mes>***</mes>")
    }

    @Test func hidesAnElementCutOffByTheEndOfTheTextToTheEnd() {
        // A body's first bytes can end inside the password or the text.
        #expect(Redaction.redact("<login>alex</login><psw>pa55-w") == "<login>***</login><psw>***")
        #expect(Redaction.redact("<phones>7999</phones><mes>code 47") == "<phones>7999</phones><mes>***")
    }

    @Test func leavesOtherElementsAlone() {
        let text = "<phones>79990000001</phones><id>order-1</id><sender>Shop</sender><balance>10.5</balance>"
        #expect(Redaction.redact(text) == text)
    }

    @Test(arguments: [
        // A raw query inside an element, as `query:` sends it: upper case, mixed case, first or after other pairs.
        ("<query>APIKEY=KEY-0451&amp;flash=1</query>", "<query>APIKEY=***&amp;flash=1</query>"),
        ("<query>apikey=KEY-0451</query>", "<query>apikey=***</query>"),
        (
            "<query>flash=1&amp;ApiKey=KEY-0451&amp;translit=1</query>",
            "<query>flash=1&amp;ApiKey=***&amp;translit=1</query>"
        ),
        ("<query>flash=1&APIKEY=KEY-0451</query>", "<query>flash=1&APIKEY=***</query>"),
        // In a URL, a plain-text error page, and an attribute.
        ("https://smsc.ru/sys/send.php?APIKEY=KEY-0451&phones=7", "https://smsc.ru/sys/send.php?APIKEY=***&phones=7"),
        ("failed query apikey=KEY-0451 flash=1", "failed query apikey=*** flash=1"),
        (#"<a href="send.php?x=1;ApIkEy=KEY-0451">"#, #"<a href="send.php?x=1;ApIkEy=***">"#),
    ])
    func hidesTheAPIKeyInAnyCase(_ text: String, masked: String) {
        #expect(Redaction.redact(text) == masked)
        #expect(!Redaction.redact(text).contains("KEY-0451"))
    }

    @Test func aWordThatOnlyEndsInApikeyIsNotAParameter() {
        #expect(Redaction.redact("<query>myapikey=1</query>") == "<query>myapikey=1</query>")
    }

    @Test func recordingsHideTheCredentialsAndKeepTheMessageText() {
        // What SMSCTesting's recordings use: a recorded exchange keeps the text it is about.
        let envelope = "<login>alex</login><psw>pw</psw><mes>hello</mes><query>APIKEY=KEY-0451</query>"
        #expect(
            Redaction.redact(envelope, elements: Redaction.credentialElements)
                == "<login>***</login><psw>***</psw><mes>hello</mes><query>APIKEY=***</query>")
    }
}
