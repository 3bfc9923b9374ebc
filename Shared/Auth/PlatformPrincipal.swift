/// A peer service calling with its own platform token; `app` is its short name (`registry`, `approval`…).
public struct PlatformPrincipal: Sendable, Equatable {
    public let app: String
    public let scopes: Set<String>

    public init(app: String, scopes: Set<String>) {
        self.app = app
        self.scopes = scopes
    }
}
