import Synchronization

extension LoopbackHTTPServer {
    /// A point a scripted response waits at until the test releases it, instead of for a length of time: what the
    /// server sends then depends on the test's steps alone, not on how fast a loaded machine runs.
    ///
    /// Stopping the server ends the wait too, without sending the rest.
    public final class Hold: Sendable, Hashable {
        private let state = Mutex<(isReleased: Bool, nextID: Int, waiters: [Int: CheckedContinuation<Void, Never>])>(
            (false, 0, [:])
        )

        public init() {}

        /// Lets every response waiting here, and every later one, go on.
        public func release() {
            let waiters = state.withLock { state in
                state.isReleased = true
                defer { state.waiters = [:] }
                return Array(state.waiters.values)
            }
            for waiter in waiters {
                waiter.resume()
            }
        }

        /// Returns once the hold is released or the calling task is cancelled.
        func wait() async {
            let id = state.withLock { state in
                defer { state.nextID += 1 }
                return state.nextID
            }
            await withTaskCancellationHandler {
                await withCheckedContinuation { continuation in
                    let goesOn = state.withLock { state in
                        if !state.isReleased && !Task.isCancelled {
                            state.waiters[id] = continuation
                            return false
                        }
                        return true
                    }
                    if goesOn {
                        continuation.resume()
                    }
                }
            } onCancel: {
                state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
            }
        }

        public static func == (left: Hold, right: Hold) -> Bool {
            left === right
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(ObjectIdentifier(self))
        }
    }
}
