public import NIOCore

/// Runs Swift concurrency jobs on one SwiftNIO event loop, so that a task preferring it runs on the loop's thread.
///
/// A call through ``NIOHTTP1Transport`` made from a task that prefers its ``NIOHTTP1Transport/taskExecutor`` never
/// changes threads: the request is written, the response read and the caller resumed on the same thread, the way a
/// blocking client works, instead of waking the event loop and then a thread of the concurrency pool for every call.
public final class EventLoopTaskExecutor: TaskExecutor {
    /// The loop the jobs run on.
    public let eventLoop: any EventLoop

    /// Creates an executor whose jobs run on `eventLoop`.
    public init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    /// Runs `job` on the event loop, after whatever the loop is doing now.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        // Queued even on the loop's own thread: a job runs after the current one, never inside it.
        eventLoop.execute {
            job.runSynchronously(on: executor)
        }
    }
}
