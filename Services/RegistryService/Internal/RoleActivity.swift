/// The active rule of `catalogue.md` §2 and the `inactiveReason` of §5.1, first that applies:
/// `fratraadt`, `avregistrert`, `doed`, `holder-deleted`, `unit-deleted`.
enum RoleActivity {
    static func inactiveReason(_ record: RoleRecord, holderStatus: UnitStatus?, unitStatus: UnitStatus) -> String? {
        if record.fratraadt { return "fratraadt" }
        if record.avregistrert { return "avregistrert" }
        if case .person(let person) = record.holder, person.erDoed { return "doed" }
        if case .organisation = record.holder, let holderStatus, holderStatus != .active { return "holder-deleted" }
        if unitStatus != .active { return "unit-deleted" }
        return nil
    }
}
