/// The boolean search filters (`registry.md` §3.4) in parameter-table order: each one's §4.1 field (also
/// its query parameter) and its `units` column. A unit that does not store the flag has 0 in the column,
/// so `false` matches it. `UnitStore` fills the columns from the same list.
enum UnitFlag: CaseIterable, Sendable {
    case konkurs
    case underAvvikling
    case underTvangsavvikling
    case mva
    case foretaksregisteret

    var field: String {
        switch self {
        case .konkurs: "konkurs"
        case .underAvvikling: "underAvvikling"
        case .underTvangsavvikling: "underTvangsavviklingEllerTvangsopplosning"
        case .mva: "registrertIMvaregisteret"
        case .foretaksregisteret: "registrertIForetaksregisteret"
        }
    }

    var column: String {
        switch self {
        case .konkurs: "konkurs"
        case .underAvvikling: "under_avvikling"
        case .underTvangsavvikling: "under_tvangsavvikling"
        case .mva: "mva"
        case .foretaksregisteret: "foretaksregisteret"
        }
    }

    /// Whether `kind` takes this parameter; for the other kind it is an unknown parameter (ignored).
    func applies(to kind: OrganisationForm.UnitKind) -> Bool {
        self == .mva || kind == .enhet
    }
}
