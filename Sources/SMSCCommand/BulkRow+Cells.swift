import SMSCBulk

extension BulkRow {
    /// The cell of `column`, or `nil` when the column is absent or the cell is empty.
    func value(_ column: String) -> String? {
        guard let value = self[column], !value.isEmpty else { return nil }
        return value
    }
}
