import Foundation

/// The bounded hand-over between the reading thread and the writer: at most `capacity` batches wait,
/// so memory stays bounded whichever side is slower. `NSCondition` guards `batches` and `cancelled`
/// (hence `@unchecked Sendable`); every access is inside `lock()`/`unlock()`.
final class PreparedQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [PreparedBatch] = []
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 8) { self.capacity = max(1, capacity) }

    /// Waits for room; false when the writer gave up (the reader then stops).
    @discardableResult
    func put(_ batch: PreparedBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    func take() -> PreparedBatch {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty { condition.wait() }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
