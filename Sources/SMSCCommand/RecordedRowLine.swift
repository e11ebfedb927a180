import SMSCBulk

/// A recorded line read back, for a later run deciding what to do with its row.
struct RecordedRowLine {
    var line: JSONValue

    var outcome: BulkRowLine.Outcome? {
        guard case .string(let text)? = line["outcome"] else { return nil }
        return BulkRowLine.Outcome(rawValue: text)
    }

    /// `sent` as recorded: `false`, `true`, or `nil` when unknown or absent.
    var sent: Bool? {
        if case .bool(let sent)? = line["sent"] { return sent }
        return nil
    }

    /// The error's `retry_safe`; `false` when there is no error.
    var isRetrySafe: Bool {
        line["error"]?["retry_safe"] == .bool(true)
    }

    /// The error's `kind`.
    var errorKind: String? {
        guard case .string(let kind)? = line["error"]?["kind"] else { return nil }
        return kind
    }

    /// A status line's `final`.
    var isFinal: Bool {
        line["final"] == .bool(true)
    }
}
