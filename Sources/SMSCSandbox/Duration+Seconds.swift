import Foundation

extension Duration {
    /// The duration in seconds, with its fraction, for arithmetic on `Date`s.
    var seconds: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
