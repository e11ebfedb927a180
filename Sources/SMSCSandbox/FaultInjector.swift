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
