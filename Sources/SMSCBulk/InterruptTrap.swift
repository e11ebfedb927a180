import Foundation

#if canImport(Glibc)
import Glibc
import Synchronization
#elseif canImport(Musl)
import Musl
import Synchronization
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT and SIGTERM into a request to stop starting rows while a run is active, and a second one into an
/// immediate exit with status 130.
///
/// The first signal does not end the process, because rows in flight would then be in doubt on the next run; it
/// lets them finish and be journaled. The second ends it at once for a user who will not wait; the journal is
/// already durable, so those rows are reported in doubt next time rather than sent twice.
///
/// Installs are counted so that overlapping runs (tests run in parallel) share one installation, and the
/// dispositions in place before the first install are restored after the last.
///
/// On Linux this is a `sigaction` handler that only touches atomics and calls `write` and `_exit`, all
/// async-signal-safe. A `DispatchSource` is not used there: libdispatch on Linux installs its own handler once per
/// process, so restoring the previous disposition after a run silently disables signal sources for every later run
/// in the same process. On Darwin, where dispatch signal sources use kqueue, it is the usual `DispatchSource` with
/// the signal ignored while the run is active.
final class InterruptTrap: Sendable {
    private static let signals = [SIGINT, SIGTERM]
    private static let installation = InstallationState()

    /// Whether a signal arrived since the (shared) installation.
    var isTriggered: Bool {
        Self.installation.signalCount > 0
    }

    /// Installs the handlers (or joins an existing installation).
    /// - Parameter notice: Written to standard error on the first signal, when the user is watching a terminal.
    init(notice: String?) {
        Self.installation.install(notice: notice)
    }

    /// Leaves the installation; the last one out restores the previous dispositions.
    func uninstall() {
        Self.installation.uninstall()
    }
}

#if canImport(Glibc) || canImport(Musl)
/// Signals seen since the installation; read and written by the signal handler, so an atomic.
private let receivedSignals = Atomic<Int>(0)
/// The notice the handler writes, prepared outside it because a handler must not allocate.
nonisolated(unsafe) private var noticeBytes: UnsafeMutableBufferPointer<UInt8>?

private func handleInterrupt(_: Int32) {
    let count = receivedSignals.add(1, ordering: .sequentiallyConsistent).newValue
    if count >= 2 {
        _exit(130)
    }
    if let notice = noticeBytes, let base = notice.baseAddress {
        _ = write(STDERR_FILENO, base, notice.count)
    }
}

extension InterruptTrap {
    fileprivate final class InstallationState: @unchecked Sendable {
        private let lock = NSLock()
        private var installs = 0
        private var previous: [sigaction] = []

        var signalCount: Int {
            receivedSignals.load(ordering: .sequentiallyConsistent)
        }

        func install(notice: String?) {
            lock.lock()
            defer { lock.unlock() }
            installs += 1
            guard installs == 1 else { return }
            receivedSignals.store(0, ordering: .sequentiallyConsistent)
            noticeBytes?.deallocate()
            noticeBytes = nil
            if let notice {
                let bytes = Array(notice.utf8)
                let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
                _ = buffer.initialize(from: bytes)
                noticeBytes = buffer
            }
            previous = InterruptTrap.signals.map { signal in
                var action = sigaction()
                #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = handleInterrupt
                #else
                action.__sa_handler.sa_handler = handleInterrupt
                #endif
                sigemptyset(&action.sa_mask)
                // Restart interrupted reads and writes: the run keeps going after the first signal.
                action.sa_flags = Int32(SA_RESTART)
                var old = sigaction()
                sigaction(signal, &action, &old)
                return old
            }
        }

        func uninstall() {
            lock.lock()
            defer { lock.unlock() }
            installs -= 1
            guard installs == 0 else { return }
            for (signal, old) in zip(InterruptTrap.signals, previous) {
                var old = old
                sigaction(signal, &old, nil)
            }
            previous = []
        }
    }
}
#else
extension InterruptTrap {
    fileprivate final class InstallationState: @unchecked Sendable {
        private let lock = NSLock()
        private let queue = DispatchQueue(label: "smsc.bulk.signals")
        private var installs = 0
        private var count = 0
        private var sources: [any DispatchSourceSignal] = []
        private var previous: [sig_t?] = []

        var signalCount: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }

        func install(notice: String?) {
            lock.lock()
            defer { lock.unlock() }
            installs += 1
            guard installs == 1 else { return }
            count = 0
            previous = InterruptTrap.signals.map { signal($0, SIG_IGN) }
            sources = InterruptTrap.signals.map { signalNumber in
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
                source.setEventHandler { [weak self] in
                    guard let self else { return }
                    self.lock.lock()
                    self.count += 1
                    let count = self.count
                    self.lock.unlock()
                    if count >= 2 {
                        _exit(130)
                    }
                    if let notice {
                        FileHandle.standardError.write(Data(notice.utf8))
                    }
                }
                source.resume()
                return source
            }
        }

        func uninstall() {
            lock.lock()
            defer { lock.unlock() }
            installs -= 1
            guard installs == 0 else { return }
            sources.forEach { $0.cancel() }
            sources = []
            for (signalNumber, old) in zip(InterruptTrap.signals, previous) {
                signal(signalNumber, old)
            }
            previous = []
        }
    }
}
#endif
