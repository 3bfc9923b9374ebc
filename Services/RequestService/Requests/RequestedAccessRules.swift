import Domain
import JSON

/// Steps 9 to 11 of `requests.md` §4.4: what a request asks for, checked against its system as stored.
/// Returns the rights and packages to store, duplicates collapsed to the first.
enum RequestedAccessRules {
    static func check(_ draft: RequestDraft, system: RegisteredSystem) throws -> (rights: [Right], packages: [String]) {
        switch draft.type {
        case .standard:
            guard draft.rights != nil || draft.accessPackages != nil else {
                throw RequestProblems.problem("AUTH-00001", detail: "The request names neither rights nor access packages.")
            }
            guard !(draft.rights ?? []).isEmpty || !(draft.accessPackages ?? []).isEmpty else {
                throw RequestProblems.problem("AUTH-00059", detail: "The request's rights and access packages are empty.")
            }
        case .agent:
            guard !(draft.accessPackages ?? []).isEmpty else {
                throw RequestProblems.problem("AUTH-00058", detail: "An agent request needs at least one access package.")
            }
        }
        let rights = try checkRights(draft.rights ?? [], system: system)
        let packages = try checkPackages(draft.accessPackages ?? [], type: draft.type, system: system)
        return (rights, packages)
    }

    /// Step 10: every right must equal one of the system's, as a set of pairs (`action` not compared).
    private static func checkRights(_ requested: [Right], system: RegisteredSystem) throws -> [Right] {
        var unique: [Right] = []
        for right in requested where !unique.contains(right) { unique.append(right) }
        var notFound: [String] = []
        for right in unique where !system.rights.contains(right) {
            for value in right.resourceValues where !notFound.contains(value) { notFound.append(value) }
        }
        guard notFound.isEmpty else {
            throw RequestProblems.problem("AUTH-00001", detail: "Rights not in the system: \(notFound.joined(separator: ", ")).",
                                          extensions: [("notFoundRights", JSONValue(notFound))])
        }
        return unique
    }

    /// Step 11: membership for every package first, then the kind (assignable or delegable).
    private static func checkPackages(_ requested: [String], type: RequestType,
                                      system: RegisteredSystem) throws -> [String] {
        var unique: [String] = []
        for urn in requested where !unique.contains(urn) { unique.append(urn) }
        let notFound = unique.filter { !system.accessPackages.contains($0) }
        guard notFound.isEmpty else {
            throw RequestProblems.problem("AUTH-00063", detail: "Packages not in the system: \(notFound.joined(separator: ", ")).",
                                          extensions: [("NotFoundPackages", JSONValue(notFound))])
        }
        let wrongKind = unique.filter { urn in
            guard let package = AccessPackageCatalogue.package(urn: urn) else { return true }
            return type == .standard ? !package.isAssignable : !package.isDelegable
        }
        guard wrongKind.isEmpty else {
            let code = type == .standard ? "AUTH-00064" : "AUTH-00065"
            throw RequestProblems.problem(code, detail: "Packages of the wrong kind: \(wrongKind.joined(separator: ", ")).",
                                          extensions: [("NotDelegablePackages", JSONValue(wrongKind))])
        }
        return unique
    }
}
