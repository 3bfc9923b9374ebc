/// One role of an enhet as written and stored (§5.4), without its position-derived `rekkefolge`.
struct RoleRecord: Sendable, Equatable {
    let type: String
    let holder: RoleHolder
    let fratraadt: Bool
    let avregistrert: Bool
    /// Optional role fields as a compact JSON object (`valgtAv`, `ansvarsandel`, `fullmektige`), or nil.
    let extra: String?

    /// The rollegruppe of the type (§9.2).
    var group: String { RoleType.byCode[type]?.group ?? type }

    /// The holder's key for `roles.holder`: fødselsnummer or orgnr; nil for a person without one.
    var holderKey: String? {
        switch holder {
        case .person(let person): return person.fodselsnummer
        case .organisation(let orgnr): return orgnr
        }
    }
}

/// Who holds a role.
enum RoleHolder: Sendable, Equatable {
    case person(PersonHolder)
    case organisation(String)
}

/// A person holding a role.
struct PersonHolder: Sendable, Equatable {
    let fodselsnummer: String?
    let fodselsdato: String?
    let fornavn: String
    let mellomnavn: String?
    let etternavn: String
    let erDoed: Bool

    /// `fornavn [mellomnavn] etternavn` (§5.1).
    var fullName: String {
        [fornavn, mellomnavn, etternavn].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// A role as read back from `roles`, with where it stands and the holder unit's current data.
struct StoredRole: Sendable {
    /// The current state of an organisation holder in the Registry (nil when not a unit there).
    struct HolderUnit: Sendable {
        let navn: String
        let formCode: String
        let status: UnitStatus
    }

    let unit: String
    let record: RoleRecord
    let position: Int
    let rekkefolge: Int
    let changedBy: Int64
    let holderUnit: HolderUnit?

    /// Orders roles as §3.5 writes them: group order of §9.3, then `rekkefolge`.
    static func publicOrder(_ roles: [StoredRole]) -> [StoredRole] {
        roles.sorted { lhs, rhs in
            let left = RoleGroup.byCode[lhs.record.group]?.order ?? Int.max
            let right = RoleGroup.byCode[rhs.record.group]?.order ?? Int.max
            if left != right { return left < right }
            if lhs.rekkefolge != rhs.rekkefolge { return lhs.rekkefolge < rhs.rekkefolge }
            return lhs.position < rhs.position
        }
    }
}
