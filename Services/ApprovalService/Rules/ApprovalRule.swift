import Domain

/// The AND rule of `approval.md` §3.2: every resource named by each requested right and every requested
/// package must be held, compared exactly (holding `hovedadministrator` implies nothing else).
enum ApprovalRule {
    static func missing(rights: [Right], packages: [String], held: PersonRights) -> MissingItems {
        var seen = Set<String>()
        let resourceIds = rights.flatMap(\.resourceValues).filter { seen.insert($0).inserted }
        var seenPackages = Set<String>()
        return MissingItems(rights: resourceIds.filter { !held.resources.contains($0) },
                            packages: packages.filter { seenPackages.insert($0).inserted && !held.packages.contains($0) })
    }

    /// What this person lacks of a request; agent requests are never checked for items.
    static func missing(for request: SystemUserRequest, held: PersonRights) -> MissingItems {
        request.type == .agent ? MissingItems() : missing(rights: request.rights, packages: request.accessPackages, held: held)
    }
}
