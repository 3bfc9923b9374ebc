/// The effective packages of (S, C) (`delegation.md` §2): delegated, not marked lost, still held by F for
/// C, and still among S's packages. Returned in S's order.
enum EffectivePackages {
    static func of(_ delegation: ClientDelegation, user: SystemUserCopy, held: Set<String>) -> [String] {
        let live = Set(delegation.packages.filter { !$0.isLost }.map(\.urn))
        return user.accessPackages.filter { live.contains($0) && held.contains($0) }
    }
}
