public import Foundation

/// How a ``SandboxServer`` listens and behaves: accounts, prices, how fast messages are delivered, and its clock.
///
/// The defaults give one account, `demo` / `demo` with 1000.00 on it, SMS parts at 2.50, and messages that are
/// transferred to the operator 5 seconds after they are sent and delivered 5 seconds later.
public struct SandboxConfiguration: Sendable {
    /// When a sent message changes status, counted from the moment it is sent (or from its scheduled time).
    public struct DeliveryTimeline: Sendable, Hashable {
        /// From waiting (-1) to transferred to the operator (0).
        public var transferredAfter: Duration
        /// From waiting (-1) to delivered (1); not before ``transferredAfter``.
        public var deliveredAfter: Duration

        /// Creates a timeline; a `deliveredAfter` shorter than `transferredAfter` is raised to it.
        public init(transferredAfter: Duration = .seconds(5), deliveredAfter: Duration = .seconds(10)) {
            self.transferredAfter = transferredAfter
            self.deliveredAfter = max(deliveredAfter, transferredAfter)
        }
    }

    /// The address to listen on. Loopback by default: the sandbox has no authentication worth the name.
    public var host: String
    /// The TCP port; 0 lets the system pick a free one (read it from ``SandboxServer/port``).
    public var port: Int
    /// The accounts that can log in; logins and API keys must be unique.
    public var accounts: [SandboxAccount]
    /// The price of one SMS part, in the accounts' currency; zero or more.
    public var pricePerPart: Decimal
    /// How sent messages move from waiting to delivered.
    public var deliveryTimeline: DeliveryTimeline
    /// Where the sandbox reads the time; tests speed it up or drive it by hand.
    public var clock: SandboxClock
    /// The id given to the first message sent without one (1…2147483647); later ones count up.
    public var firstMessageID: Int
    /// How long an identical send is refused with error 9, as the service does for one minute.
    public var duplicateSendWindow: Duration
    /// The largest request body accepted, in bytes; a larger one gets HTTP 413 and the connection is closed.
    public var maximumRequestSize: Int
    /// Failures to inject into exchanges (resets, delays, gateway pages, truncated replies, error 9 and 4);
    /// none by default.
    public var faults: SandboxFaultInjection

    /// Creates a configuration; ``SandboxServer/start(configuration:)`` checks it and names what is wrong.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        accounts: [SandboxAccount] = [.demo],
        pricePerPart: Decimal = Decimal(250) / 100,
        deliveryTimeline: DeliveryTimeline = .init(),
        clock: SandboxClock = .system,
        firstMessageID: Int = 1,
        duplicateSendWindow: Duration = .seconds(60),
        maximumRequestSize: Int = 1 << 20,
        faults: SandboxFaultInjection = .none
    ) {
        self.host = host
        self.port = port
        self.accounts = accounts
        self.pricePerPart = pricePerPart
        self.deliveryTimeline = deliveryTimeline
        self.clock = clock
        self.firstMessageID = firstMessageID
        self.duplicateSendWindow = duplicateSendWindow
        self.maximumRequestSize = maximumRequestSize
        self.faults = faults
    }

    /// The first rule the configuration breaks, or `nil`.
    var problem: SandboxConfigurationError? {
        func fail(_ rule: String) -> SandboxConfigurationError { SandboxConfigurationError(rule: rule) }
        let logins = accounts.map(\.login)
        if accounts.isEmpty { return fail("accounts: at least one account is needed") }
        if logins.contains("") { return fail("accounts: a login must not be empty") }
        if Set(logins).count != logins.count { return fail("accounts: every account needs its own login") }
        let keys = accounts.flatMap(\.apiKeys)
        if keys.contains("") { return fail("accounts: an API key must not be empty") }
        if Set(keys).count != keys.count { return fail("accounts: an API key can belong to one account only") }
        if let account = accounts.first(where: { $0.balance < 0 }) {
            return fail("accounts: the balance of '\(account.login)' must be zero or more")
        }
        if pricePerPart < 0 { return fail("pricePerPart must be zero or more") }
        if !(1...2_147_483_647).contains(firstMessageID) {
            return fail("firstMessageID must be 1…2147483647, as message ids are")
        }
        if maximumRequestSize <= 0 { return fail("maximumRequestSize must be above zero") }
        if !(0...65_535).contains(port) { return fail("port must be 0…65535") }
        if deliveryTimeline.transferredAfter < .zero
            || deliveryTimeline.deliveredAfter < deliveryTimeline.transferredAfter
        {
            return fail("deliveryTimeline: transferredAfter must be zero or more and deliveredAfter no shorter")
        }
        if duplicateSendWindow < .zero { return fail("duplicateSendWindow must be zero or more") }
        if let problem = faults.problem { return fail(problem) }
        return nil
    }
}
