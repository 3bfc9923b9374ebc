import Domain
import JSON

/// One `GET /internal/roles?holder=` answer (`registry.md` §5.1), active roles only, grouped by unit so
/// that a decision finds F's roles in one client with one dictionary lookup.
struct HolderRoles: Sendable {
    struct UnitRoles: Sendable {
        var unit: String
        var navn: String
        var organisasjonsform: String
        var kind: String
        /// Role codes, ordered by code, without repeats.
        var roles: [String]
        /// The holder's relationship with this unit from its roles alone (no grants), worked out once
        /// when the answer is cached, so that decisions do not rebuild it; nil for underenheter and
        /// for units where the roles make no relationship.
        var roleRelationship: ClientRelationship?
        /// `roleRelationship`'s package URNs.
        var roleHeldURNs: Set<String> = []

        init(unit: String, navn: String, organisasjonsform: String, kind: String, roles: [String]) {
            self.unit = unit
            self.navn = navn
            self.organisasjonsform = organisasjonsform
            self.kind = kind
            self.roles = roles
            precomputeRelationship()
        }

        mutating func precomputeRelationship() {
            roleRelationship = kind == "enhet"
                ? ClientRelationship(activeRoles: roles, clientForm: organisasjonsform, grantedPackages: []) : nil
            roleHeldURNs = Set(roleRelationship?.packages.map(\.urn) ?? [])
        }
    }

    var position: Int64
    var byUnit: [String: UnitRoles]

    /// Units in number order.
    var units: [UnitRoles] { byUnit.values.sorted { $0.unit < $1.unit } }

    init(position: Int64, byUnit: [String: UnitRoles]) {
        self.position = position
        self.byUnit = byUnit
    }

    init?(json: JSONValue) {
        guard let roles = json["roles"]?.arrayValue else { return nil }
        position = json["position"]?.intValue ?? 0
        var byUnit: [String: UnitRoles] = [:]
        for role in roles where role["active"]?.boolValue != false {
            guard let code = role["role"]?.stringValue, let unit = role["unit"],
                  let number = unit["organisasjonsnummer"]?.stringValue else { continue }
            var entry = byUnit[number] ?? UnitRoles(unit: number, navn: unit["navn"]?.stringValue ?? "",
                                                   organisasjonsform: unit["organisasjonsform"]?.stringValue ?? "",
                                                   kind: unit["kind"]?.stringValue ?? "enhet", roles: [])
            if !entry.roles.contains(code) { entry.roles.append(code) }
            byUnit[number] = entry
        }
        for key in byUnit.keys {
            byUnit[key]?.roles.sort()
            byUnit[key]?.precomputeRelationship()
        }
        self.byUnit = byUnit
    }
}
