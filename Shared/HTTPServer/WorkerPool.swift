import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A fixed set of threads that take jobs from one FIFO queue. Jobs may block (SQLite, outgoing HTTP):
/// that stalls one thread, not the event loop nor the other workers. These are plain threads, never
/// Swift's cooperative pool.
///
/// `@unchecked Sendable`: `queue`, `head`, `count`, `idle` and `stopping` are guarded by `mutex`;
/// `condition` signals new jobs or stopping.
final class WorkerPool<Job: Sendable>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var queue: [Job?]
    private var head = 0
    private var count = 0
    private var idle = 0
    private var stopping = false

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
        queue = Array(repeating: nil, count: 64)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// Starts `threads` threads. Each calls `makeWorker` once on itself, so the returned closure may
    /// keep per-thread scratch state, and then runs it for every job it takes.
    func start(threads: Int, name: String, stackSize: Int = 4 << 20,
               makeWorker: @escaping @Sendable () -> (Job) -> Void) {
        for index in 0..<max(1, threads) {
            let thread = Thread { [self] in
                let work = makeWorker()
                while let job = self.next() { work(job) }
            }
            thread.name = "\(name)-\(index)"
            thread.stackSize = stackSize
            thread.start()
        }
    }

    func submit(_ job: Job) {
        pthread_mutex_lock(mutex)
        if count == queue.count { grow() }
        queue[(head + count) % queue.count] = job
        count += 1
        let wake = idle > 0
        pthread_mutex_unlock(mutex)
        if wake { pthread_cond_signal(condition) }
    }

    /// Lets each thread finish the queue and its current job, then end.
    func stop() {
        pthread_mutex_lock(mutex)
        stopping = true
        pthread_mutex_unlock(mutex)
        pthread_cond_broadcast(condition)
    }

    private func next() -> Job? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while count == 0 {
            if stopping { return nil }
            idle += 1
            pthread_cond_wait(condition, mutex)
            idle -= 1
        }
        let job = queue[head]
        queue[head] = nil
        head = (head + 1) % queue.count
        count -= 1
        return job
    }

    private func grow() {
        var larger: [Job?] = Array(repeating: nil, count: queue.count * 2)
        for offset in 0..<count { larger[offset] = queue[(head + offset) % queue.count] }
        queue = larger
        head = 0
    }
}
