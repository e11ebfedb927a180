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

        public init(transferredAfter: Duration = .seconds(5), deliveredAfter: Duration = .seconds(10)) {
            self.transferredAfter = transferredAfter
            self.deliveredAfter = max(deliveredAfter, transferredAfter)
        }
    }

    /// The address to listen on. Loopback by default: the sandbox has no authentication worth the name.
    public var host: String
    /// The TCP port; 0 lets the system pick a free one (read it from ``SandboxServer/port``).
    public var port: Int
    /// The accounts that can log in; logins must be unique.
    public var accounts: [SandboxAccount]
    /// The price of one SMS part, in the accounts' currency.
    public var pricePerMessage: Decimal
    /// How sent messages move from waiting to delivered.
    public var deliveryTimeline: DeliveryTimeline
    /// Where the sandbox reads the time; tests speed it up or drive it by hand.
    public var clock: SandboxClock
    /// The id given to the first message sent without one; later ones count up.
    public var firstMessageID: Int
    /// How long an identical send is refused with error 9, as the service does for one minute.
    public var duplicateSendWindow: Duration
    /// The largest request body accepted, in bytes; larger ones get HTTP 413 without being read.
    public var maximumRequestSize: Int

    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        accounts: [SandboxAccount] = [.demo],
        pricePerMessage: Decimal = Decimal(250) / 100,
        deliveryTimeline: DeliveryTimeline = .init(),
        clock: SandboxClock = .system,
        firstMessageID: Int = 1,
        duplicateSendWindow: Duration = .seconds(60),
        maximumRequestSize: Int = 1 << 20
    ) {
        self.host = host
        self.port = port
        self.accounts = accounts
        self.pricePerMessage = pricePerMessage
        self.deliveryTimeline = deliveryTimeline
        self.clock = clock
        self.firstMessageID = firstMessageID
        self.duplicateSendWindow = duplicateSendWindow
        self.maximumRequestSize = maximumRequestSize
    }
}
