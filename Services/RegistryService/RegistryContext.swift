import Auth
import HTTPServer
import ServiceKit
import SQLite

/// What every Registry route shares: the database, the cached change-log position, the token
/// verifier and `PUBLIC_URL`. Built once in `RegistryRoutes.install`.
struct RegistryContext: Sendable {
    let service: ServiceContext
    let database: Database
    let position: ChangePosition
    let renderings = UnitRenderingCache()

    /// `PUBLIC_URL`, the base of every absolute href the Registry writes.
    var publicURL: String { service.publicURL }

    /// Renders units with `publicURL`'s hrefs.
    var rendering: UnitRendering {
        renderings.rendering(finalPublicURL: service.finalPublicURL, else: service.publicURL)
    }

    /// Verifies tokens on public routes when an `Authorization` header is present (§2).
    var verifier: TokenVerifier? { service.verifier }

    /// The token rule of every `/internal/...` route, plus JSON content negotiation.
    var internalJSON: [any Middleware] { service.platformOnly + [JSONContentNegotiation()] }
}
