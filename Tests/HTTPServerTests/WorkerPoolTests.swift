import XCTest
@testable import HTTPServer

final class WorkerPoolTests: XCTestCase {
    func test_pool_runsEveryJob_whenMoreJobsThanThreadsAndQueueGrows() {
        let pool = WorkerPool<Int>()
        let done = expectation(description: "all jobs")
        done.expectedFulfillmentCount = 500
        pool.start(threads: 3, name: "test") { { _ in done.fulfill() } }
        for index in 0..<500 { pool.submit(index) }
        wait(for: [done], timeout: 2)
        pool.stop()
    }

    func test_pool_keepsServing_whenOneJobBlocks() {
        let pool = WorkerPool<Double>()
        let quick = expectation(description: "quick job")
        pool.start(threads: 2, name: "test") {
            { delay in
                if delay > 0 { usleep(useconds_t(delay * 1_000_000)) } else { quick.fulfill() }
            }
        }
        pool.submit(1.0)
        pool.submit(0)
        wait(for: [quick], timeout: 0.5)
        pool.stop()
    }

    func test_pool_callsMakeWorkerOncePerThread() {
        let pool = WorkerPool<Int>()
        let done = expectation(description: "jobs")
        done.expectedFulfillmentCount = 100
        let workersMade = Counter()
        pool.start(threads: 4, name: "test") {
            workersMade.increment()
            return { _ in done.fulfill() }
        }
        for index in 0..<100 { pool.submit(index) }
        wait(for: [done], timeout: 2)
        XCTAssertTrue(pollUntil { workersMade.value == 4 })
        usleep(20_000)
        XCTAssertEqual(workersMade.value, 4)
        pool.stop()
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
