/// A point on the monotonic clock by which work must finish: for example the 5 s budget an incoming
/// request has for all its outgoing calls together (`spec/README.md` §Service-to-service calls).
public struct Deadline: Sendable, Hashable, Comparable {
    /// The budget of one incoming request for all its outgoing calls together.
    public static let incomingRequestBudget: Duration = .seconds(5)

    public let instant: ContinuousClock.Instant

    public init(_ instant: ContinuousClock.Instant) {
        self.instant = instant
    }

    /// The deadline `duration` from now.
    public static func after(_ duration: Duration) -> Deadline {
        Deadline(ContinuousClock.now.advanced(by: duration))
    }

    /// Time left, never negative.
    public var remaining: Duration {
        let left = ContinuousClock.now.duration(to: instant)
        return left > .zero ? left : .zero
    }

    public var hasPassed: Bool { ContinuousClock.now >= instant }

    public static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.instant < rhs.instant }
}
