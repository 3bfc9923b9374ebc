/// How `generate` draws enheter of one organisasjonsform: its share of the mix (`registry.md` §7),
/// the suffix of its names, and the probabilities of its optional fields.
struct FormProfile: Sendable {
    let form: OrganisationForm
    /// Share of enheter, in units per 1000.
    let perMille: Int
    /// Written after the name words (`AS`, `BORETTSLAG`).
    let suffix: String
    let industries: [IndustryCode]
    /// Probability of a `naeringskode1`.
    let industryShare: Double
    let foretaksregisterShare: Double
    /// Whether the form is a business: it has VAT, employees and annual accounts.
    let isBusiness: Bool
    let sector: (kode: String, beskrivelse: String)?

    var code: String { form.code }
    /// KOMM, FYLK and STAT units are the `overordnetEnhet` of ORGL and ADOS units.
    let isPublicParent: Bool
    let hasPublicParent: Bool
    /// Underenheter of non-business associations are `AAFY`, the others `BEDR` (`registry.md` §7).
    var subunitForm: OrganisationForm {
        OrganisationForm.byCode[code == "FLI" || code == "STI" ? "AAFY" : "BEDR"] ?? form
    }

    private init(_ code: String, _ perMille: Int, _ suffix: String, _ industries: [IndustryCode],
                 _ industryShare: Double, foretak: Double, business: Bool, sector: (String, String)? = nil) {
        form = OrganisationForm.byCode[code] ?? OrganisationForm(code: code, description: code, kind: .enhet)
        self.perMille = perMille
        self.suffix = suffix
        self.industries = industries
        self.industryShare = industryShare
        foretaksregisterShare = foretak
        isBusiness = business
        self.sector = sector.map { (kode: $0.0, beskrivelse: $0.1) }
        isPublicParent = code == "KOMM" || code == "FYLK" || code == "STAT"
        hasPublicParent = code == "ORGL" || code == "ADOS"
    }

    private static let commercial = IndustryCode.commercial
    private static let nonProfit = IndustryCode.nonProfit
    private static let property = IndustryCode.property
    private static let publicSector = IndustryCode.publicSector
    private static let banking = IndustryCode.banking
    private static let housing = IndustryCode.housingCooperative
    private static let privateCompanies = ("2100", "Private aksjeselskaper mv.")
    private static let soleTraders = ("8200", "Personlig næringsdrivende")
    private static let nonProfits = ("7000", "Ideelle organisasjoner")
    private static let state = ("6100", "Statsforvaltningen")
    private static let municipal = ("6500", "Kommuneforvaltningen")

    /// Every enhet form, weights summing to 1000: AS 55 %, ENK 25 %, FLI+STI 5 %, ANS+DA 3 %, NUF 2 %,
    /// BRL 2 %, ESEK 1 %, and the rest 7 %.
    static let all: [FormProfile] = [
        FormProfile("AS", 550, "AS", commercial, 0.97, foretak: 1, business: true, sector: privateCompanies),
        FormProfile("ENK", 250, "ENK", commercial, 0.95, foretak: 0.4, business: true, sector: soleTraders),
        FormProfile("FLI", 30, "FORENING", nonProfit, 0.8, foretak: 0, business: false, sector: nonProfits),
        FormProfile("STI", 20, "STIFTELSE", nonProfit, 0.8, foretak: 0.1, business: false, sector: nonProfits),
        FormProfile("ANS", 15, "ANS", commercial, 0.95, foretak: 1, business: true),
        FormProfile("DA", 15, "DA", commercial, 0.95, foretak: 1, business: true),
        FormProfile("NUF", 20, "NUF", commercial, 0.95, foretak: 1, business: true),
        FormProfile("BRL", 20, "BORETTSLAG", property, 0.5, foretak: 0, business: false),
        FormProfile("ESEK", 10, "EIERSEKSJONSSAMEIE", property, 0.6, foretak: 0, business: false),
        FormProfile("SA", 10, "SA", commercial, 0.95, foretak: 1, business: true),
        FormProfile("KS", 10, "KS", commercial, 0.95, foretak: 1, business: true),
        FormProfile("BBL", 5, "BOLIGBYGGELAG", housing, 1, foretak: 1, business: true),
        FormProfile("ASA", 5, "ASA", commercial, 1, foretak: 1, business: true, sector: privateCompanies),
        FormProfile("BA", 5, "BA", commercial, 0.95, foretak: 1, business: true),
        FormProfile("SAM", 10, "SAMEIE", property, 0.5, foretak: 0, business: false),
        FormProfile("PRE", 2, "PARTREDERI", commercial, 0.9, foretak: 1, business: true),
        FormProfile("SPA", 2, "SPAREBANK", banking, 1, foretak: 1, business: true, sector: ("3200", "Banker")),
        FormProfile("IKS", 2, "IKS", publicSector, 1, foretak: 1, business: true, sector: municipal),
        FormProfile("KF", 2, "KF", publicSector, 1, foretak: 1, business: true, sector: municipal),
        FormProfile("FKF", 1, "FKF", publicSector, 1, foretak: 1, business: true, sector: municipal),
        FormProfile("SF", 1, "SF", publicSector, 1, foretak: 1, business: true, sector: state),
        FormProfile("STAT", 1, "STATEN", publicSector, 1, foretak: 0, business: false, sector: state),
        FormProfile("FYLK", 1, "FYLKESKOMMUNE", publicSector, 1, foretak: 0, business: false, sector: municipal),
        FormProfile("KOMM", 2, "KOMMUNE", publicSector, 1, foretak: 0, business: false, sector: municipal),
        FormProfile("ORGL", 4, "ETAT", publicSector, 1, foretak: 0, business: false, sector: state),
        FormProfile("ADOS", 3, "ADMINISTRASJON", publicSector, 1, foretak: 0, business: false, sector: municipal),
        FormProfile("KBO", 2, "KONKURSBO", [], 0, foretak: 0, business: false),
        FormProfile("BO", 1, "DØDSBO", [], 0, foretak: 0, business: false),
        FormProfile("ANNA", 1, "SELSKAP", commercial, 0.5, foretak: 0, business: false),
    ]

    static let indexByCode: [String: Int] = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.code, $0) })

    /// Cumulative weights, for drawing a form with one random number.
    private static let cumulative: [Int] = {
        var total = 0
        return all.map { total += $0.perMille; return total }
    }()

    /// The index in `all` of a form drawn from the mix.
    static func draw(using random: inout SplitMix64) -> Int {
        let roll = random.below(cumulative.last ?? 1)
        return cumulative.firstIndex { roll < $0 } ?? 0
    }

    static func index(of code: String) -> Int { indexByCode[code] ?? 0 }
}
