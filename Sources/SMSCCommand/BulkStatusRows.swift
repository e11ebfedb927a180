import SMSC
import SMSCBulk

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How `smsc status --csv` plans and queries its rows.
///
/// A status query changes nothing, so it is journaled as a query (``SMSCBulk/BulkRowPlan/query``): a run that stops
/// leaves no row in doubt, and a rerun asks again. With ``repolls``, rows whose last status was not final (still
/// waiting or with the operator), or whose query failed in a way that can pass, are asked again; the others are
/// printed from the journal.
struct BulkStatusRows: Sendable {
    var detail: SMSCStatusDetail?
    var query: String?
    /// Whether rows the journal records as not final are asked again.
    var repolls: Bool
    /// The least time between two queries of one row across runs, in seconds: SMSC answers error 9 to a sixth status
    /// request for one message within a minute, so 12 against its own hosts.
    var repollInterval: Int

    func naming(_ row: BulkRow) -> [(key: String, value: JSONValue)] {
        BulkRowLine.naming(id: row.value("id"), phoneColumn: "phone", phones: row.value("phone"))
    }

    /// What to do with a row.
    func plan(_ row: BulkRow, _ history: BulkRowHistory) -> BulkRowPlan {
        guard let outcome = history.outcome else { return .query }
        return repolls && !Self.isSettled(outcome) ? .query : .replay
    }

    /// Whether a row's line needs no further query: a final status, or a failure that would only repeat.
    static func isSettled(_ outcome: BulkOutcome) -> Bool {
        let recorded = RecordedRowLine(line: outcome.output)
        return recorded.outcome == .ok ? recorded.isFinal : !recorded.isRetrySafe
    }

    /// Queries a row, first waiting out ``repollInterval`` since the journal's last answer for it.
    func perform(_ client: SMSCClient, _ row: BulkRow, _ history: BulkRowHistory) async -> BulkRowLine {
        if case .finished(_, let at) = history {
            let wait = at + Int64(repollInterval) - Int64(time(nil))
            if wait > 0 { try? await Task.sleep(for: .seconds(wait)) }
        }
        let naming = naming(row)
        do throws(SMSCError) {
            let status = try await call(client, row)
            var line = BulkRowLine(row: row.number, naming: naming, result: ResultRecord(status))
            line.details = [("final", .bool(!status.deliveryStatus.isPending))]
            return line
        } catch {
            var line = BulkRowLine(row: row.number, naming: naming, failure: CommandFailure(error))
            line.stopsRun = BulkRun.appliesToEveryRow(error)
            return line
        }
    }

    /// The plain library call.
    func call(_ client: SMSCClient, _ row: BulkRow) async throws(SMSCError) -> SMSCMessageStatus {
        try await client.status(
            phone: row.value("phone") ?? "",
            id: SMSCMessageID(row.value("id") ?? ""),
            detail: detail,
            query: query
        )
    }
}
