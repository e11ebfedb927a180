import Foundation
import SMSC
import SOAPRuntime

/// The sandbox's accounts and messages, and the service's rules applied to them.
///
/// Every operation runs under one lock, so concurrent requests see the balance and the duplicate-send window
/// exactly as a single server would. Replies are the service's fields as text, ready for the SOAP layer.
final class SandboxLedger: Sendable {
    /// A message to one recipient; a send to several numbers makes one per number under the same id.
    struct SentMessage {
        var id: String
        var phone: String
        var text: String
        var sender: String
        var cost: Decimal
        var acceptedAt: Date
        var leavesAt: Date
    }

    private struct MessageKey: Hashable {
        var login: String
        var id: String
        var phone: String
    }

    private struct Account {
        var password: String
        var balance: Decimal
    }

    private struct State {
        var accounts: [String: Account]
        var loginsByAPIKey: [String: String]
        var messages: [MessageKey: SentMessage] = [:]
        /// When each send seen lately was made, by fingerprint.
        var recentSends: [String: Date] = [:]
        /// The same sends oldest first, so expiring them costs only what expired: a bulk run makes thousands.
        var recentSendOrder: [(fingerprint: String, at: Date)] = []
        var recentSendStart = 0
        var nextMessageID: Int
        var requestCount = 0
        var acceptedMessages = 0
        var repeatedMessages = 0
        /// How often each message was accepted, by account, recipient and text.
        var acceptedContent: [ContentKey: Int] = [:]
    }

    private struct ContentKey: Hashable {
        var login: String
        var phone: String
        var text: String
    }

    /// Who is calling: a login and password, or an API key from the query of a "2" operation.
    struct Caller {
        var login: String
        var password: String
        var apiKey: String?
    }

    let configuration: SandboxConfiguration
    private let state: Locked<State>

    init(configuration: SandboxConfiguration) {
        self.configuration = configuration
        var accounts: [String: Account] = [:]
        var keys: [String: String] = [:]
        for account in configuration.accounts {
            accounts[account.login] = Account(password: account.password, balance: account.balance)
            for key in account.apiKeys {
                keys[key] = account.login
            }
        }
        state = Locked(State(accounts: accounts, loginsByAPIKey: keys, nextMessageID: configuration.firstMessageID))
    }

    /// Requests, accepted and repeated messages so far.
    var counts: (requests: Int, acceptedMessages: Int, repeatedMessages: Int) {
        state.withLock { ($0.requestCount, $0.acceptedMessages, $0.repeatedMessages) }
    }

    /// How many times `text` was accepted for `phone` (as the service normalizes it) from `login`.
    func timesAccepted(_ text: String, to phone: String, login: String) -> Int {
        let normalized = Self.normalizedPhone(phone) ?? phone
        return state.withLock {
            $0.acceptedContent[ContentKey(login: login, phone: normalized, text: text), default: 0]
        }
    }

    func countRequest() {
        state.withLock { $0.requestCount += 1 }
    }

    /// The current balance of `login`, or `nil` for an unknown login.
    func balance(ofAccount login: String) -> Decimal? {
        state.withLock { $0.accounts[login]?.balance }
    }

    // MARK: Operations

    func balance(_ caller: Caller) -> Result<Decimal, SandboxServiceError> {
        state.withLock { state in
            authenticate(caller, in: state).map { state.accounts[$0]!.balance }
        }
    }

    struct SendReply {
        var id: String
        var balance: Decimal
        var cost: Decimal
        var count: Int
        var rejectedPhones: [(phone: String, code: Int)]
    }

    func send(
        _ caller: Caller,
        phones: String,
        message: String,
        id: String?,
        sender: String?,
        time: String?,
        query: SandboxQuery,
        rawQuery: String?
    ) -> Result<SendReply, SandboxServiceError> {
        let now = configuration.clock.now
        return state.withLock { state -> Result<SendReply, SandboxServiceError> in
            let login: String
            switch authenticate(caller, in: state) {
            case .success(let value): login = value
            case .failure(let error): return .failure(error)
            }
            let id = id.flatMap { $0.isEmpty ? nil : $0 }
            let sender = sender ?? ""
            if let problem = Self.messageProblem(message) ?? id.flatMap(Self.idProblem) ?? Self.senderProblem(sender) {
                return .failure(.parameters(problem))
            }
            let timeZoneOffset = Int(query["tz"] ?? "0") ?? 0
            guard let leavesAt = ScheduledTime.instant(of: time ?? "", timeZoneOffset: timeZoneOffset, now: now) else {
                return .failure(.dateFormat)
            }
            let recipients = Self.recipients(phones)
            guard !recipients.valid.isEmpty else {
                return .failure(phones.isEmpty ? .parameters("phones is empty") : .phoneFormat)
            }
            let fingerprint = [login, phones, message, id ?? "", sender, time ?? "", rawQuery ?? ""].joined(
                separator: "\u{1F}"
            )
            Self.expireRecentSends(
                before: now.addingTimeInterval(-configuration.duplicateSendWindow.seconds),
                in: &state
            )
            if let previous = state.recentSends[fingerprint],
                now.timeIntervalSince(previous) < configuration.duplicateSendWindow.seconds
            {
                return .failure(.duplicateRequest)
            }
            let parts = MessageSizing.parts(of: message, transliterate: query.isSet("translit"))
            let costPerRecipient = configuration.pricePerPart * Decimal(parts)
            let cost = costPerRecipient * Decimal(recipients.valid.count)
            guard state.accounts[login]!.balance >= cost else {
                return .failure(.insufficientFunds)
            }
            let messageID: String
            if let id {
                messageID = id
            } else {
                messageID = String(state.nextMessageID)
                state.nextMessageID += 1
            }
            state.accounts[login]!.balance -= cost
            state.recentSends[fingerprint] = now
            state.recentSendOrder.append((fingerprint, now))
            for phone in recipients.valid {
                state.acceptedMessages += 1
                let content = ContentKey(login: login, phone: phone, text: message)
                if let earlier = state.acceptedContent[content] {
                    state.repeatedMessages += 1
                    state.acceptedContent[content] = earlier + 1
                } else {
                    state.acceptedContent[content] = 1
                }
                state.messages[MessageKey(login: login, id: messageID, phone: phone)] = SentMessage(
                    id: messageID,
                    phone: phone,
                    text: message,
                    sender: sender,
                    cost: costPerRecipient,
                    acceptedAt: now,
                    leavesAt: leavesAt
                )
            }
            return .success(
                SendReply(
                    id: messageID,
                    balance: state.accounts[login]!.balance,
                    cost: cost,
                    count: parts * recipients.valid.count,
                    rejectedPhones: query.isSet("err") ? recipients.invalid.map { ($0, 7) } : []
                )
            )
        }
    }

    func cost(
        _ caller: Caller,
        phones: String,
        message: String,
        query: SandboxQuery
    ) -> Result<(cost: Decimal, count: Int), SandboxServiceError> {
        state.withLock { state -> Result<(cost: Decimal, count: Int), SandboxServiceError> in
            let login: String
            switch authenticate(caller, in: state) {
            case .success(let value): login = value
            case .failure(let error): return .failure(error)
            }
            if let problem = Self.messageProblem(message) {
                return .failure(.parameters(problem))
            }
            let recipients = Self.recipients(phones)
            guard !recipients.valid.isEmpty else {
                return .failure(phones.isEmpty ? .parameters("phones is empty") : .phoneFormat)
            }
            let parts = MessageSizing.parts(of: message, transliterate: query.isSet("translit"))
            let cost = configuration.pricePerPart * Decimal(parts * recipients.valid.count)
            guard state.accounts[login]!.balance >= cost else {
                return .failure(.insufficientFunds)
            }
            return .success((cost, parts * recipients.valid.count))
        }
    }

    /// The stored message and its current status code.
    func status(
        _ caller: Caller,
        phone: String,
        id: String
    ) -> Result<(message: SentMessage, now: Date), SandboxServiceError> {
        let now = configuration.clock.now
        return state.withLock { state -> Result<(message: SentMessage, now: Date), SandboxServiceError> in
            let login: String
            switch authenticate(caller, in: state) {
            case .success(let value): login = value
            case .failure(let error): return .failure(error)
            }
            guard !id.isEmpty, !phone.isEmpty else {
                return .failure(.parameters("phone and id are required"))
            }
            let normalized = Self.normalizedPhone(phone) ?? phone
            guard let message = state.messages[MessageKey(login: login, id: id, phone: normalized)] else {
                return .failure(.messageNotFound)
            }
            return .success((message, now))
        }
    }

    // MARK: Rules

    /// Forgets sends made before `cutoff`, oldest first; a fingerprint sent again later keeps its newer time.
    private static func expireRecentSends(before cutoff: Date, in state: inout State) {
        while state.recentSendStart < state.recentSendOrder.count,
            state.recentSendOrder[state.recentSendStart].at <= cutoff
        {
            let expired = state.recentSendOrder[state.recentSendStart]
            if state.recentSends[expired.fingerprint] == expired.at {
                state.recentSends[expired.fingerprint] = nil
            }
            state.recentSendStart += 1
        }
        if state.recentSendStart > 1024 && state.recentSendStart * 2 > state.recentSendOrder.count {
            state.recentSendOrder.removeFirst(state.recentSendStart)
            state.recentSendStart = 0
        }
    }

    private func authenticate(_ caller: Caller, in state: State) -> Result<String, SandboxServiceError> {
        if let key = caller.apiKey {
            guard let login = state.loginsByAPIKey[key] else { return .failure(.authentication) }
            return .success(login)
        }
        guard let account = state.accounts[caller.login], account.password == caller.password, !caller.login.isEmpty
        else {
            return .failure(.authentication)
        }
        return .success(caller.login)
    }

    private static func messageProblem(_ message: String) -> String? {
        if message.isEmpty { return "mes is empty" }
        if message.count > 1000 { return "mes is longer than 1000 characters" }
        return nil
    }

    /// Ids are 1…2147483647 or up to 40 Latin letters, digits, `.`, `-` and `_`.
    private static func idProblem(_ id: String) -> String? {
        if id.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let value = Int(id), (1...2_147_483_647).contains(value) else {
                return "id \(id) is outside 1…2147483647"
            }
            return nil
        }
        let allowed = id.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
        }
        return allowed && id.count <= 40 ? nil : "id must be at most 40 Latin letters, digits, '.', '-' or '_'"
    }

    /// Sender names are at most 11 characters, or 15 digits.
    private static func senderProblem(_ sender: String) -> String? {
        if sender.count <= 11 || (sender.count <= 15 && sender.allSatisfy { $0.isASCII && $0.isNumber }) {
            return nil
        }
        return "sender must be at most 11 characters or 15 digits"
    }

    /// Splits a phone list on commas and semicolons into numbers the sandbox can deliver to and the rest.
    static func recipients(_ phones: String) -> (valid: [String], invalid: [String]) {
        var valid: [String] = []
        var invalid: [String] = []
        for entry in phones.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if let phone = normalizedPhone(trimmed) {
                if !valid.contains(phone) { valid.append(phone) }
            } else {
                invalid.append(trimmed)
            }
        }
        return (valid, invalid)
    }

    /// Digits only, 9 to 15 of them, after dropping `+`, spaces, dashes and brackets; a Russian `8…` number of 11
    /// digits becomes `7…` unless it was written with `+`, as the service's auto-correction does.
    static func normalizedPhone(_ text: String) -> String? {
        let explicit = text.hasPrefix("+")
        let digits = text.filter { !" -()+".contains($0) }
        guard (9...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if !explicit && digits.count == 11 && digits.hasPrefix("8") {
            return "7" + digits.dropFirst()
        }
        return digits
    }
}
