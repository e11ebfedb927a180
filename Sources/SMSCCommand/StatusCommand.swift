import ArgumentParser
import SMSC

/// `smsc status`: a message's delivery status (`get_status`, `get_status2`), or one per row of a CSV file.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print a message's delivery status, or one per row of a CSV file.",
        discussion: """
            Calls get_status; with --query or an API key, get_status2. With --csv FILE (header: phone,id) one JSON \
            line per row is printed, in input order.
            """
    )

    @OptionGroup(title: "Message")
    var message: Message

    @OptionGroup(title: "Bulk")
    var bulk: BulkOptions

    @OptionGroup(title: "Service")
    var service: ServiceOptions

    func validate() throws {
        if let all = message.all, SMSCStatusDetail(rawValue: all) == nil {
            throw ValidationError("--all must be 0, 1 or 2, not \(all)")
        }
        try bulk.validate(service: service)
        if bulk.isBulk {
            if message.phone != nil || message.id != nil {
                throw ValidationError("--phone and --id come from the CSV file with --csv")
            }
        } else {
            if message.phone == nil { throw ValidationError("missing --phone (or --csv FILE)") }
            if message.id == nil { throw ValidationError("missing --id (or --csv FILE)") }
        }
    }

    func run() async throws {
        // Without --all the request leaves `all` out, as PHP's SoapClient does when the caller gives none.
        let detail = message.all.flatMap(SMSCStatusDetail.init(rawValue:))
        let query = message.query
        if bulk.isBulk {
            try await BulkRun(
                service: service,
                bulk: bulk,
                command: "status",
                requiredColumns: ["phone", "id"],
                settings: ["all": detail.map { String($0.rawValue) } ?? "", "query": query ?? ""],
                inDoubtAdvice: "It was a status query, so no message was sent: check it again with `smsc status`"
            )
            .run { client, row throws(SMSCError) in
                ResultRecord(
                    try await client.status(
                        phone: row.value("phone") ?? "",
                        id: SMSCMessageID(row.value("id") ?? ""),
                        detail: detail,
                        query: query
                    )
                )
            }
            return
        }
        let (phone, id) = (message.phone ?? "", SMSCMessageID(message.id ?? ""))
        try await ServiceCall(options: service).run { client throws(SMSCError) in
            ResultRecord(try await client.status(phone: phone, id: id, detail: detail, query: query))
        }
    }
}

extension StatusCommand {
    /// Which message to ask about; `--phone` and `--id` come from the CSV file in a bulk run.
    struct Message: ParsableArguments {
        @Option(help: ArgumentHelp("The number the message went to.", valueName: "phone"))
        var phone: String?

        @Option(help: ArgumentHelp("The message's id.", valueName: "id"))
        var id: String?

        @Option(
            help: ArgumentHelp(
                """
                How much to return: 0 status, last change and error; 1 adds send date, phone, cost, sender, status \
                name and text; 2 adds operator and region. Without it, `all` is not sent and the service answers \
                as for 0.
                """,
                valueName: "0|1|2"
            )
        )
        var all: Int?

        @Option(help: ArgumentHelp("A raw query for get_status2, sent exactly as written.", valueName: "query"))
        var query: String?
    }
}
