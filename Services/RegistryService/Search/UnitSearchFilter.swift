/// The validated filters of a unit search (`registry.md` §3.4). Nil means "not filtered"; filters
/// combine with AND, values of one list with OR. Only active units of `kind` are ever searched.
struct UnitSearchFilter: Sendable, Equatable {
    var kind: OrganisationForm.UnitKind
    var nameWords: [String]?
    var organizationNumbers: [String]?
    var forms: [String]?
    var parent: String?
    var industryCodePrefixes: [String]?
    var municipalities: [String]?
    var flags: [Flag] = []
    var employeesFrom: Int?
    var employeesTo: Int?
    var registeredFrom: String?
    var registeredTo: String?

    struct Flag: Sendable, Equatable {
        var flag: UnitFlag
        var value: Bool
    }

    init(kind: OrganisationForm.UnitKind) {
        self.kind = kind
    }
}
