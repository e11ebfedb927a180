import ArgumentParser
import SMSC

/// `smsc cost`: what a send would cost, without sending (`get_sms_cost`, `get_sms_cost2`).
struct CostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Print what sending a message would cost, without sending it.",
        discussion: """
            Calls get_sms_cost; with --query or a typed option, get_sms_cost2. Prints the cost and the number of \
            SMS (parts × recipients).
            """
    )

    @OptionGroup(title: "Message")
    var message: Message

    @OptionGroup(title: "Send options")
    var options: SendOptionFlags

    @OptionGroup(title: "Service")
    var service: ServiceOptions

    func validate() throws {
        try options.validate(query: message.query)
    }

    func run() async throws {
        let (phones, text, options, query) = (message.phones, message.text, options.sendOptions, message.query)
        try await ServiceCall(options: service).run { client throws(SMSCError) in
            ResultRecord(try await client.cost(of: text, to: recipientList(phones), options: options, query: query))
        }
    }
}

extension CostCommand {
    /// What would be sent and to whom.
    struct Message: ParsableArguments {
        @Option(
            help: ArgumentHelp(
                "Recipients: one number or a list separated by commas or semicolons.",
                valueName: "phones"
            )
        )
        var phones: String

        @Option(
            name: .customLong("message"),
            help: ArgumentHelp("The text, at most 1000 characters.", valueName: "text")
        )
        var text: String

        @Option(
            help: ArgumentHelp(
                "A raw query for get_sms_cost2, sent exactly as written; not with typed options.",
                valueName: "query"
            )
        )
        var query: String?
    }
}
