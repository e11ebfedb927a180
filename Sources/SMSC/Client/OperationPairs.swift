import SOAPRuntime

/// A plain operation and its "2" twin, which takes the same input plus `query` and answers with the same fields.
///
/// The WSDL declares each twin's request and reply as types of their own; a pair says how the plain request becomes
/// the twin's and reads either reply into the same value, so each of the client's operations is written once. The
/// two `read`s call one generic reader, specialised for each reply type.
protocol SMSCOperationPair {
    associatedtype Plain: SOAPOperation
    associatedtype WithQuery: SOAPOperation
    associatedtype Value: Sendable

    /// The twin's request: the plain one's elements and `query`.
    static func input(_ plain: Plain.Input, query: String) -> WithQuery.Input
    static func read(_ output: Plain.Output, _ reader: ReplyReader) throws(SMSCError) -> Value
    static func read(_ output: WithQuery.Output, _ reader: ReplyReader) throws(SMSCError) -> Value
}

/// `send_sms` and `send_sms2`.
enum SendSMSPair: SMSCOperationPair {
    typealias Plain = SMSCSOAP.SendSMS
    typealias WithQuery = SMSCSOAP.SendSMS2

    static func input(_ plain: Plain.Input, query: String) -> WithQuery.Input {
        .init(
            login: plain.login,
            psw: plain.psw,
            phones: plain.phones,
            mes: plain.mes,
            id: plain.id,
            sender: plain.sender,
            time: plain.time,
            query: query
        )
    }

    static func read(_ output: Plain.Output, _ reader: ReplyReader) throws(SMSCError) -> SMSCSendResult {
        try SMSCClient.sendResult(output.sendresult, reader)
    }

    static func read(_ output: WithQuery.Output, _ reader: ReplyReader) throws(SMSCError) -> SMSCSendResult {
        try SMSCClient.sendResult(output.sendresult, reader)
    }
}

/// `get_sms_cost` and `get_sms_cost2`.
enum GetSMSCostPair: SMSCOperationPair {
    typealias Plain = SMSCSOAP.GetSMSCost
    typealias WithQuery = SMSCSOAP.GetSMSCost2

    static func input(_ plain: Plain.Input, query: String) -> WithQuery.Input {
        .init(login: plain.login, psw: plain.psw, phones: plain.phones, mes: plain.mes, query: query)
    }

    static func read(_ output: Plain.Output, _ reader: ReplyReader) throws(SMSCError) -> SMSCCostEstimate {
        try SMSCClient.costEstimate(output.costresult, reader)
    }

    static func read(_ output: WithQuery.Output, _ reader: ReplyReader) throws(SMSCError) -> SMSCCostEstimate {
        try SMSCClient.costEstimate(output.costresult, reader)
    }
}

/// `get_status` and `get_status2`.
enum GetStatusPair: SMSCOperationPair {
    typealias Plain = SMSCSOAP.GetStatus
    typealias WithQuery = SMSCSOAP.GetStatus2

    static func input(_ plain: Plain.Input, query: String) -> WithQuery.Input {
        .init(login: plain.login, psw: plain.psw, phone: plain.phone, id: plain.id, all: plain.all, query: query)
    }

    static func read(_ output: Plain.Output, _ reader: ReplyReader) throws(SMSCError) -> SMSCMessageStatus {
        try SMSCClient.messageStatus(output.statusresult, reader)
    }

    static func read(_ output: WithQuery.Output, _ reader: ReplyReader) throws(SMSCError) -> SMSCMessageStatus {
        try SMSCClient.messageStatus(output.statusresult, reader)
    }
}
