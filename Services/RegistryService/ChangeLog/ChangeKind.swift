/// What a change-log item is about (§5.6 `kind`).
enum ChangeKind: String, Sendable {
    case enhet, underenhet, roller

    init(_ unitKind: OrganisationForm.UnitKind) {
        self = unitKind == .enhet ? .enhet : .underenhet
    }
}

/// The public feeds' kind of change (§3.7 `endringstype`); always `Endring` for roles.
enum Endringstype: String, Sendable {
    case ny = "Ny"
    case endring = "Endring"
    case sletting = "Sletting"
    case fjernet = "Fjernet"
}
