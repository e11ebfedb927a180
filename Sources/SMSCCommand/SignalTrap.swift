import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT and SIGTERM during a bulk run into a gentle stop, and a second one into an immediate exit with
/// status 130.
///
/// The first signal does not end the process, because the rows in flight would then be in doubt on the next run:
/// it calls `onFirstSignal`, which cancels the run's task, so no more rows start and the rows in flight finish and
/// are journaled. The second ends the process at once for a user who will not wait; the journal is already durable,
/// so those rows are reported in doubt next time rather than sent twice.
///
/// Signals belong to the process, so trapping them is the executable's business: `SMSCBulk` installs no handlers
/// and only offers cancellation. The trap is dispatch signal sources, as in `smsc sandbox`, so the handler runs on
/// a queue where it may take locks, cancel a task and write to stderr; a process-wide `sigaction` handler could do
/// none of that. (On Linux libdispatch installs its own `sigaction` handler once per process, so after
/// ``uninstall()`` a later trap in the same process would never fire; one bulk run per process never needs one.)
final class SignalTrap: Sendable {
    /// What a first signal means to a user watching the progress bar; it is shown only there, because what the
    /// second signal does must be known before it is sent.
    static let bulkRunNotice =
        "\nStopping: no more rows will be started; waiting for the rows in flight to finish. "
        + "Press Ctrl-C again to quit now (those rows will then be reported in doubt)."

    private static let signals = [SIGINT, SIGTERM]

    private let notice: String?
    private let onFirstSignal: @Sendable () -> Void
    /// Signals received so far, SIGINT and SIGTERM together.
    private let count = Mutex(0)
    /// The dispatch sources, in the order of ``signals``, and the dispositions they replaced; `nil` once uninstalled.
    private let installation = Mutex<Installation?>(nil)

    private struct Installation: @unchecked Sendable {
        // @unchecked: dispatch sources are thread-safe; these are only read and cancelled.
        var sources: [any DispatchSourceSignal]
        var previous: [Disposition]
    }

    #if canImport(Darwin)
    private typealias Disposition = sig_t?
    #else
    private typealias Disposition = __sighandler_t?
    #endif

    /// Starts trapping SIGINT and SIGTERM.
    /// - Parameters:
    ///   - notice: Written to stderr on the first signal, or `nil` for none.
    ///   - onFirstSignal: Stops the run; called once, on the first signal.
    init(notice: String?, onFirstSignal: @escaping @Sendable () -> Void) {
        self.notice = notice
        self.onFirstSignal = onFirstSignal
        let queue = DispatchQueue(label: "smsc.bulk.signals")
        // Ignored first, as dispatch signal sources require: the source then sees the signal instead of the
        // default action ending the process.
        let previous = Self.signals.map { signal($0, SIG_IGN) }
        let sources = Self.signals.map { DispatchSource.makeSignalSource(signal: $0, queue: queue) }
        installation.withLock { $0 = Installation(sources: sources, previous: previous) }
        for (index, source) in sources.enumerated() {
            source.setEventHandler { [weak self] in
                self?.received(from: index)
            }
            source.resume()
        }
    }

    deinit {
        uninstall()
    }

    /// Stops trapping: later signals have the effect they had before ``init(notice:onFirstSignal:)``.
    func uninstall() {
        guard let installation = installation.withLock({ $0.take() }) else { return }
        installation.sources.forEach { $0.cancel() }
        for (signalNumber, previous) in zip(Self.signals, installation.previous) {
            signal(signalNumber, previous)
        }
    }

    /// Handles the signals an event of source `index` reports, on the sources' queue.
    private func received(from index: Int) {
        // `data` counts the signals merged into this event: two quick Ctrl-Cs may arrive as one.
        let merged = installation.withLock { $0.map { Int($0.sources[index].data) } } ?? 1
        let total = count.withLock { count in
            count += max(merged, 1)
            return count
        }
        if total >= 2 {
            _exit(130)
        }
        if let notice {
            Console.writeError(notice)
        }
        onFirstSignal()
    }
}
