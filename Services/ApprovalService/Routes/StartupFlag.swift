import Synchronization

/// Set once, when the start-up reconcile pass has ended.
final class StartupFlag: Sendable {
    private let value = Atomic<Bool>(false)

    var isSet: Bool { value.load(ordering: .acquiring) }
    func set() { value.store(true, ordering: .releasing) }
}
