import ServiceKit
import Synchronization

/// What a replica's `/health/ready` reports (§8 step 3): `starting` until its copy is loaded, then
/// ready while the last successful poll is less than `freshness` old and no re-snapshot is pending,
/// else `stale`.
final class ReplicaStatus: Sendable {
    private struct State {
        var loaded = false
        var resnapshotting = false
        var lastSuccessfulPoll: ContinuousClock.Instant?
    }

    static let freshness: Duration = .seconds(5)
    private let state = Mutex(State())

    /// The readiness to report instead of ready, or nil when ready (for `Readiness.setCondition`).
    func readinessOverride() -> ReadinessState? {
        let now = ContinuousClock.now
        return state.withLock { state -> ReadinessState? in
            guard state.loaded else { return .starting }
            guard !state.resnapshotting, let last = state.lastSuccessfulPoll,
                  now - last < Self.freshness else { return .stale }
            return nil
        }
    }

    /// A poll answered and its page was applied (or needed nothing).
    func recordSuccessfulPoll(at instant: ContinuousClock.Instant) {
        state.withLock { state in
            state.loaded = true
            state.resnapshotting = false
            state.lastSuccessfulPoll = instant
        }
    }

    /// The copy must be replaced (new epoch, a gap, a restored primary): stale until it is.
    func recordResnapshotNeeded() {
        state.withLock { $0.resnapshotting = true }
    }
}
