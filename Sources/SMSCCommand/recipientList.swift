/// The recipients in a `--phones` value or a CSV `phones` cell: one number, or a list separated by commas or
/// semicolons, as the service's own `phones` parameter takes them. Empty items are kept, so that the library names
/// the one that is empty (`phones[1]`) instead of the tool dropping it unseen.
func recipientList(_ text: String) -> [String] {
    text.split(separator: /[,;]/, omittingEmptySubsequences: false).map(String.init)
}
