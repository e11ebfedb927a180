import Foundation

/// Money for people to read, with two decimals as the service writes it: the typed values are `Decimal`s, which
/// drop trailing zeros (`2.5`).
enum MoneyFormat {
    static func text(_ amount: Decimal) -> String {
        amount.formatted(
            .number.precision(.fractionLength(2)).grouping(.never).locale(Locale(identifier: "en_US_POSIX"))
        )
    }
}
