import Synchronization

/// The `UnitRendering` for `PUBLIC_URL`, built once instead of on every lookup. Only a rendering made
/// once the port is bound is kept: before that, the URL may still be the unbound one.
final class UnitRenderingCache: Sendable {
    private let bound = AtomicLazyReference<Entry>()

    private final class Entry: Sendable {
        let rendering: UnitRendering

        init(_ rendering: UnitRendering) { self.rendering = rendering }
    }

    /// `finalPublicURL` is `ServiceContext.finalPublicURL`; `unboundURL` is used, uncached, while it is nil.
    func rendering(finalPublicURL: String?, else unboundURL: @autoclosure () -> String) -> UnitRendering {
        if let entry = bound.load() { return entry.rendering }
        guard let finalPublicURL else { return UnitRendering(publicURL: unboundURL()) }
        return bound.storeIfNil(Entry(UnitRendering(publicURL: finalPublicURL))).rendering
    }
}
