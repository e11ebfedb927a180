/// Inputs that stress a SOAP encoder, over all seven operations: what PHP's SoapServer decodes from the client's
/// requests must equal them exactly.
enum EncodingCorpus {
    static let specials = #"< > & " ' ]]> &amp; <![CDATA[x]]> \u0041"#
    static let lineEnds = "  two leading spaces, LF\nCR\rCRLF\r\ntab\there, trailing tab and spaces\t  "
    static let nonBMP = "Привет, мир! 😀 𝄞 🇷🇺 👩‍👩‍👧 ℕ"
    /// 1000 characters: the longest message the service takes.
    static let longMessage = String(
        (0..<1000).map { index -> Character in index % 7 == 0 ? "Ж" : index % 11 == 0 ? " " : "a" })
    static let query = "flash=1&translit=1&tz=3&fmt=3&list=79990000001:Hi%20there%0A,79990000002:a%26b%3Dc&subj=x=y"

    static let calls: [ParityCall] = [
        ParityCall("balance", "get_balance", [:]),
        ParityCall(
            "balance, credentials with XML specials", "get_balance", login: #"ivan&co<"'>"#, psw: "p]]>&<\"' x", [:]),
        ParityCall(
            "send, Cyrillic, emoji, outside the BMP", "send_sms",
            ["phones": "79990000001", "mes": nonBMP, "id": "par-1", "sender": "Shop", "time": nil]),
        ParityCall(
            "send, XML specials", "send_sms",
            ["phones": "79990000001", "mes": specials, "id": nil, "sender": nil, "time": nil]),
        ParityCall(
            "send, spaces, LF, CR, CRLF, tabs", "send_sms",
            ["phones": "79990000001", "mes": lineEnds, "id": nil, "sender": nil, "time": nil]),
        ParityCall(
            "send, empty optional sender", "send_sms",
            ["phones": "79990000001", "mes": "empty sender", "id": "12345", "sender": "", "time": nil]),
        ParityCall(
            "send, 1000 characters", "send_sms",
            ["phones": "79990000001", "mes": longMessage, "id": nil, "sender": nil, "time": nil]),
        ParityCall(
            "send, phone list with commas, semicolons and plus signs", "send_sms",
            [
                "phones": "+79990000001,79990000002,+79990000003, 79990000004", "mes": "to many", "id": nil,
                "sender": nil, "time": nil,
            ]
        ),
        ParityCall(
            "send at DDMMYYhhmm", "send_sms",
            ["phones": "79990000001", "mes": "t1", "id": nil, "sender": nil, "time": "0101270905"]),
        ParityCall(
            "send at DD.MM.YY hh:mm", "send_sms",
            ["phones": "79990000001", "mes": "t2", "id": nil, "sender": nil, "time": "01.01.27 9:05"]),
        ParityCall(
            "send within hours h1-h2", "send_sms",
            ["phones": "79990000001", "mes": "t3", "id": nil, "sender": nil, "time": "22-6"]),
        ParityCall(
            "send at 0ts", "send_sms",
            ["phones": "79990000001", "mes": "t4", "id": nil, "sender": nil, "time": "01893456000"]),
        ParityCall(
            "send in +m minutes", "send_sms",
            ["phones": "79990000001", "mes": "t5", "id": nil, "sender": nil, "time": "+90"]),
        ParityCall(
            "send now, 0", "send_sms", ["phones": "79990000001", "mes": "t6", "id": nil, "sender": nil, "time": "0"]),
        ParityCall(
            "send2, query with & = : and percent-escapes", "send_sms2",
            [
                "phones": "79990000001", "mes": nonBMP, "id": "par.2_x-y", "sender": "Shop", "time": "10-18",
                "query": query,
            ]
        ),
        ParityCall(
            "send2, empty query and sender", "send_sms2",
            ["phones": "79990000001", "mes": lineEnds, "id": nil, "sender": "", "time": nil, "query": ""]),
        ParityCall(
            "send2, credentials and message with XML specials", "send_sms2", login: #"ivan&co<"'>"#, psw: "p]]>&<\"' x",
            [
                "phones": "+79990000001,79990000002", "mes": specials, "id": nil, "sender": nil, "time": nil,
                "query": "err=1",
            ]
        ),
        ParityCall("cost, Cyrillic and emoji", "get_sms_cost", ["phones": "79990000001,79990000002", "mes": nonBMP]),
        ParityCall("cost, spaces and line ends", "get_sms_cost", ["phones": "79990000001", "mes": lineEnds]),
        ParityCall(
            "cost2, query with & = : and percent-escapes", "get_sms_cost2",
            ["phones": "+79990000001,79990000002", "mes": specials, "query": query]),
        ParityCall(
            "cost2, empty query, 1000 characters", "get_sms_cost2",
            ["phones": "79990000001", "mes": longMessage, "query": ""]),
        ParityCall("status, all left out", "get_status", ["phone": "79990000001", "id": "par-1", "all": nil]),
        ParityCall(
            "status, all=1, credentials with XML specials", "get_status", login: #"ivan&co<"'>"#, psw: "p]]>&<\"' x",
            ["phone": "+79990000001", "id": "12345", "all": "1"]),
        ParityCall(
            "status2, query with & = : and percent-escapes", "get_status2",
            ["phone": "79990000001", "id": "par-1", "all": "2", "query": query]),
        ParityCall(
            "status2, empty query", "get_status2", ["phone": "79990000001", "id": "par-1", "all": "0", "query": ""]),
    ]
}
