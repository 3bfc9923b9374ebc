import JSON

/// Writes the roles of `roller.json.gz`, one record per enhet with roles, in the enheter file's order:
/// `{"organisasjonsnummer", "rollegrupper": [...]}` in the §3.5 shape without `_links`, persons with
/// `fodselsnummer`. Stateful: persons and firm clients are handed out in file order, so one writer
/// must see the enheter in order.
struct RoleRecordWriter: Sendable {
    private let seed: UInt64
    private let facts: EnhetFacts
    private let numbers: [UInt32]
    private var random: SplitMix64
    private var persons: PersonPool
    private var assigners: [FirmAssigner]

    init(seed: UInt64, facts: EnhetFacts, numbers: [UInt32], roster: FirmRoster) {
        self.seed = seed
        self.facts = facts
        self.numbers = numbers
        random = SplitMix64(seed: seed, stream: 8, index: 0)
        persons = PersonPool(seed: seed)
        assigners = FirmKind.allCases.map { kind in
            FirmAssigner(firms: roster.firms(of: kind), clients: facts.clientCount(of: kind))
        }
    }

    /// Writes the record of enhet `index` and returns its number of roles; writes nothing and returns 0
    /// when it has none (removed units never have any).
    mutating func write(_ index: Int, into json: inout JSONWriter) -> Int {
        guard facts.status(index) != .removed else { return 0 }
        let roles = plannedRoles(index)
        guard !roles.isEmpty else { return 0 }
        let registered = UnitIdentity(seed: seed, index: index, profile: facts.profile(index)).registered
        json.beginObject()
        json.member("organisasjonsnummer", String(numbers[index]))
        json.key("rollegrupper")
        json.beginArray()
        var start = 0
        while start < roles.count {
            var end = start + 1
            while end < roles.count && roles[end].type.group == roles[start].type.group { end += 1 }
            writeGroup(roles[start..<end], registered: registered, into: &json)
            start = end
        }
        json.endArray()
        json.endObject()
        return roles.count
    }

    private struct PlannedRole {
        let type: RoleType
        let holder: GeneratedRoleHolder
        let fratraadt: Bool
    }

    /// The enhet's roles in §9.3 group order; a firm slot with no firm of its kind is dropped.
    private mutating func plannedRoles(_ index: Int) -> [PlannedRole] {
        let facts = facts
        let slots = RoleRecipe.slots(form: facts.profile(index).code, isClient: { facts.isClient(index, of: $0) },
                                     isFirm: facts.firmKind(index) != nil, using: &random)
        var roles: [PlannedRole] = []
        roles.reserveCapacity(slots.count)
        for slot in slots {
            let code: String
            let holder: GeneratedRoleHolder
            switch slot {
            case .person(let role):
                code = role
                holder = .person(persons.person(forUnit: index, using: &random))
            case .firm(let kind):
                guard let firm = assigners[kind.rawValue].next(using: &random) else { continue }
                code = kind.roleCode
                holder = .firm(firm)
            }
            guard let type = RoleType.byCode[code] else { continue }
            roles.append(PlannedRole(type: type, holder: holder, fratraadt: random.chance(0.01)))
        }
        return roles
    }

    private mutating func writeGroup(_ roles: ArraySlice<PlannedRole>, registered: SyntheticDate,
                                     into json: inout JSONWriter) {
        guard let first = roles.first else { return }
        let group = RoleGroup.byCode[first.type.group]
        json.beginObject()
        json.codeMember("type", kode: first.type.group, beskrivelse: group?.description ?? first.type.group)
        json.dateMember("sistEndret", SyntheticDate.random(from: registered, to: .latest, using: &random))
        json.key("roller")
        json.beginArray()
        for (position, role) in roles.enumerated() {
            json.beginObject()
            json.codeMember("type", kode: role.type.code, beskrivelse: role.type.description)
            switch role.holder {
            case .person(let person): json.personMember(person)
            case .firm(let firm): json.firmMember(firm)
            }
            json.member("fratraadt", role.fratraadt)
            json.member("avregistrert", false)
            json.member("rekkefolge", position)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
