import HTTPServer

/// What the public checks of §2 found out about a request: the `Content-Type` to answer with, and
/// whether a valid platform token unlocks `fodselsnummer` (§3.5).
struct PublicCaller: Sendable {
    let contentType: String
    let revealsPersonIdentifiers: Bool
}

enum PublicCallerKey: RequestContextKey {
    typealias Value = PublicCaller
}

extension RequestContext {
    /// Set by `PublicRequestCheck`; the default applies only to routes installed without it.
    var publicCaller: PublicCaller {
        self[PublicCallerKey.self] ?? PublicCaller(contentType: PublicMediaType.json, revealsPersonIdentifiers: false)
    }
}
