import Domain
import HTTPClient
import JSON

/// A person's rights in an organisation (`delegation.md` §6): active ER roles in the party (and its
/// hovedenhet), the packages they and explicit grants give, the resources those grant, and the flags.
struct PersonRights: Sendable {
    enum Source: Sendable {
        case role(role: String, unit: String)
        case grant(id: String, from: String)
    }

    var party: String
    var partyStatus: String
    var person: String
    var roles: [(role: String, unit: String)] = []
    var sources: [AccessPackage: [Source]] = [:]
    var hasActiveRole = false
    var position: Int64 = 0

    var held: HeldPackages { HeldPackages(sources.keys) }
    var isAccessManager: Bool { held.isAccessManager }
    var isClientAdministrator: Bool { held.isClientAdministrator }

    /// Computes the answer from the Registry (cached) and the stored grants.
    static func compute(party: String, person: String, data: RegistryData, index: DelegationIndex,
                        deadline: Deadline?) throws(HTTPClientError) -> PersonRights {
        let partyUnit = try data.unit(party, deadline: deadline)
        var rights = PersonRights(party: party, partyStatus: partyUnit.status, person: person)
        guard let unit = partyUnit.unit, unit.isActive else { return rights }
        var units = [party]
        if unit.kind == "underenhet", let parent = unit.overordnetEnhet,
           try data.unit(parent, deadline: deadline).unit?.isActiveEnhet == true {
            units.append(parent)
        }
        let holder = try data.holder(person, deadline: deadline)
        rights.position = holder.position
        for number in units.sorted() {
            guard let held = holder.byUnit[number] else { continue }
            rights.hasActiveRole = rights.hasActiveRole || !held.roles.isEmpty
            for role in held.roles {
                rights.roles.append((role, number))
                for package in ERRoleRules.packages(role: role, unitForm: held.organisasjonsform) {
                    rights.sources[package, default: []].append(.role(role: role, unit: number))
                }
            }
        }
        let grants = index.grants(to: person).filter { units.contains($0.from) }
            .sorted { ($0.grantedAt, $0.id) < ($1.grantedAt, $1.id) }
        for grant in grants {
            guard let package = grant.accessPackage else { continue }
            rights.sources[package, default: []].append(.grant(id: grant.id, from: grant.from))
        }
        return rights
    }

    func json(cachePosition: Int64) -> JSONValue {
        let active = partyStatus == "active"
        let packages = held.packages
        let members: [(String, JSONValue)] = [
            ("party", .string(party)), ("partyStatus", .string(partyStatus)), ("person", .string(person)),
            ("roles", .array(active ? roles.map { .object([("role", .string($0.role)), ("unit", .string($0.unit))]) } : [])),
            ("packages", .array(active ? packages.map { package in
                .object([("urn", .string(package.urn)), ("sources", .array((sources[package] ?? []).map(Self.json)))])
            } : [])),
            ("resources", .array(active ? held.resources.map { resource in
                .object([("id", .string(resource.resource.id)),
                         ("viaPackages", JSONValue(resource.viaPackages.map(\.urn)))])
            } : [])),
            ("isAccessManager", .bool(active && isAccessManager)),
            ("isClientAdministrator", .bool(active && isClientAdministrator)),
            ("isMainAdministrator", .bool(active && held.isMainAdministrator)),
            ("hasAnyAccess", .bool(active && (hasActiveRole || !packages.isEmpty))),
            ("position", .int(max(position, cachePosition))),
        ]
        return .object(members)
    }

    private static func json(_ source: Source) -> JSONValue {
        switch source {
        case let .role(role, unit): return .object([("type", "role"), ("role", .string(role)), ("unit", .string(unit))])
        case let .grant(id, from): return .object([("type", "grant"), ("grantId", .string(id)), ("from", .string(from))])
        }
    }
}
