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

    private enum Member {
        case parent, registreringsdato, nedleggelsesdato, antallAnsatte
        case flag(Int)
        case industry(Int)
        case address(postal: Bool)
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
        let mainAddress = document.kind == .enhet ? "forretningsadresse" : "beliggenhetsadresse"
        var industry: [String?] = [nil, nil, nil]
        var municipalities: [String?] = [nil, nil]
        for (name, value) in document.members {
            let member = name == mainAddress ? .address(postal: false) : Self.membersByName[name]
            switch member {
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
        industryCodes = industry.compactMap { $0 }
        for code in municipalities.compactMap({ $0 }) where !municipalityCodes.contains(code) {
            municipalityCodes.append(code)
        }
    }
}
