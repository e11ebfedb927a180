import ArgumentParser
import SMSC

/// `smsc send`: sends a message (`send_sms`, `send_sms2`), or one per row of a CSV file.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send a message, or one message per row of a CSV file.",
        discussion: """
            Calls send_sms; with --query, a typed option or an API key, send_sms2. Values are sent exactly as \
            given. Choose an --id (or --generate-ids): when a reply is lost, smsc asks get_status whether the \
            message arrived and sends it again only if the service does not have it; without an id it cannot ask, \
            and the send is reported as possibly sent (exit code 4).

            With --csv FILE (header: phones,message and optionally sender,id) every row is sent with the same \
            options, and one JSON line per row is printed in input order:
              {"row":N,"id":ID|null,"phones":PHONES,"outcome":"ok","sent":true,
               "result":{RESULT}}
              {"row":N,"id":ID|null,"phones":PHONES,"outcome":"failed"|"in_doubt",
               "sent":false|null,"error":{"kind":KIND,"code":CODE|null,
               "retry_safe":BOOL,"message":TEXT}}
            "in_doubt" (sent null, exit code 4) means the request may have reached the service and nothing said \
            whether the message went out. With --journal, an interrupted run can be rerun: finished rows are \
            replayed from the journal, and a row that was started but not finished is reported in doubt and never \
            sent again. --settle then asks get_status about every row in doubt that has an id and records whether \
            it was sent ("settled_by":"get_status"); it sends nothing unless --send-missing is given.
            """
    )

    @OptionGroup(title: "Message")
    var message: Message

    @OptionGroup(title: "Send options")
    var options: SendOptionFlags

    @OptionGroup(title: "Bulk")
    var bulk: BulkOptions

    @OptionGroup(title: "Settling rows in doubt")
    var settling: Settling

    @OptionGroup(title: "Service")
    var service: ServiceOptions

    func validate() throws {
        if let time = message.time, SMSCSendTime(rawValue: time) == nil {
            throw ValidationError(
                """
                --time '\(time)' is in none of the documented formats (DDMMYYhhmm, 'DD.MM.YY hh:mm', h1-h2, 0ts, \
                +m, 0)
                """
            )
        }
        try options.validate(query: message.query)
        try bulk.validate(service: service)
        if bulk.isBulk {
            if message.phones != nil || message.text != nil {
                throw ValidationError("--phones and --message come from the CSV file with --csv")
            }
            if message.id != nil {
                throw ValidationError("--id is per message: give it in the CSV file's id column with --csv")
            }
            if settling.settles, bulk.journal == nil {
                throw ValidationError("--settle settles the rows a journal records in doubt: give --journal")
            }
        } else {
            if settling.settles { throw ValidationError("--settle needs --csv and --journal") }
            if message.phones == nil { throw ValidationError("missing --phones (or --csv FILE)") }
            if message.text == nil { throw ValidationError("missing --message (or --csv FILE)") }
        }
        if settling.sendsMissing, !settling.settles {
            throw ValidationError("--send-missing sends what --settle finds missing: give --settle too")
        }
    }

    func run() async throws {
        var service = service
        service.generatesMessageIDs = message.generatesIDs
        let (sender, options, query) = (message.sender, options.sendOptions, message.query)
        let time = message.time.flatMap(SMSCSendTime.init(rawValue:))
        if bulk.isBulk {
            let rows = BulkSendRows(
                sender: sender,
                time: time,
                options: options,
                query: query,
                generatesIDs: message.generatesIDs,
                settles: settling.settles,
                sendsMissing: settling.sendsMissing
            )
            // Ids are derived from the rows by the tool, not drawn by the library, so a later run can settle them.
            service.generatesMessageIDs = false
            try await BulkRun(
                service: service,
                bulk: bulk,
                command: "send",
                requiredColumns: ["phones", "message"],
                optionalColumns: ["sender", "id"],
                // The canonical query text, not a reflection of the struct, which can change between toolchains.
                // Derived ids are part of what is sent, and what --settle checks rows by.
                settings: [
                    "sender": sender ?? "", "time": time?.rawValue ?? "", "query": query ?? "",
                    "options": options.queryString, "generate_ids": message.generatesIDs ? "1" : "",
                ]
            )
            .run(
                probe: { client, row throws(SMSCError) in _ = try await rows.call(client, row) },
                plan: rows.plan,
                perform: rows.perform
            )
            return
        }
        let (phones, text, id) = (message.phones ?? "", message.text ?? "", message.id.map { SMSCMessageID($0) })
        try await ServiceCall(options: service).run { client throws(SMSCError) in
            ResultRecord(
                try await client.send(
                    text,
                    to: recipientList(phones),
                    id: id,
                    sender: sender,
                    time: time,
                    options: options,
                    query: query
                )
            )
        }
    }
}

extension SendCommand {
    /// `--settle` and `--send-missing`: flags of `send` rather than a subcommand, because settling needs exactly
    /// what the sending run had (the CSV file, the journal, the account and the send options), and sending the
    /// missing rows is a send under the same journal identity, which refuses a journal written with other options.
    struct Settling: ParsableArguments {
        @Flag(
            name: .customLong("settle"),
            help: """
                With --csv and --journal: ask get_status about every row the journal records in doubt that has an \
                id, and record whether it was sent. Sends nothing; rows no run started are reported, not sent.
                """
        )
        var settles = false

        @Flag(
            name: .customLong("send-missing"),
            help: """
                With --settle: also send, exactly once, the rows the service does not have (settled as not sent, \
                never started, or failed in a way that can pass).
                """
        )
        var sendsMissing = false
    }

    /// What to send and to whom; `--phones` and `--message` come from the CSV file in a bulk run.
    struct Message: ParsableArguments {
        @Option(
            help: ArgumentHelp(
                "Recipients: one number or a list separated by commas or semicolons.",
                valueName: "phones"
            )
        )
        var phones: String?

        @Option(
            name: .customLong("message"),
            help: ArgumentHelp("The text, at most 1000 characters.", valueName: "text")
        )
        var text: String?

        @Option(
            help: ArgumentHelp(
                "Your id for the message: 1-2147483647, or up to 40 Latin letters, digits, '.', '-', '_'.",
                valueName: "id"
            )
        )
        var id: String?

        @Flag(
            name: .customLong("generate-ids"),
            help:
                """
                Give a message without an --id (or id column) one of smsc's own, so a send whose reply was lost \
                can be checked and settled; the request then differs from PHP SoapClient's. With --csv the id is \
                derived from the row, the account and the settings, so that --settle finds the same one.
                """
        )
        var generatesIDs = false

        @Option(
            help: ArgumentHelp(
                "The sender name registered in the account; with --csv, for rows without one.",
                valueName: "name"
            )
        )
        var sender: String?

        @Option(
            help: ArgumentHelp(
                """
                When to send: DDMMYYhhmm, 'DD.MM.YY hh:mm', h1-h2 (hours of the recipient's day), 0ts (0 and a \
                Unix time), +m (minutes from now) or 0 (now).
                """,
                valueName: "time"
            )
        )
        var time: String?

        @Option(
            help: ArgumentHelp(
                "A raw query for send_sms2, sent exactly as written; not with typed options.",
                valueName: "query"
            )
        )
        var query: String?
    }
}
