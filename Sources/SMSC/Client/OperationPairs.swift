import SOAPRuntime

/// A plain operation and its "2" twin, which takes the same input plus `query` and answers with the same fields.
///
/// The WSDL declares each twin's request and reply as types of their own; a pair says how the plain request becomes
/// the twin's and which fields both replies share, so each of the client's operations is written once.
protocol SMSCOperationPair {
    associatedtype Plain: SOAPOperation
    associatedtype WithQuery: SOAPOperation
    /// The reply's fields, whichever of the two operations answered.
    associatedtype Reply

    /// The twin's request: the plain one's elements and `query`.
    static func input(_ plain: Plain.Input, query: String) -> WithQuery.Input
    static func reply(plain output: Plain.Output) -> Reply
    static func reply(withQuery output: WithQuery.Output) -> Reply
}

/// `send_sms` and `send_sms2`.
enum SendSMSPair: SMSCOperationPair {
    typealias Plain = SMSCSOAP.SendSMS
    typealias WithQuery = SMSCSOAP.SendSMS2
    typealias Reply = any SendReplyFields

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

    static func reply(plain output: Plain.Output) -> Reply { output.sendresult }
    static func reply(withQuery output: WithQuery.Output) -> Reply { output.sendresult }
}

/// `get_sms_cost` and `get_sms_cost2`.
enum GetSMSCostPair: SMSCOperationPair {
    typealias Plain = SMSCSOAP.GetSMSCost
    typealias WithQuery = SMSCSOAP.GetSMSCost2
    typealias Reply = any CostReplyFields

    static func input(_ plain: Plain.Input, query: String) -> WithQuery.Input {
        .init(login: plain.login, psw: plain.psw, phones: plain.phones, mes: plain.mes, query: query)
    }

    static func reply(plain output: Plain.Output) -> Reply { output.costresult }
    static func reply(withQuery output: WithQuery.Output) -> Reply { output.costresult }
}

/// `get_status` and `get_status2`.
enum GetStatusPair: SMSCOperationPair {
    typealias Plain = SMSCSOAP.GetStatus
    typealias WithQuery = SMSCSOAP.GetStatus2
    typealias Reply = any StatusReplyFields

    static func input(_ plain: Plain.Input, query: String) -> WithQuery.Input {
        .init(login: plain.login, psw: plain.psw, phone: plain.phone, id: plain.id, all: plain.all, query: query)
    }

    static func reply(plain output: Plain.Output) -> Reply { output.statusresult }
    static func reply(withQuery output: WithQuery.Output) -> Reply { output.statusresult }
}
