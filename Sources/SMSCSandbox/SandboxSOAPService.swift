import Foundation
import SMSC
import SOAPRuntime
import SOAPXML

/// Turns SOAP requests into SOAP replies: checks the envelope, finds the operation by its body element, decodes
/// it with the generated types and answers with the service's fields, byte for byte as PHP's SoapServer writes
/// them.
struct SandboxSOAPService: Sendable {
    let ledger: SandboxLedger
    let faults: FaultInjector

    /// What to answer a POSTed envelope with.
    struct Reply {
        var status: Int
        var body: [UInt8]
        /// The fault the HTTP layer must inflict on this exchange; the service has already acted on the request
        /// when ``SandboxFault/processesRequest`` says so. An injected error 9 or 4 is already in `body`.
        var fault: SandboxFault?
    }

    /// The reply to a POSTed envelope, with the fault injected into it, if one was drawn.
    ///
    /// - Parameters:
    ///   - body: The request body.
    ///   - namespace: The service URL as the client reached it, normalized by ``ServiceURL``; the body element
    ///     must be in it, as PHP's SoapServer requires of a WSDL fetched from that URL.
    func respond(to body: [UInt8], namespace: String) -> Reply {
        ledger.countRequest()
        let tree: XMLTree
        do {
            tree = try XMLTree(
                parsing: body,
                options: XMLParsingOptions(maximumSize: ledger.configuration.maximumRequestSize, maximumDepth: 32)
            )
        } catch {
            return fault("SOAP-ENV:Client", "Bad Request")
        }
        let element: XMLTree.Element
        do {
            guard tree.root.is("Envelope", in: SOAPVersion.soap11.envelopeNamespace) else {
                return tree.root.is("Envelope", in: SOAPVersion.soap12.envelopeNamespace)
                    ? fault("SOAP-ENV:VersionMismatch", "Wrong Version: this service speaks SOAP 1.1")
                    : fault("SOAP-ENV:Client", "Bad Request")
            }
            element = try SOAPEnvelope.bodyElement(of: tree)
        } catch {
            return fault("SOAP-ENV:Client", "Bad Request")
        }
        guard element.namespaceURI.map(ServiceURL.normalized) == namespace else {
            return fault("SOAP-ENV:Server", "Procedure '\(element.localName)' not present")
        }
        let injected = Self.operations[element.localName].flatMap(faults.draw(for:))
        let refusal: SandboxServiceError?
        switch injected {
        case .resetBeforeProcessing?, .serviceUnavailable?: return Reply(status: 0, body: [], fault: injected)
        case .rateLimited?: refusal = .tooManyRequests
        case .ipBlocked?: refusal = .ipBlocked
        default: refusal = nil
        }
        do {
            // Replies echo the namespace exactly as the client wrote it.
            let (status, body) = try reply(to: element, namespace: element.namespaceURI ?? namespace, refusal: refusal)
            return Reply(status: status, body: body, fault: injected)
        } catch let error as SOAPDecodingError {
            return fault("SOAP-ENV:Client", "SOAP-ERROR: Encoding: \(error)")
        } catch {
            return fault("SOAP-ENV:Server", "\(error)")
        }
    }

    /// The operation each request body element calls.
    private static let operations: [String: SMSCOperation] = [
        SMSCSOAP.GetBalanceRequest.elementName: .getBalance,
        SMSCSOAP.SendSMSRequest.elementName: .sendSMS,
        SMSCSOAP.SendSMS2Request.elementName: .sendSMS2,
        SMSCSOAP.GetSMSCostRequest.elementName: .getSMSCost,
        SMSCSOAP.GetSMSCost2Request.elementName: .getSMSCost2,
        SMSCSOAP.GetStatusRequest.elementName: .getStatus,
        SMSCSOAP.GetStatus2Request.elementName: .getStatus2,
    ]

    /// The reply to `element`; with a `refusal`, that error in place of whatever the ledger would have done.
    private func reply(
        to element: XMLTree.Element,
        namespace: String,
        refusal: SandboxServiceError?
    ) throws -> (status: Int, body: [UInt8]) {
        let ledger = RefusingLedger(ledger: ledger, refusal: refusal)
        let namespaces = [namespace]
        func envelope(_ body: some SOAPBodyElement) throws -> (status: Int, body: [UInt8]) {
            (200, try SOAPEnvelope.encode(body, version: .soap11, namespaces: namespaces))
        }
        switch element.localName {
        case SMSCSOAP.GetBalanceRequest.elementName:
            let request = try SMSCSOAP.GetBalanceRequest(decoding: element)
            let result = ledger.balance(.init(login: request.login, password: request.psw))
            return try envelope(SMSCSOAP.GetBalanceResponse(balanceresult: balanceReply(result)))
        case SMSCSOAP.SendSMSRequest.elementName:
            let request = try SMSCSOAP.SendSMSRequest(decoding: element)
            let reply = sendReply(
                ledger.send(
                    .init(login: request.login, password: request.psw),
                    phones: request.phones,
                    message: request.mes,
                    id: request.id,
                    sender: request.sender,
                    time: request.time,
                    query: SandboxQuery(nil),
                    rawQuery: nil
                )
            )
            return try envelope(
                SMSCSOAP.SendSMSResponse(
                    sendresult: .init(
                        id: reply.id,
                        balance: reply.balance,
                        cost: reply.cost,
                        cnt: reply.cnt,
                        error: reply.error
                    )
                )
            )
        case SMSCSOAP.SendSMS2Request.elementName:
            let request = try SMSCSOAP.SendSMS2Request(decoding: element)
            let query = SandboxQuery(request.query)
            let reply = sendReply(
                ledger.send(
                    caller(request.login, request.psw, query),
                    phones: request.phones,
                    message: request.mes,
                    id: request.id,
                    sender: request.sender,
                    time: request.time,
                    query: query,
                    rawQuery: request.query
                )
            )
            return try envelope(SMSCSOAP.SendSMS2Response(sendresult: reply))
        case SMSCSOAP.GetSMSCostRequest.elementName:
            let request = try SMSCSOAP.GetSMSCostRequest(decoding: element)
            let reply = costReply(
                ledger.cost(
                    .init(login: request.login, password: request.psw),
                    phones: request.phones,
                    message: request.mes,
                    query: SandboxQuery(nil)
                )
            )
            return try envelope(SMSCSOAP.GetSMSCostResponse(costresult: reply))
        case SMSCSOAP.GetSMSCost2Request.elementName:
            let request = try SMSCSOAP.GetSMSCost2Request(decoding: element)
            let query = SandboxQuery(request.query)
            let reply = costReply(
                ledger.cost(
                    caller(request.login, request.psw, query),
                    phones: request.phones,
                    message: request.mes,
                    query: query
                )
            )
            return try envelope(
                SMSCSOAP.GetSMSCost2Response(costresult: .init(cost: reply.cost, cnt: reply.cnt, error: reply.error))
            )
        case SMSCSOAP.GetStatusRequest.elementName:
            let request = try SMSCSOAP.GetStatusRequest(decoding: element)
            let fields = statusReply(
                ledger,
                .init(login: request.login, password: request.psw),
                phone: request.phone,
                id: request.id,
                all: request.all
            )
            return try envelope(SMSCSOAP.GetStatusResponse(statusresult: fields.statusResponse))
        case SMSCSOAP.GetStatus2Request.elementName:
            let request = try SMSCSOAP.GetStatus2Request(decoding: element)
            let fields = statusReply(
                ledger,
                caller(request.login, request.psw, SandboxQuery(request.query)),
                phone: request.phone,
                id: request.id,
                all: request.all
            )
            return try envelope(SMSCSOAP.GetStatus2Response(statusresult: fields.status2Response))
        default:
            let reply = fault("SOAP-ENV:Server", "Procedure '\(element.localName)' not present")
            return (reply.status, reply.body)
        }
    }

    private func caller(_ login: String, _ password: String, _ query: SandboxQuery) -> SandboxLedger.Caller {
        SandboxLedger.Caller(login: login, password: password, apiKey: query["apikey"])
    }

    private func balanceReply(_ result: Result<Decimal, SandboxServiceError>) -> SMSCSOAP.BalanceResponseType {
        switch result {
        case .success(let balance): .init(balance: MoneyText.text(balance), error: "0")
        case .failure(let error): .init(error: String(error.code))
        }
    }

    private func sendReply(_ result: Result<SandboxLedger.SendReply, SandboxServiceError>) -> SMSCSOAP.Send2ResponseType
    {
        switch result {
        case .success(let reply):
            .init(
                id: reply.id,
                balance: MoneyText.text(reply.balance),
                cost: MoneyText.text(reply.cost),
                cnt: String(reply.count),
                error: "0",
                errors: reply.rejectedPhones.map { SMSCSOAP.ErrorType(phone: $0.phone, status: String($0.code)) }
            )
        case .failure(let error):
            .init(error: String(error.code))
        }
    }

    private func costReply(
        _ result: Result<(cost: Decimal, count: Int), SandboxServiceError>
    ) -> SMSCSOAP.CostResponseType {
        switch result {
        case .success(let reply): .init(cost: MoneyText.text(reply.cost), cnt: String(reply.count), error: "0")
        case .failure(let error): .init(error: String(error.code))
        }
    }

    private func statusReply(
        _ ledger: RefusingLedger,
        _ caller: SandboxLedger.Caller,
        phone: String,
        id: String,
        all: String?
    ) -> SandboxStatusFields {
        let detail: Int
        switch all ?? "" {
        case "", "0": detail = 0
        case "1": detail = 1
        case "2": detail = 2
        default: return SandboxStatusFields(error: SandboxServiceError.parameters("all must be 0, 1 or 2").code)
        }
        switch ledger.status(caller, phone: phone, id: id) {
        case .success(let found):
            return SandboxStatusFields(
                message: found.message,
                detail: detail,
                timeline: ledger.configuration.deliveryTimeline,
                now: found.now
            )
        case .failure(let error):
            return SandboxStatusFields(error: error.code)
        }
    }

    private func fault(_ code: String, _ reason: String) -> Reply {
        Reply(status: 500, body: SOAPEnvelope.encode(SOAPFault(soapVersion: .soap11, code: code, reason: reason)))
    }
}

/// The ledger as one request sees it: the ledger itself, or an injected refusal that leaves it untouched.
private struct RefusingLedger {
    let ledger: SandboxLedger
    let refusal: SandboxServiceError?

    var configuration: SandboxConfiguration { ledger.configuration }

    func balance(_ caller: SandboxLedger.Caller) -> Result<Decimal, SandboxServiceError> {
        refusal.map { .failure($0) } ?? ledger.balance(caller)
    }

    func send(
        _ caller: SandboxLedger.Caller,
        phones: String,
        message: String,
        id: String?,
        sender: String?,
        time: String?,
        query: SandboxQuery,
        rawQuery: String?
    ) -> Result<SandboxLedger.SendReply, SandboxServiceError> {
        refusal.map { .failure($0) }
            ?? ledger.send(
                caller,
                phones: phones,
                message: message,
                id: id,
                sender: sender,
                time: time,
                query: query,
                rawQuery: rawQuery
            )
    }

    func cost(
        _ caller: SandboxLedger.Caller,
        phones: String,
        message: String,
        query: SandboxQuery
    ) -> Result<(cost: Decimal, count: Int), SandboxServiceError> {
        refusal.map { .failure($0) } ?? ledger.cost(caller, phones: phones, message: message, query: query)
    }

    func status(
        _ caller: SandboxLedger.Caller,
        phone: String,
        id: String
    ) -> Result<(message: SandboxLedger.SentMessage, now: Date), SandboxServiceError> {
        refusal.map { .failure($0) } ?? ledger.status(caller, phone: phone, id: id)
    }
}
