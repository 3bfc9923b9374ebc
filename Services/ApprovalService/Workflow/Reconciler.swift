import Foundation
import ServiceKit

/// The reconciler of `approval.md` §4.4: completes `creating` users (steps (b)–(d), with the abort rule)
/// and retries the outbox. One pass at a time; a caller during a pass waits, then runs its own.
final class Reconciler: Sendable {
    static let actor = AuditActor.platform(app: "approval")
    /// Younger decisions belong to a call in flight.
    static let minimumAge: TimeInterval = 2

    let store: SystemUserStore
    let completion: ApprovalCompletion
    let outbox: OutboxDelivery
    let locks: RequestLocks
    private let passLock = NSLock()

    init(store: SystemUserStore, completion: ApprovalCompletion, outbox: OutboxDelivery, locks: RequestLocks) {
        self.store = store
        self.completion = completion
        self.outbox = outbox
        self.locks = locks
    }

    /// One pass over all `creating` users, or only those decided at least 2 s ago.
    @discardableResult
    func runPass(onlySettled: Bool) throws -> ReconcilePass {
        passLock.lock()
        defer { passLock.unlock() }
        var pass = ReconcilePass()
        let cutoff = onlySettled ? Date().addingTimeInterval(-Self.minimumAge) : nil
        for candidate in try store.creatingUsers(decidedBefore: cutoff) {
            do {
                let outcome = try locks.withLock(candidate.id) { () throws -> ApprovalCompletion.Outcome? in
                    guard let user = try store.user(id: candidate.id), user.state == .creating else { return nil }
                    return try completion.complete(user, actor: Self.actor, deadline: nil)
                }
                switch outcome {
                case .completed?: pass.completed += 1
                case .aborted?: pass.aborted += 1
                case nil: break
                }
            } catch {
                // A peer that fails leaves the user for the next pass.
            }
        }
        try outbox.deliverAll()
        pass.pending = try store.count(state: .creating)
        pass.outbox = try store.outboxCount()
        return pass
    }

    /// The periodic passes, on a background thread, every `seconds`.
    func start(every seconds: Int, logger: Logger?) {
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: TimeInterval(seconds))
                do { try runPass(onlySettled: true) } catch {
                    logger?.warning("reconcile pass failed", [("error", .string("\(error)"))])
                }
            }
        }
    }
}
