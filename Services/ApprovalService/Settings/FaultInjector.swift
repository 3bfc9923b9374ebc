import Foundation
import Synchronization

/// Kills the process right after the armed step of the first approval handled by an approve endpoint
/// (`approval.md` §4.5). Fires at most once per process; never used by the reconciler or by creation.
final class FaultInjector: Sendable {
    let armed: FaultPoint?
    private let fired = Atomic<Bool>(false)
    /// What "crash" means; the process exit in production, a recorder in unit tests.
    private let crash: @Sendable (FaultPoint) -> Void

    init(armed: FaultPoint?, crash: @escaping @Sendable (FaultPoint) -> Void = { _ in _exit(137) }) {
        self.armed = armed
        self.crash = crash
    }

    /// Called after `point` succeeded.
    func reached(_ point: FaultPoint) {
        guard point == armed, !fired.exchange(true, ordering: .relaxed) else { return }
        crash(point)
    }
}
