import SMSCSandbox
import SOAPTestServer
import Testing

/// `smsc status`.
struct StatusCommandTests {
    @Test
    func printsTheStatusOfASentMessageWithEveryFieldInOrder() async throws {
        try await withSandboxServer { sandbox in
            let text = Fixtures.uniqueText("status")
            let sent = try await CommandRunner.run(
                ["send", "--phones", "79990000021", "--message", text, "--id", "st-1"] + Fixtures.demo(sandbox.endpoint)
            )
            #expect(sent.status == 0)

            let result = try await CommandRunner.run(
                ["status", "--phone", "79990000021", "--id", "st-1", "--all", "2", "--json"]
                    + Fixtures.demo(sandbox.endpoint)
            )
            #expect(result.status == 0)
            let keys = try #require(Self.keys(of: result.stdout))
            #expect(
                keys == [
                    "status", "last_date", "last_timestamp", "err", "send_date", "send_timestamp", "phone", "cost",
                    "sender_id", "status_name", "message",
                    "operator", "region",
                ]
            )
            #expect(result.stdout.hasPrefix("{\"status\":"))
            #expect(result.stdout.contains(",\"cost\":2.50,\"sender_id\":"))
            #expect(result.stdout.contains("\"message\":\"\(text)\""))
        }
    }

    @Test
    func anUnknownMessageIsServiceError3() async throws {
        try await withSandboxServer { sandbox in
            let result = try await CommandRunner.run(
                ["status", "--phone", "79990000022", "--id", "never-sent", "--json"] + Fixtures.demo(sandbox.endpoint))
            #expect(result.status == 1)
            #expect(
                result.stdout
                    == "{\"error\":{\"kind\":\"service\",\"code\":3,\"retry_safe\":false,\"message\":\"get_status: the "
                        + "service answered error 3: message not found\"}}\n"
            )
        }
    }

    @Test
    func theRecordedStatus2ReplyIsPrintedExactly() async throws {
        try await withLoopbackHTTPServer(handler: { request in
            ScriptedSMSC.reply(
                to: request, "Status2Response", "statusresult",
                """
                <status>1</status><last_date>28.12.2019 19:20:22</last_date><last_timestamp>1577550022</last_timestamp><err>0</err>\
                <send_date>28.12.2019 19:20:14</send_date><send_timestamp>1577550014</send_timestamp><phone>79999999999</phone><cost>2.50</cost>\
                <sender_id>ivan</sender_id><status_name>Доставлено</status_name><message>Hello world!</message><operator>Билайн</operator><region>Москва</region>
                """
            )
        }) { server in
            let endpoint = ["--endpoint", server.url(), "--login", "alex", "--password", "123"]
            let json = try await CommandRunner.run(
                ["status", "--phone", "79999999999", "--id", "6", "--all", "2", "--query", "fmt=0", "--json"] + endpoint
            )
            #expect(json.status == 0)
            #expect(
                json.stdout
                    == """
                    {"status":1,"last_date":"28.12.2019 19:20:22","last_timestamp":1577550022,"err":0,"send_date":"28.12.2019 19:20:14",\
                    "send_timestamp":1577550014,"phone":"79999999999","cost":2.50,"sender_id":"ivan","status_name":"Доставлено","message":"Hello world!",\
                    "operator":"Билайн","region":"Москва"}

                    """
            )
            let request = try #require(server.receivedRequests.first)
            #expect(ScriptedSMSC.operation(of: request) == "status2")
            #expect(ScriptedSMSC.field("all", of: request) == "2")

            let text = try await CommandRunner.run(
                ["status", "--phone", "79999999999", "--id", "6", "--all", "2", "--query", "fmt=0"] + endpoint)
            #expect(text.status == 0)
            #expect(
                text.stdout.hasPrefix(
                    "Status:         delivered (1)\nStatus name:    Доставлено\nLast change:    28.12.2019 19:20:22 "
                        + "Moscow time\n"
                ))
        }
    }

    @Test
    func allOutsideZeroToTwoIsAUsageError() async throws {
        let result = try await CommandRunner.run([
            "status", "--phone", "7999", "--id", "1", "--all", "3", "--login", "a", "--password", "b",
        ])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "smsc: error: --all must be 0, 1 or 2, not 3 (see 'smsc status --help')\n")
    }

    /// The object's top-level keys in order, read from the JSON text (Foundation's parser would lose the order).
    static func keys(of json: String) -> [String]? {
        var keys: [String] = []
        var depth = 0
        var index = json.startIndex
        var inString = false
        var stringStart = index
        var lastString = ""
        while index < json.endIndex {
            let character = json[index]
            if inString {
                if character == "\\" {
                    index = json.index(after: index)
                } else if character == "\"" {
                    inString = false
                    lastString = String(json[json.index(after: stringStart)..<index])
                }
            } else {
                switch character {
                case "\"": inString = true; stringStart = index
                case "{", "[": depth += 1
                case "}", "]": depth -= 1
                case ":" where depth == 1: keys.append(lastString)
                default: break
                }
            }
            index = json.index(after: index)
        }
        return depth == 0 ? keys : nil
    }
}
