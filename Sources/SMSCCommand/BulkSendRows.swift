import SMSC
import SMSCBulk

/// How `smsc send --csv` plans and sends its rows, and how `--settle` settles the rows in doubt.
///
/// A row is in doubt when its send may have reached the service and nothing has said whether the message went out:
/// it was in flight when an earlier run stopped, or its send failed that way and the library's own check failed
/// too. Settling asks `get_status` about the row's id (the input's, or the one `--generate-ids` derived from the
/// row, which a later run derives again): a status means the message was sent; "message not found" (error 3) means
/// it was not. It never sends, unless `sendsMissing` is set: then rows the service does not have are sent, once,
/// recorded as started before they are sent, as every send is.
struct BulkSendRows: Sendable {
    var sender: String?
    var time: SMSCSendTime?
    var options: SMSCSendOptions
    var query: String?
    /// Whether a row without an id gets one derived from the row (``SMSCBulk/BulkRow/stableKey``).
    var generatesIDs: Bool
    /// Whether this run settles rows in doubt instead of sending new ones.
    var settles: Bool
    /// With ``settles``: also send the rows the service does not have.
    var sendsMissing: Bool

    /// The message id a row is sent with: its `id` cell, or with ``generatesIDs`` one derived from the row, in the
    /// library's `id-` and 32 hexadecimal digits form, the same in every run over the same file and journal.
    func messageID(of row: BulkRow) -> SMSCMessageID? {
        if let id = row.value("id") { return SMSCMessageID(id) }
        guard generatesIDs else { return nil }
        return SMSCMessageID("id-" + row.stableKey.prefix(32))
    }

    func naming(_ row: BulkRow) -> [(key: String, value: JSONValue)] {
        BulkRowLine.naming(id: messageID(of: row)?.rawValue, phoneColumn: "phones", phones: row.value("phones"))
    }

    /// What to do with a row.
    func plan(_ row: BulkRow, _ history: BulkRowHistory) -> BulkRowPlan {
        guard settles else { return .resuming(history) }
        switch history {
        case .notStarted:
            return sendsMissing ? .send : .report
        case .unfinished:
            return planSettling(row)
        case .finished(let outcome, _):
            let recorded = RecordedRowLine(line: outcome.output)
            if recorded.outcome == .inDoubt { return planSettling(row) }
            if sendsMissing, recorded.outcome == .failed, recorded.sent == false, isMissing(recorded) {
                return .send
            }
            return .replay
        }
    }

    /// A row in doubt: checked, and recorded as started first if the check may lead to a send.
    private func planSettling(_ row: BulkRow) -> BulkRowPlan {
        guard messageID(of: row) != nil else { return .report }
        return sendsMissing ? .send : .query
    }

    /// Whether a failed row's message is one the service does not have and sending it may succeed: settled as not
    /// sent, never started, or refused for a reason that can pass.
    private func isMissing(_ recorded: RecordedRowLine) -> Bool {
        let kind = recorded.errorKind
        return kind == CommandFailure.Kind.notSent.rawValue || kind == CommandFailure.Kind.notStarted.rawValue
            || recorded.isRetrySafe
    }

    /// Sends, settles or describes a row, as ``plan(_:_:)`` chose.
    func perform(_ client: SMSCClient, _ row: BulkRow, _ history: BulkRowHistory) async -> BulkRowLine {
        let naming = naming(row)
        let recordedInDoubt = history.outcome.map { RecordedRowLine(line: $0.output).outcome == .inDoubt } ?? false
        if history == .unfinished || recordedInDoubt {
            guard settles else {
                return BulkRowLine(
                    row: row.number,
                    naming: naming,
                    sent: .some(nil),
                    failure: CommandFailure(
                        kind: .inDoubt,
                        message: "row \(row.number) (line \(row.line)) was in flight when an earlier run stopped, so "
                            + "it is not sent again: it may have been sent. Settle it with `smsc send --settle` and "
                            + "the same --csv, --journal and options"
                    )
                )
            }
            if let settled = await settle(client, row, naming: naming) { return settled }
        } else if settles, history == .notStarted, !sendsMissing {
            return BulkRowLine(
                row: row.number,
                naming: naming,
                sent: .some(false),
                failure: CommandFailure(
                    kind: .notStarted,
                    message: "no run has sent row \(row.number); rerun without --settle, or with --send-missing, to "
                        + "send it",
                    isRetrySafe: true
                )
            )
        }
        return await send(client, row, naming: naming)
    }

    /// Checks a row in doubt with `get_status`.
    /// - Returns: The settled line; `nil` when the service does not have the message and ``sendsMissing`` says to
    ///   send it.
    private func settle(
        _ client: SMSCClient, _ row: BulkRow, naming: [(key: String, value: JSONValue)]
    ) async -> BulkRowLine? {
        guard let id = messageID(of: row) else {
            return BulkRowLine(
                row: row.number,
                naming: naming,
                sent: .some(nil),
                failure: CommandFailure(
                    kind: .inDoubt,
                    message: "row \(row.number) may have been sent, and it has no id to check its status by; check "
                        + "with the recipient, or in your SMSC account"
                )
            )
        }
        let phone = recipientList(row.value("phones") ?? "").first { !$0.isEmpty } ?? ""
        do throws(SMSCError) {
            let status = try await client.status(phone: phone, id: id)
            var line = BulkRowLine(row: row.number, naming: naming, sent: .some(true), result: ResultRecord(status))
            line.details = [("settled_by", .string("get_status"))]
            return line
        } catch where error.serviceError?.kind == .messageNotFound {
            if sendsMissing { return nil }
            var line = BulkRowLine(
                row: row.number,
                naming: naming,
                sent: .some(false),
                failure: CommandFailure(
                    kind: .notSent,
                    message: "get_status says the service does not have message \(id), so it was not sent; rerun "
                        + "with --settle --send-missing to send it",
                    isRetrySafe: true
                )
            )
            line.details = [("settled_by", .string("get_status"))]
            return line
        } catch {
            return BulkRowLine(
                row: row.number,
                naming: naming,
                sent: .some(nil),
                failure: CommandFailure(
                    kind: .inDoubt,
                    message: "it may have been sent: checking the status of message \(id) failed: "
                        + "\(error.description); settle it again later"
                )
            )
        }
    }

    /// Sends a row: one library call, whose own reconciliation settles a lost reply when the row has an id.
    private func send(
        _ client: SMSCClient, _ row: BulkRow, naming: [(key: String, value: JSONValue)]
    ) async -> BulkRowLine {
        do throws(SMSCError) {
            let result = try await call(client, row)
            return BulkRowLine(row: row.number, naming: naming, sent: .some(true), result: ResultRecord(result))
        } catch {
            var line = BulkRowLine(
                row: row.number,
                naming: naming,
                sent: .some(error.messageMayHaveBeenSent ? nil : false),
                failure: CommandFailure(error)
            )
            line.stopsRun = BulkRun.appliesToEveryRow(error)
            return line
        }
    }

    /// The plain library call; the run also makes it for a made-up row to check the values every row shares.
    func call(_ client: SMSCClient, _ row: BulkRow) async throws(SMSCError) -> SMSCSendResult {
        try await client.send(
            row.value("message") ?? "",
            to: recipientList(row.value("phones") ?? ""),
            id: messageID(of: row),
            sender: row.value("sender") ?? sender,
            time: time,
            options: options,
            query: query
        )
    }
}
