import ArgumentParser
import SMSC

/// `smsc status`: a message's delivery status (`get_status`, `get_status2`), or one per row of a CSV file.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print a message's delivery status, or one per row of a CSV file.",
        discussion: """
            Calls get_status; with --query or an API key, get_status2. With --csv FILE (header: phone,id) one JSON \
            line per row is printed, in input order:
              {"row":N,"id":ID,"phone":PHONE,"outcome":"ok","final":BOOL,
               "result":{RESULT}}
              {"row":N,"id":ID,"phone":PHONE,"outcome":"failed",
               "error":{"kind":KIND,"code":CODE|null,"retry_safe":BOOL,
               "message":TEXT}}
            "final" is false while the message is waiting or with the operator. With --journal, a rerun prints the \
            recorded statuses; --repoll asks again about the rows that are not final (or whose query failed in a \
            way that can pass), and --until-final keeps doing so until every row is final or the time is up, then \
            prints each row's last status (exit code 75 if some are still not final).
            """
    )

    @OptionGroup(title: "Message")
    var message: Message

    @OptionGroup(title: "Bulk")
    var bulk: BulkOptions

    @OptionGroup(title: "Polling again")
    var polling: Polling

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
            try polling.validate(journal: bulk.journal, service: service)
        } else {
            if message.phone == nil { throw ValidationError("missing --phone (or --csv FILE)") }
            if message.id == nil { throw ValidationError("missing --id (or --csv FILE)") }
            if polling.isSet { throw ValidationError("--repoll and --until-final need --csv and --journal") }
        }
    }

    func run() async throws {
        // Without --all the request leaves `all` out, as PHP's SoapClient does when the caller gives none.
        let detail = message.all.flatMap(SMSCStatusDetail.init(rawValue:))
        let query = message.query
        if bulk.isBulk {
            let rows = BulkStatusRows(
                detail: detail,
                query: query,
                repolls: polling.repolls || polling.untilFinal != nil,
                repollInterval: polling.repollAfter ?? Polling.vendorRepollInterval
            )
            let repetition = polling.untilFinal.map { seconds in
                BulkRun.Repetition(
                    deadline: .now + .seconds(seconds),
                    isSettled: BulkStatusRows.isSettled,
                    unsettledName: "not final"
                )
            }
            try await BulkRun(
                service: service,
                bulk: bulk,
                command: "status",
                requiredColumns: ["phone", "id"],
                settings: ["all": detail.map { String($0.rawValue) } ?? "", "query": query ?? ""]
            )
            .run(
                probe: { client, row throws(SMSCError) in _ = try await rows.call(client, row) },
                plan: rows.plan,
                perform: rows.perform,
                repetition: repetition
            )
            return
        }
        let (phone, id) = (message.phone ?? "", SMSCMessageID(message.id ?? ""))
        try await ServiceCall(options: service).run { client throws(SMSCError) in
            ResultRecord(try await client.status(phone: phone, id: id, detail: detail, query: query))
        }
    }
}

extension StatusCommand {
    /// `--repoll`, `--until-final` and `--repoll-after`.
    struct Polling: ParsableArguments {
        /// SMSC answers error 9 to a sixth status request for one message within a minute.
        static let vendorRepollInterval = 12

        @Flag(
            name: .customLong("repoll"),
            help: """
                With --journal: ask again about the rows whose recorded status is not final (or whose query failed \
                in a way that can pass); print the others from the journal.
                """
        )
        var repolls = false

        @Option(
            name: .customLong("until-final"),
            help: ArgumentHelp(
                """
                With --journal: repeat --repoll passes until every row is final or this many seconds have passed, \
                then print each row's last status.
                """,
                valueName: "seconds"
            )
        )
        var untilFinal: Int?

        @Option(
            name: .customLong("repoll-after"),
            help: ArgumentHelp(
                """
                Ask about a row again only this long after its last answer, in seconds: at least 1, and at least \
                \(vendorRepollInterval) against SMSC's own hosts, which allow 5 status requests per message a \
                minute. (default: \(vendorRepollInterval))
                """,
                valueName: "seconds"
            )
        )
        var repollAfter: Int?

        var isSet: Bool { repolls || untilFinal != nil || repollAfter != nil }

        func validate(journal: String?, service: ServiceOptions) throws {
            guard isSet else { return }
            if journal == nil {
                throw ValidationError(
                    "--repoll, --until-final and --repoll-after read the last statuses from --journal")
            }
            if let untilFinal, untilFinal < 1 {
                throw ValidationError("--until-final must be 1 second or more, not \(untilFinal)")
            }
            if let repollAfter {
                // At least a second everywhere: --until-final would otherwise ask again as fast as the service answers.
                if repollAfter < 1 { throw ValidationError("--repoll-after must be 1 or more, not \(repollAfter)") }
                let endpoint = service.resolvedEndpoint(environment: service.environment)
                if repollAfter < Self.vendorRepollInterval, endpoint.isVendorHost {
                    throw ValidationError(
                        """
                        --repoll-after \(repollAfter) is below \(Self.vendorRepollInterval): \(endpoint.url) allows 5 \
                        status requests per message a minute
                        """
                    )
                }
            }
        }
    }

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
