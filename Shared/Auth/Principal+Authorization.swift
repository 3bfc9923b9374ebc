extension Principal {
    /// Refuses with 403 AUTH-00102 unless the token is of an accepted kind and holds at least one of
    /// `anyOfScopes`. An empty `anyOfScopes` requires no scope.
    public func authorize(acceptedKinds: Set<TokenKind>, anyOfScopes: Set<String>) throws(AuthError) {
        guard acceptedKinds.contains(kind) else {
            let accepted = acceptedKinds.sorted().map(\.rawValue).joined(separator: ", ")
            throw .forbidden(detail: "A \(kind.rawValue) token cannot be used here; accepted: \(accepted).",
                             requiredScopes: anyOfScopes, acceptedTokenKinds: acceptedKinds)
        }
        guard anyOfScopes.isEmpty || !anyOfScopes.isDisjoint(with: scopes) else {
            throw .forbidden(detail: "The token lacks a required scope: any of \(anyOfScopes.sorted().joined(separator: ", ")).",
                             requiredScopes: anyOfScopes, acceptedTokenKinds: acceptedKinds)
        }
    }
}

/// Free-function form of `Principal.authorize(acceptedKinds:anyOfScopes:)`.
public func authorize(_ principal: Principal, acceptedKinds: Set<TokenKind>, anyOfScopes: Set<String>) throws(AuthError) {
    try principal.authorize(acceptedKinds: acceptedKinds, anyOfScopes: anyOfScopes)
}
