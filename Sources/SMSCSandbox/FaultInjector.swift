import SMSC
import SOAPRuntime

/// Draws the fault, if any, for each request as ``SandboxFaultInjection`` says, and counts what it injected.
final class FaultInjector: Sendable {
    private struct State {
        var generator: SplitMix64
        var injected: [SandboxFault: Int] = [:]
        var total = 0
    }

    let settings: SandboxFaultInjection
    /// The faults in a fixed order with their rates, so that a seed gives the same draws on every run.
    private let ladder: [(fault: SandboxFault, rate: Double)]
    private let state: Locked<State>

    init(settings: SandboxFaultInjection) {
        self.settings = settings
        ladder = SandboxFault.allCases.compactMap { fault in
            settings.rates[fault].flatMap { $0 > 0 ? (fault, $0) : nil }
        }
        state = Locked(State(generator: SplitMix64(seed: settings.seed)))
    }

    /// The fault for a request to `operation`, or `nil` to answer it normally.
    func draw(for operation: SMSCOperation) -> SandboxFault? {
        guard !ladder.isEmpty, settings.operations?.contains(operation) ?? true else { return nil }
        return state.withLock { state -> SandboxFault? in
            if let limit = settings.limit, state.total >= limit { return nil }
            let draw = Double(state.generator.next() >> 11) * 0x1p-53
            var threshold = 0.0
            for step in ladder {
                threshold += step.rate
                if draw < threshold {
                    state.injected[step.fault, default: 0] += 1
                    state.total += 1
                    return step.fault
                }
            }
            return nil
        }
    }

    /// How many of each fault were injected so far.
    var injected: [SandboxFault: Int] {
        state.withLock(\.injected)
    }
}

/// A small, fast generator whose sequence is fixed by its seed (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
