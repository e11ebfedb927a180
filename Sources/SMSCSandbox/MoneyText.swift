import Foundation

/// Amounts as the service writes them: two decimals, a dot, no grouping (`1232.00`).
enum MoneyText {
    static func text(_ amount: Decimal) -> String {
        var value = amount * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        let cents = NSDecimalNumber(decimal: rounded).int64Value
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
