import JSON

/// The filter and search columns of one unit, read from its document's members in a single pass
/// (the values `UnitDocument`'s accessors give, without a linear member lookup per column).
struct UnitColumns: Sendable {
    private(set) var parent: String?
    private(set) var registreringsdato: String?
    private(set) var nedleggelsesdato: String?
    private(set) var antallAnsatte: Int64?
    /// The `UnitFlag` columns, in `UnitFlag.allCases` order.
    private(set) var flags = [Bool](repeating: false, count: UnitFlag.allCases.count)
    /// `naeringskode1..3.kode` in that order (`UnitDocument.industryCodes`).
    private(set) var industryCodes: [String] = []
    /// Kommunenummer of the business or location address, then of the postal one, without repeats
    /// (`UnitDocument.municipalityCodes`).
    private(set) var municipalityCodes: [String] = []

    /// What a stored member contributes to the columns.
    enum Member: Sendable {
        case parent, registreringsdato, nedleggelsesdato, antallAnsatte
        case flag(Int)
        case industry(Int)
        case address(postal: Bool)
    }

    /// The column a member of a unit of `kind` feeds, if any.
    static func member(_ name: String, kind: OrganisationForm.UnitKind) -> Member? {
        name == (kind == .enhet ? "forretningsadresse" : "beliggenhetsadresse") ? .address(postal: false) : membersByName[name]
    }

    private static let membersByName: [String: Member] = {
        var members: [String: Member] = [
            "overordnetEnhet": .parent, "registreringsdatoEnhetsregisteret": .registreringsdato,
            "nedleggelsesdato": .nedleggelsesdato, "antallAnsatte": .antallAnsatte,
            "naeringskode1": .industry(0), "naeringskode2": .industry(1), "naeringskode3": .industry(2),
            "postadresse": .address(postal: true),
        ]
        for (index, flag) in UnitFlag.allCases.enumerated() { members[flag.field] = .flag(index) }
        return members
    }()

    init(_ document: UnitDocument) {
        var industry: [String?] = [nil, nil, nil]
        var municipalities: [String?] = [nil, nil]
        for (name, value) in document.members {
            switch Self.member(name, kind: document.kind) {
            case .parent: parent = value.stringValue
            case .registreringsdato: registreringsdato = value.stringValue
            case .nedleggelsesdato: nedleggelsesdato = value.stringValue
            case .antallAnsatte: antallAnsatte = value.intValue
            case .flag(let index): flags[index] = value.boolValue ?? false
            case .industry(let index): industry[index] = value["kode"]?.stringValue
            case .address(let postal): municipalities[postal ? 1 : 0] = value["kommunenummer"]?.stringValue
            case nil: continue
            }
        }
        setCodes(industry: industry, municipalities: municipalities)
    }

    /// The columns from values already read (the import's fast path, `UnitRecordSplicer`): `industry` are
    /// `naeringskode1..3.kode`, `municipalities` the main then the postal address's kommunenummer.
    init(parent: String?, registreringsdato: String?, nedleggelsesdato: String?, antallAnsatte: Int64?,
         flags: [Bool], industry: [String?], municipalities: [String?]) {
        self.parent = parent
        self.registreringsdato = registreringsdato
        self.nedleggelsesdato = nedleggelsesdato
        self.antallAnsatte = antallAnsatte
        self.flags = flags
        setCodes(industry: industry, municipalities: municipalities)
    }

    private mutating func setCodes(industry: [String?], municipalities: [String?]) {
        industryCodes = industry.compactMap { $0 }
        for code in municipalities.compactMap({ $0 }) where !municipalityCodes.contains(code) {
            municipalityCodes.append(code)
        }
    }
}
