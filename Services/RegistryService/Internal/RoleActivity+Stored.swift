import Domain

extension RoleActivity {
    /// The catalogue's active rule (`catalogue.md` §2) applied to a stored role: the `inactiveReason`
    /// of `registry.md` §5.1, or nil when the role is active. An organisation holder that is not in the
    /// Registry counts as active.
    static func inactiveReason(_ record: RoleRecord, holderStatus: UnitStatus?, unitStatus: UnitStatus) -> String? {
        let holder: Holder
        switch record.holder {
        case .person(let person): holder = .person(isDead: person.erDoed)
        case .organisation: holder = .organisation(isActive: holderStatus.map { $0 == .active } ?? true)
        }
        return RoleActivity(fratraadt: record.fratraadt, avregistrert: record.avregistrert, holder: holder,
                            unitIsActive: unitStatus == .active).inactiveReason?.rawValue
    }
}
