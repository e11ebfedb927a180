import ArgumentParser
import SMSC

/// `smsc balance`: the account balance (`get_balance`).
struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Print the account balance.",
        discussion: "Calls get_balance, which needs a login and password: SOAP has no way to carry an API key for it."
    )

    @OptionGroup(title: "Service")
    var service: ServiceOptions

    func run() async throws {
        try await ServiceCall(options: service).run { client throws(SMSCError) in
            ResultRecord(try await client.balance())
        }
    }
}
