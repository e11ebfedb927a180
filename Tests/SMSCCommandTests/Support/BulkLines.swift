/// The exact lines a bulk run prints for rows whose every member the tests know, so that a change of format fails
/// the tests that check them whole.
enum BulkLines {
    /// A row sent and answered by ``ScriptedSMSC/success(to:)``, which echoes the id.
    static func sent(row: Int, id: String, phones: String) -> String {
        "{\"row\":\(row),\"id\":\"\(id)\",\"phones\":\"\(phones)\",\"outcome\":\"ok\",\"sent\":true,"
            + "\"result\":{\"id\":\"\(id)\",\"cnt\":1,\"cost\":2.50,\"balance\":997.50}}"
    }

    /// A row whose send was in flight when an earlier run stopped, reported by the rerun that does not send it.
    /// `line` is the row's line in the CSV file (the header is line 1).
    static func inDoubt(row: Int, line: Int, id: String, phones: String) -> String {
        "{\"row\":\(row),\"id\":\"\(id)\",\"phones\":\"\(phones)\",\"outcome\":\"in_doubt\",\"sent\":null,"
            + "\"error\":{\"kind\":\"in_doubt\",\"code\":null,\"retry_safe\":false,"
            + "\"message\":\"row \(row) (line \(line)) was in flight when an earlier run stopped, so it is not sent "
            + "again: it may have been sent. Settle it with `smsc send --settle` and the same --csv, --journal and "
            + "options\"}}"
    }

    /// A status row answered by ``ScriptedSMSC/success(to:)``: delivered (1), which is final.
    static func delivered(row: Int, id: String, phone: String) -> String {
        "{\"row\":\(row),\"id\":\"\(id)\",\"phone\":\"\(phone)\",\"outcome\":\"ok\",\"final\":true,"
            + "\"result\":{\"status\":1,\"last_date\":\"28.12.2019 19:20:22\",\"last_timestamp\":1577550022,\"err\":0}}"
    }

    /// The second stderr line of a run with rows in doubt and a journal.
    static func settleAdvice(count: Int) -> String {
        "smsc: \(count) of them may have been sent: settle them with `smsc send --settle` and the same --csv, "
            + "--journal and options\n"
    }
}
