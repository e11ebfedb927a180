import Foundation
import SOAPRuntime

extension SMSCClient {
    /// The account balance (`get_balance`).
    ///
    /// - Throws: ``SMSCError``; with API-key credentials, a validation error: `get_balance` has no query to
    ///   carry the key, so it needs a login and password.
    public func balance() async throws(SMSCError) -> Balance {
        let operation = SMSCOperation.getBalance
        guard case .password(let login, let password) = credentials.storage else {
            throw .validation(
                operation,
                field: "credentials",
                rule: "get_balance needs a login and password: SOAP carries an API key only in the query of the \"2\" operations, and get_balance has none"
            )
        }
        try Validation.check(operation, [("login", login), ("password", password)])
        let reply = try await call(SMSCSOAP.GetBalance.self, .init(login: login, psw: password), operation).balanceresult
        let wire = reply.lexicalValues
        try checkServiceError(reply.error, operation)
        return Balance(amount: try ReplyValue.decimal(reply.balance, "balance", operation, required: true)!, wireValues: wire)
    }

    /// Sends a message (`send_sms`, or `send_sms2` when options, a query or an API key must travel).
    ///
    /// Values are sent exactly as given: no trimming, no rewriting.
    ///
    /// - Parameters:
    ///   - message: The text, at most 1000 characters.
    ///   - phones: One number or a list separated by commas or semicolons, exactly as the service takes it
    ///     (`+` turns its auto-correction off; `G<group>`, e-mail addresses and `#ID` work too).
    ///   - id: Your identifier for the message: 1…2147483647, or up to 40 Latin letters, digits, `.`, `-`, `_`.
    ///     Choose one: it lets you check the status of a send whose reply was lost.
    ///   - sender: The sender name, at most 11 characters or 15 digits, registered in the account.
    ///   - time: When to send; `nil` sends now.
    ///   - options: Typed options for the query.
    ///   - query: A raw query (`flash=1&translit=1`), sent exactly as given; not together with `options`.
    /// - Returns: The id, parts, cost and balance the service reported.
    /// - Throws: ``SMSCError``. Before retrying a failed send, read ``SMSCError/isRetrySafe``.
    public func send(
        _ message: String,
        to phones: String,
        id: SMSCMessageID? = nil,
        sender: String? = nil,
        time: SendTime? = nil,
        options: SendOptions = .init(),
        query: String? = nil
    ) async throws(SMSCError) -> SendResult {
        let query = try composeQuery(options: options, raw: query, for: .sendSMS2)
        let operation: SMSCOperation = query == nil ? .sendSMS : .sendSMS2
        try Validation.checkSend(operation, message: message, phones: phones, id: id, sender: sender)
        let (login, password) = try loginAndPassword(operation)
        if let query {
            let reply = try await call(
                SMSCSOAP.SendSMS2.self,
                .init(login: login, psw: password, phones: phones, mes: message, id: id?.rawValue, sender: sender, time: time?.rawValue, query: query),
                operation
            ).sendresult
            let wire = reply.lexicalValues
            try checkServiceError(reply.error, operation)
            return try sendResult(id: reply.id, cnt: reply.cnt, cost: reply.cost, balance: reply.balance, errors: reply.errors, wire: wire, operation)
        }
        let reply = try await call(
            SMSCSOAP.SendSMS.self,
            .init(login: login, psw: password, phones: phones, mes: message, id: id?.rawValue, sender: sender, time: time?.rawValue),
            operation
        ).sendresult
        let wire = reply.lexicalValues
        try checkServiceError(reply.error, operation)
        return try sendResult(id: reply.id, cnt: reply.cnt, cost: reply.cost, balance: reply.balance, errors: [], wire: wire, operation)
    }

    /// What sending would cost, without sending (`get_sms_cost`, or `get_sms_cost2` with options, a query or an
    /// API key).
    ///
    /// - Throws: ``SMSCError``.
    public func cost(of message: String, to phones: String, options: SendOptions = .init(), query: String? = nil) async throws(SMSCError) -> CostEstimate {
        let query = try composeQuery(options: options, raw: query, for: .getSMSCost2)
        let operation: SMSCOperation = query == nil ? .getSMSCost : .getSMSCost2
        try Validation.checkSend(operation, message: message, phones: phones, id: nil, sender: nil)
        let (login, password) = try loginAndPassword(operation)
        let cost: String?
        let count: String?
        let wire: [String: String]
        if let query {
            let reply = try await call(
                SMSCSOAP.GetSMSCost2.self,
                .init(login: login, psw: password, phones: phones, mes: message, query: query),
                operation
            ).costresult
            wire = reply.lexicalValues
            try checkServiceError(reply.error, operation)
            (cost, count) = (reply.cost, reply.cnt)
        } else {
            let reply = try await call(SMSCSOAP.GetSMSCost.self, .init(login: login, psw: password, phones: phones, mes: message), operation).costresult
            wire = reply.lexicalValues
            try checkServiceError(reply.error, operation)
            (cost, count) = (reply.cost, reply.cnt)
        }
        return CostEstimate(
            cost: try ReplyValue.decimal(cost, "cost", operation, required: true)!,
            messageCount: try ReplyValue.integer(count, "cnt", operation, required: true)!,
            wireValues: wire
        )
    }

    /// A message's delivery status (`get_status`, or `get_status2` with a query or an API key).
    ///
    /// - Parameters:
    ///   - phone: The number the message went to.
    ///   - id: The message's identifier.
    ///   - detail: How much to return (`all`).
    ///   - query: A raw query, sent exactly as given.
    /// - Throws: ``SMSCError``; an unknown message is a service error with kind
    ///   ``ServiceError/Kind/messageNotFound``.
    public func status(phone: String, id: SMSCMessageID, detail: StatusDetail = .basic, query: String? = nil) async throws(SMSCError) -> MessageStatus {
        let query = try composeQuery(options: .init(), raw: query, for: .getStatus2)
        let operation: SMSCOperation = query == nil ? .getStatus : .getStatus2
        try Validation.checkStatus(operation, phone: phone, id: id)
        let (login, password) = try loginAndPassword(operation)
        let all = String(detail.rawValue)
        if let query {
            let reply = try await call(
                SMSCSOAP.GetStatus2.self,
                .init(login: login, psw: password, phone: phone, id: id.rawValue, all: all, query: query),
                operation
            ).statusresult
            return try messageStatus(reply.lexicalValues, operation)
        }
        let reply = try await call(
            SMSCSOAP.GetStatus.self,
            .init(login: login, psw: password, phone: phone, id: id.rawValue, all: all),
            operation
        ).statusresult
        return try messageStatus(reply.lexicalValues, operation)
    }

    // MARK: Plumbing

    /// The query a "2" operation carries, or `nil` when the plain operation will do: typed options or the
    /// caller's raw query, with `apikey=KEY` in front for API-key credentials.
    private func composeQuery(options: SendOptions, raw: String?, for operation: SMSCOperation) throws(SMSCError) -> String? {
        if let problem = options.validationProblem {
            throw .validation(operation, field: problem.field, rule: problem.rule)
        }
        if raw != nil && !options.isEmpty {
            throw .validation(operation, field: "query", rule: "give typed options or a raw query, not both: a raw query is sent exactly as written")
        }
        var query = raw ?? (options.isEmpty ? nil : options.queryString)
        if case .apiKey(let key) = credentials.storage {
            try Validation.check(operation, [("apiKey", key)])
            let existing = query ?? ""
            let hasKey = existing.split(separator: "&").contains { $0.lowercased().hasPrefix("apikey=") }
            if !hasKey {
                query = "apikey=\(QueryEncoding.encode(key))" + (existing.isEmpty ? "" : "&" + existing)
            }
        }
        if let query {
            try Validation.check(operation, [("query", query)])
        }
        return query
    }

    /// Login and password for the envelope; with an API key both travel empty, as the WSDL requires them.
    private func loginAndPassword(_ operation: SMSCOperation) throws(SMSCError) -> (String, String) {
        switch credentials.storage {
        case .password(let login, let password):
            try Validation.check(operation, [("login", login), ("password", password)])
            return (login, password)
        case .apiKey:
            return ("", "")
        }
    }

    private func call<Operation: SOAPOperation>(
        _ type: Operation.Type,
        _ input: Operation.Input,
        _ operation: SMSCOperation
    ) async throws(SMSCError) -> Operation.Output {
        do {
            return try await soap.call(type, input, addressing: addressing)
        } catch {
            throw SMSCError(callError: error, operation: operation)
        }
    }

    private func checkServiceError(_ error: String?, _ operation: SMSCOperation) throws(SMSCError) {
        guard let error else { return }
        guard let code = Int(error) else {
            throw SMSCError(
                operation: operation,
                reason: .protocolViolation(.invalidValue(field: "error", value: error), httpStatus: 200, bodyPrefix: ""),
                requestMayHaveBeenSent: true
            )
        }
        if code != 0 {
            throw SMSCError(operation: operation, reason: .service(ServiceError(code: code, operation: operation)), requestMayHaveBeenSent: true)
        }
    }

    private func sendResult(
        id: String?,
        cnt: String?,
        cost: String?,
        balance: String?,
        errors: [SMSCSOAP.Error],
        wire: [String: String],
        _ operation: SMSCOperation
    ) throws(SMSCError) -> SendResult {
        var phoneErrors: [PhoneError] = []
        for error in errors {
            guard let code = Int(error.status) else {
                throw SMSCError(
                    operation: operation,
                    reason: .protocolViolation(.invalidValue(field: "errors/status", value: error.status), httpStatus: 200, bodyPrefix: ""),
                    requestMayHaveBeenSent: true
                )
            }
            phoneErrors.append(PhoneError(phone: error.phone, status: DeliveryStatus(code: code), wireStatus: error.status))
        }
        return SendResult(
            id: id.map { SMSCMessageID($0) },
            messageCount: try ReplyValue.integer(cnt, "cnt", operation),
            cost: try ReplyValue.decimal(cost, "cost", operation),
            balance: try ReplyValue.decimal(balance, "balance", operation),
            phoneErrors: phoneErrors,
            wireValues: wire
        )
    }

    private func messageStatus(_ wire: [String: String], _ operation: SMSCOperation) throws(SMSCError) -> MessageStatus {
        try checkServiceError(wire["error"], operation)
        guard let statusCode = try ReplyValue.integer(wire["status"], "status", operation, required: true) else {
            throw SMSCError(operation: operation, reason: .protocolViolation(.notSOAP("the reply has no status"), httpStatus: 200, bodyPrefix: ""), requestMayHaveBeenSent: true)
        }
        return MessageStatus(
            status: DeliveryStatus(code: statusCode),
            lastChange: try ReplyValue.moscowDate(wire["last_date"], "last_date", operation),
            lastChangeTimestamp: try ReplyValue.timestamp(wire["last_timestamp"], "last_timestamp", operation),
            deliveryError: try ReplyValue.integer(wire["err"], "err", operation).map(DeliveryErrorCode.init(rawValue:)),
            sendDate: try ReplyValue.moscowDate(wire["send_date"], "send_date", operation),
            sendTimestamp: try ReplyValue.timestamp(wire["send_timestamp"], "send_timestamp", operation),
            phone: wire["phone"],
            cost: try ReplyValue.decimal(wire["cost"], "cost", operation),
            senderID: wire["sender_id"],
            statusName: wire["status_name"],
            message: wire["message"],
            operator: wire["operator"],
            region: wire["region"],
            wireValues: wire
        )
    }
}
