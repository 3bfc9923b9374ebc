import Synchronization

/// What `/health/ready` reports (`spec/README.md` §Services).
public enum ReadinessState: String, Sendable {
    case starting, ready, draining, stale
}

public final class Readiness: Sendable {
    private let state = Mutex(ReadinessState.starting)

    public init() {}

    public var current: ReadinessState { state.withLock { $0 } }

    public func set(_ newState: ReadinessState) {
        state.withLock { current in
            // Draining is final: nothing turns a stopping service ready again.
            if current != .draining { current = newState }
        }
    }
}
