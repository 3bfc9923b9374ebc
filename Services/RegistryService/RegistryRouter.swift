import HTTPServer
import ServiceKit

/// The Registry's router-wide behaviour: `X-Registry-Position` on every route's response (§1), ServiceKit's
/// common routes included, and the Enhetsregisteret error body for unmatched paths under the public API.
enum RegistryRouter {
    static func configure(_ router: inout Router, position: ChangePosition) {
        router.use(PositionHeader(position: position))
        router.fallback = PublicFallback.fallback
    }
}
