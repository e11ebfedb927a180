import NIOCore

/// Runs Swift concurrency jobs on one SwiftNIO event loop, so that a task preferring it runs on the loop's thread and
/// never waits for a thread of the concurrency pool.
final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        // Queued even on the loop's own thread: a job runs after the current one, never inside it.
        eventLoop.execute {
            job.runSynchronously(on: executor)
        }
    }
}
