import Foundation
public import Logging
import SOAPRuntime

extension SMSCClient {
    /// The account balance (`get_balance`).
    ///
    /// - Parameter logger: This call's logger; the client's when `nil`.
    /// - Returns: The balance, in the account's currency.
    /// - Throws: ``SMSCError``; with API-key credentials, a validation error: `get_balance` has no query to
    ///   carry the key, so it needs a login and password.
    public func balance(logger: Logger? = nil) async throws(SMSCError) -> SMSCBalance {
        let call = startCall(.getBalance, logger: logger)
        let exchange: SMSCExchange<SMSCBalance>
        do throws(SMSCError) {
            guard case .password(let login, let password) = credentials.storage else {
                throw .validation(
                    call.operation,
                    field: "credentials",
                    rule:
                        """
                        get_balance needs a login and password: SOAP carries an API key only in the query of the \
                        \"2\" operations, and get_balance has none
                        """
                )
            }
            exchange = try prepare(SMSCSOAP.GetBalance.self, .init(login: login, psw: password), for: call.operation) {
                (reply, reader) throws(SMSCError) in
                try reader.checkServiceError(reply.balanceresult.error)
                let amount = try reader.decimal(reply.balanceresult.balance, "balance", required: true)!
                return SMSCBalance(amount: amount, wireValues: reply.balanceresult.lexicalValues)
            }
        } catch {
            throw await rejected(call, error)
        }
        return try await perform(call, readSteps(window: .balance(configuration.rateLimits)), exchange)
    }

    /// Sends a message (`send_sms`, or `send_sms2` when options, a query or an API key must travel).
    ///
    /// Values are sent exactly as given: no trimming, no rewriting. Optional elements (`id`, `sender`, `time`) are
    /// sent only when given, as PHP's SoapClient does.
    ///
    /// - Parameters:
    ///   - message: The text, at most 1000 characters.
    ///   - phones: The recipients, one per element, each as the service takes it (`+` turns its auto-correction
    ///     off; `G<group>`, e-mail addresses and `#ID` work too). They are sent joined with commas.
    ///   - id: Your identifier for the message: 1…2147483647, or up to 40 Latin letters, digits, `.`, `-`, `_`.
    ///     Choose one: it lets the client (and you) check the status of a send whose reply was lost.
    ///   - sender: The sender name, at most 11 characters or 15 digits, registered in the account.
    ///   - time: When to send; `nil` sends now.
    ///   - options: Typed options for the query.
    ///   - query: A raw query (`flash=1&translit=1`), sent exactly as given; not together with `options`.
    ///   - logger: This call's logger; the client's when `nil`.
    /// - Returns: The id, parts, cost and balance the service reported; or, when the reply was lost and
    ///   `get_status` confirmed the send, the id and ``SMSCSendResult/confirmingStatus``.
    /// - Throws: ``SMSCError``. When ``SMSCError/messageMayHaveBeenSent`` is `true`, nobody knows whether the message
    ///   went out: do not send it again blindly.
    ///
    /// A send is never repeated blindly. When it fails after its request may have reached the service (the
    /// connection broke, the deadline passed, a gateway answered instead of the service) and it has an id, the
    /// client asks `get_status` about the first recipient: a known message was sent, and the result says so; "not
    /// found" means it was not, and the same request is sent again, up to ``SMSCRetryPolicy/maximumAttempts``
    /// in all. Without an id there is nothing to ask, and the failure is thrown as it is, unless
    /// ``Configuration/generatesMessageIDs`` gave the send an id.
    @discardableResult
    public func send(
        _ message: String,
        to phones: [String],
        id: SMSCMessageID? = nil,
        sender: String? = nil,
        time: SMSCSendTime? = nil,
        options: SMSCSendOptions = .init(),
        query: String? = nil,
        logger: Logger? = nil
    ) async throws(SMSCError) -> SMSCSendResult {
        let call = startCall(needsQuery(options: options, raw: query) ? .sendSMS2 : .sendSMS, logger: logger)
        let id = id ?? (configuration.generatesMessageIDs ? makeMessageID() : nil)
        // Every attempt sends exactly the same request: the service refuses an identical send within a minute
        // (error 9), which is what tells a repeat of a send that arrived from one that was lost.
        let recipients = phones.joined(separator: ",")
        let exchange: SMSCExchange<SMSCSendResult>
        do throws(SMSCError) {
            let query = try composeQuery(options: options, raw: query, for: call.operation)
            try Validation.checkSend(call.operation, message: message, phones: phones, id: id, sender: sender)
            let (login, password) = loginAndPassword
            let input = SMSCSOAP.SendSMS.Input(
                login: login,
                psw: password,
                phones: recipients,
                mes: message,
                id: id?.rawValue,
                sender: sender,
                time: time?.rawValue
            )
            exchange = try prepare(SendSMSPair.self, input, query: query, for: call.operation)
        } catch {
            throw await rejected(call, error)
        }
        let reconciliation = SendReconciliation(
            policy: configuration.retryPolicy,
            pauses: retryPauses,
            metricsFactory: metricsFactory,
            id: id,
            phones: recipients,
            settlementTimeout: configuration.timeout,
            checkStatus: { [self] (phone, id, deadline, logger) throws(SMSCError) in
                try await status(phone: phone, id: id, detail: nil, query: nil, deadline: deadline, logger: logger)
            }
        )
        return try await perform(call, [reconciliation, pacing(window: nil)], exchange)
    }

    /// What sending would cost, without sending (`get_sms_cost`, or `get_sms_cost2` with options, a query or an
    /// API key).
    ///
    /// - Parameters:
    ///   - message: The text, at most 1000 characters.
    ///   - phones: The recipients, one per element, as for ``send(_:to:id:sender:time:options:query:logger:)``.
    ///   - options: Typed options for the query (they change the price).
    ///   - query: A raw query, sent exactly as given; not together with `options`.
    ///   - logger: This call's logger; the client's when `nil`.
    /// - Returns: The cost and the number of messages.
    /// - Throws: ``SMSCError``.
    public func cost(
        of message: String,
        to phones: [String],
        options: SMSCSendOptions = .init(),
        query: String? = nil,
        logger: Logger? = nil
    ) async throws(SMSCError) -> SMSCCostEstimate {
        let call = startCall(needsQuery(options: options, raw: query) ? .getSMSCost2 : .getSMSCost, logger: logger)
        let exchange: SMSCExchange<SMSCCostEstimate>
        let window: RequestPacer.Window
        do throws(SMSCError) {
            let query = try composeQuery(options: options, raw: query, for: call.operation)
            try Validation.checkSend(call.operation, message: message, phones: phones, id: nil, sender: nil)
            let (login, password) = loginAndPassword
            let recipients = phones.joined(separator: ",")
            window = .cost(phones: recipients, message: message, query: query, configuration.rateLimits)
            let input = SMSCSOAP.GetSMSCost.Input(login: login, psw: password, phones: recipients, mes: message)
            exchange = try prepare(GetSMSCostPair.self, input, query: query, for: call.operation)
        } catch {
            throw await rejected(call, error)
        }
        return try await perform(call, readSteps(window: window), exchange)
    }

    /// A message's delivery status (`get_status`, or `get_status2` with a query or an API key).
    ///
    /// - Parameters:
    ///   - phone: The number the message went to.
    ///   - id: The message's identifier.
    ///   - detail: How much to return (`all`); `nil` (the default) leaves `all` out of the request, as PHP's
    ///     SoapClient does for an omitted optional element, and the service answers as for `all=0`.
    ///   - query: A raw query, sent exactly as given.
    ///   - logger: This call's logger; the client's when `nil`.
    /// - Returns: The status, with the fields `detail` asks for.
    /// - Throws: ``SMSCError``; an unknown message is a service error of kind
    ///   ``SMSCServiceError/Kind/messageNotFound``.
    public func status(
        phone: String,
        id: SMSCMessageID,
        detail: SMSCStatusDetail? = nil,
        query: String? = nil,
        logger: Logger? = nil
    ) async throws(SMSCError) -> SMSCMessageStatus {
        try await status(phone: phone, id: id, detail: detail, query: query, deadline: nil, logger: logger)
    }

    /// ``status(phone:id:detail:query:logger:)`` ending by `deadline` (``Configuration/timeout`` from now when
    /// `nil`).
    func status(
        phone: String,
        id: SMSCMessageID,
        detail: SMSCStatusDetail?,
        query: String?,
        deadline: ContinuousClock.Instant?,
        logger: Logger?
    ) async throws(SMSCError) -> SMSCMessageStatus {
        let call = startCall(
            needsQuery(options: .init(), raw: query) ? .getStatus2 : .getStatus,
            deadline: deadline,
            logger: logger
        )
        let exchange: SMSCExchange<SMSCMessageStatus>
        do throws(SMSCError) {
            let query = try composeQuery(options: .init(), raw: query, for: call.operation)
            try Validation.checkStatus(call.operation, phone: phone, id: id)
            let (login, password) = loginAndPassword
            let all = detail.map { String($0.rawValue) }
            let input = SMSCSOAP.GetStatus.Input(login: login, psw: password, phone: phone, id: id.rawValue, all: all)
            exchange = try prepare(GetStatusPair.self, input, query: query, for: call.operation)
        } catch {
            throw await rejected(call, error)
        }
        let window = RequestPacer.Window.status(phone: phone, id: id.rawValue, configuration.rateLimits)
        return try await perform(call, readSteps(window: window), exchange)
    }

    // MARK: Requests

    /// Whether the call needs a "2" operation: typed options, a raw query, or an API key to carry.
    private func needsQuery(options: SMSCSendOptions, raw: String?) -> Bool {
        if raw != nil || !options.isEmpty { return true }
        if case .apiKey = credentials.storage { return true }
        return false
    }

    /// The query a "2" operation carries, or `nil` when the plain operation will do: typed options or the
    /// caller's raw query, with `apikey=KEY` in front for API-key credentials.
    private func composeQuery(
        options: SMSCSendOptions,
        raw: String?,
        for operation: SMSCOperation
    ) throws(SMSCError) -> String? {
        if let problem = options.validationProblem {
            throw .validation(operation, field: problem.field, rule: problem.rule)
        }
        if raw != nil && !options.isEmpty {
            throw .validation(
                operation,
                field: "query",
                rule: "give typed options or a raw query, not both: a raw query is sent exactly as written"
            )
        }
        var query = raw ?? (options.isEmpty ? nil : options.queryString)
        if case .apiKey(let key) = credentials.storage {
            let existing = query ?? ""
            let hasKey = existing.split(separator: "&").contains { $0.lowercased().hasPrefix("apikey=") }
            if !hasKey {
                query = "apikey=\(QueryEncoding.encode(key))" + (existing.isEmpty ? "" : "&" + existing)
            }
        }
        return query
    }

    /// Login and password for the envelope; with an API key both travel empty, as the WSDL requires them.
    private var loginAndPassword: (String, String) {
        switch credentials.storage {
        case .password(let login, let password): (login, password)
        case .apiKey: ("", "")
        }
    }

    // MARK: Replies

    static func sendResult(
        _ reply: some SendReplyFields,
        _ reader: ReplyReader
    ) throws(SMSCError) -> SMSCSendResult {
        try reader.checkServiceError(reply.error)
        var phoneErrors: [SMSCPhoneError] = []
        for rejected in reply.rejectedPhones {
            guard let code = Int(soapLexicalForm: rejected.status) else {
                throw .invalidReplyValue(
                    "errors/status",
                    rejected.status,
                    operation: reader.operation,
                    response: reader.response
                )
            }
            phoneErrors.append(
                SMSCPhoneError(
                    phone: rejected.phone,
                    status: SMSCDeliveryStatus(code: code),
                    wireStatus: rejected.status
                )
            )
        }
        return SMSCSendResult(
            id: reply.id.map { SMSCMessageID($0) },
            messageCount: try reader.integer(reply.cnt, "cnt"),
            cost: try reader.decimal(reply.cost, "cost"),
            balance: try reader.decimal(reply.balance, "balance"),
            phoneErrors: phoneErrors,
            wireValues: reply.lexicalValues
        )
    }

    static func costEstimate(
        _ reply: some CostReplyFields,
        _ reader: ReplyReader
    ) throws(SMSCError) -> SMSCCostEstimate {
        try reader.checkServiceError(reply.error)
        return SMSCCostEstimate(
            amount: try reader.decimal(reply.cost, "cost", required: true)!,
            messageCount: try reader.integer(reply.cnt, "cnt", required: true)!,
            wireValues: reply.lexicalValues
        )
    }

    static func messageStatus(
        _ reply: some StatusReplyFields,
        _ reader: ReplyReader
    ) throws(SMSCError) -> SMSCMessageStatus {
        try reader.checkServiceError(reply.error)
        let statusCode = try reader.integer(reply.status, "status", required: true)!
        return SMSCMessageStatus(
            deliveryStatus: SMSCDeliveryStatus(code: statusCode),
            lastChange: try reader.moscowDate(reply.lastDate, "last_date"),
            lastChangeTimestamp: try reader.timestamp(reply.lastTimestamp, "last_timestamp"),
            deliveryError: try reader.integer(reply.err, "err").map(SMSCDeliveryErrorCode.init(rawValue:)),
            sendDate: try reader.moscowDate(reply.sendDate, "send_date"),
            sendTimestamp: try reader.timestamp(reply.sendTimestamp, "send_timestamp"),
            phone: reply.phone,
            cost: try reader.decimal(reply.cost, "cost"),
            senderID: reply.senderID,
            statusName: reply.statusName,
            message: reply.message,
            operator: reply.operator,
            region: reply.region,
            wireValues: reply.lexicalValues
        )
    }
}
