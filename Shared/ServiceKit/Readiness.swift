import Synchronization

/// What `/health/ready` reports (`spec/README.md` §Services).
public enum ReadinessState: String, Sendable {
    case starting, ready, draining, stale
}

public final class Readiness: Sendable {
    private let state = Mutex(ReadinessState.starting)
    private let condition = Mutex<(@Sendable () -> ReadinessState?)?>(nil)

    public init() {}

    /// The set state, or while it is `ready` what the condition (if any) reports instead.
    public var current: ReadinessState {
        let set = state.withLock { $0 }
        guard set == .ready, let check = condition.withLock({ $0 }) else { return set }
        return check() ?? .ready
    }

    public func set(_ newState: ReadinessState) {
        state.withLock { current in
            // Draining is final: nothing turns a stopping service ready again.
            if current != .draining { current = newState }
        }
    }

    /// A check asked on every read while the service is otherwise ready, for readiness that depends on
    /// more than start-up (a replica: `starting` until its copy is loaded, `stale` when its polls
    /// fail). It returns the state to report, or nil for ready.
    public func setCondition(_ check: @escaping @Sendable () -> ReadinessState?) {
        condition.withLock { $0 = check }
    }
}
