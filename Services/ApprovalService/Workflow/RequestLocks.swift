import Foundation

/// The in-process lock keyed on a request (or system-user) id (`approval.md` §4.4): approve, reject,
/// escalate and the reconciler's work on one id are serialized. Ids are spread over a fixed set of locks,
/// so two ids may share one; nothing holds two at once, so that cannot deadlock.
final class RequestLocks: Sendable {
    private let stripes: [NSLock]

    init(stripes: Int = 64) {
        self.stripes = (0..<max(1, stripes)).map { _ in NSLock() }
    }

    func withLock<Result>(_ id: String, _ body: () throws -> Result) rethrows -> Result {
        var hash: UInt64 = 1469598103934665603
        for byte in id.lowercased().utf8 { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
        let lock = stripes[Int(hash % UInt64(stripes.count))]
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
