import Synchronization

/// The `UnitRendering` for `PUBLIC_URL`, built once instead of on every lookup. Only a rendering made
/// once the port is bound is kept: before that, the URL may still be the unbound one.
final class UnitRenderingCache: Sendable {
    private let bound = AtomicLazyReference<Entry>()

    private final class Entry: Sendable {
        let rendering: UnitRendering

        init(_ rendering: UnitRendering) { self.rendering = rendering }
    }

    func rendering(publicURL: String, isBound: Bool) -> UnitRendering {
        if let entry = bound.load() { return entry.rendering }
        let rendering = UnitRendering(publicURL: publicURL)
        if isBound { _ = bound.storeIfNil(Entry(rendering)) }
        return rendering
    }
}
