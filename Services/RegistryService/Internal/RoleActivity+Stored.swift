import Domain

extension RoleActivity {
    /// The catalogue's active rule (`catalogue.md` §2) applied to a stored role: the `inactiveReason`
    /// of `registry.md` §5.1, or nil when the role is active. An organisation holder that is not in the
    /// Registry counts as active.
    static func inactiveReason(_ record: RoleRecord, holderStatus: UnitStatus?, unitStatus: UnitStatus) -> String? {
        let personIsDead: Bool?
        switch record.holder {
        case .person(let person): personIsDead = person.erDoed
        case .organisation: personIsDead = nil
        }
        return inactiveReason(fratraadt: record.fratraadt, avregistrert: record.avregistrert, personIsDead: personIsDead,
                              holderStatus: holderStatus, unitIsActive: unitStatus == .active)
    }

    /// The same from a role's stored columns; `personIsDead` is nil for an organisation holder, whose own
    /// status is `holderStatus`.
    static func inactiveReason(fratraadt: Bool, avregistrert: Bool, personIsDead: Bool?, holderStatus: UnitStatus?,
                               unitIsActive: Bool) -> String? {
        let holder: Holder = personIsDead.map { .person(isDead: $0) }
            ?? .organisation(isActive: holderStatus.map { $0 == .active } ?? true)
        return RoleActivity(fratraadt: fratraadt, avregistrert: avregistrert, holder: holder,
                            unitIsActive: unitIsActive).inactiveReason?.rawValue
    }
}
