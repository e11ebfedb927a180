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
/// and only offers cancellation.
///
/// The handler is a `sigaction` handler that touches only atomics and calls only `write` and `_exit`, all
/// async-signal-safe: it counts every signal the moment it arrives, and exits on the second. It wakes the trap
/// through a pipe, whose dispatch read source then does what a handler may not (write the notice, cancel a task).
/// Dispatch signal sources, as `smsc sandbox` uses, would be shorter but are not exact enough here: on Linux a
/// signal that arrives before libdispatch has registered its own handler is ignored, and two quick Ctrl-Cs can be
/// merged into one event, which would leave the second without effect.
///
/// One trap at a time per process: the handler's state is global, as a C signal handler has no context.
final class SignalTrap: Sendable {
    /// What a first signal means to a user watching the progress bar; it is shown only there, because what the
    /// second signal does must be known before it is sent.
    static let bulkRunNotice =
        "\nStopping: no more rows will be started; waiting for the rows in flight to finish. "
        + "Press Ctrl-C again to quit now (those rows will then be reported in doubt)."

    private static let signals = [SIGINT, SIGTERM]

    /// The dispositions the handler replaced and the pipe's read source; `nil` once uninstalled.
    private let installation: Mutex<Installation?>

    private struct Installation: @unchecked Sendable {
        // @unchecked: a dispatch source is thread-safe, and this one is only cancelled.
        var previous: [sigaction]
        var wakeSource: any DispatchSourceRead
    }

    /// Starts trapping SIGINT and SIGTERM.
    /// - Parameters:
    ///   - notice: Written to stderr on the first signal, or `nil` for none.
    ///   - onFirstSignal: Stops the run; called once, on the first signal.
    init(notice: String?, onFirstSignal: @escaping @Sendable () -> Void) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            // Without a pipe the first signal could not be passed on; the signals keep their usual effect.
            installation = Mutex(nil)
            return
        }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let wakeSource = DispatchSource.makeReadSource(
            fileDescriptor: readEnd,
            queue: DispatchQueue(label: "smsc.bulk.signals")
        )
        wakeSource.setEventHandler {
            var bytes = [UInt8](repeating: 0, count: 8)
            // The handler writes one byte, on the first signal only.
            guard read(readEnd, &bytes, bytes.count) > 0 else { return }
            if let notice {
                Console.writeError(notice)
            }
            onFirstSignal()
        }
        wakeSource.setCancelHandler {
            close(readEnd)
        }
        wakeSource.resume()
        // Set before the handler can run, which also initializes these globals outside it.
        receivedSignals.store(0, ordering: .sequentiallyConsistent)
        wakeDescriptor.store(writeEnd, ordering: .sequentiallyConsistent)
        let previous = Self.signals.map { signalNumber in
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handleSignal
            #elseif canImport(Musl)
            action.__sa_handler.sa_handler = handleSignal
            #else
            action.__sigaction_u.__sa_handler = handleSignal
            #endif
            sigemptyset(&action.sa_mask)
            // Interrupted reads and writes restart: the run goes on after the first signal.
            action.sa_flags = Int32(SA_RESTART)
            var old = sigaction()
            sigaction(signalNumber, &action, &old)
            return old
        }
        installation = Mutex(Installation(previous: previous, wakeSource: wakeSource))
    }

    deinit {
        uninstall()
    }

    /// Stops trapping: later signals have the effect they had before ``init(notice:onFirstSignal:)``.
    ///
    /// The pipe's write end stays open (one descriptor, for the rest of a short-lived process): a handler still
    /// running on another thread could otherwise write its byte into whatever file was opened under that number.
    func uninstall() {
        guard let installation = installation.withLock({ $0.take() }) else { return }
        for (signalNumber, old) in zip(Self.signals, installation.previous) {
            var old = old
            sigaction(signalNumber, &old, nil)
        }
        wakeDescriptor.store(-1, ordering: .sequentiallyConsistent)
        installation.wakeSource.cancel()
    }
}

/// Signals received since the trap was installed, SIGINT and SIGTERM together; the handler updates it.
private let receivedSignals = Atomic<Int>(0)
/// The write end of the trap's pipe, or -1 when no trap is installed.
private let wakeDescriptor = Atomic<Int32>(-1)

/// The `sigaction` handler: only atomics, `write` and `_exit`, which are async-signal-safe.
private func handleSignal(_: Int32) {
    let savedErrno = errno
    defer { errno = savedErrno }
    if receivedSignals.add(1, ordering: .sequentiallyConsistent).newValue >= 2 {
        _exit(130)
    }
    let descriptor = wakeDescriptor.load(ordering: .sequentiallyConsistent)
    guard descriptor >= 0 else { return }
    var byte: UInt8 = 1
    _ = write(descriptor, &byte, 1)
}
